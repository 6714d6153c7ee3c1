"""What do the office archive's safeguards cost? Prints figures; asserts nothing.

    python benchmarks/bench_office.py [--repeat 200]

On an SQLite file (WAL, synchronous=FULL) and on a throwaway PostgreSQL server on
127.0.0.1 (tests/postgres.py: Debian's postgresql package, fsync off as in the tests),
with the sample hearing stored:

(a) an answer stored (``ResponseService.answer``: the version checked, the row updated
    in place, the change logged) by a window holding the hearing's lease, and the same
    by a program without leases (no lease check);
(b) a person's field stored (``PeopleService.update_person``, version checked);
(c) the lease's heartbeat (``LeaseService.take`` by its holder) and a refused write of
    a read-only window;
(d) reading a hearing's change log after the writes above.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(fn, repeat: int) -> list[float]:
    out = []
    for i in range(repeat):
        start = time.perf_counter()
        fn(i)
        out.append(time.perf_counter() - start)
    return out


def show(name: str, values: list[float]) -> None:
    print(f"  {name:52s} median {statistics.median(values) * 1000:7.2f} ms   max {max(values) * 1000:7.2f} ms"
          f"   (n={len(values)})")


def run(url: str, repeat: int) -> None:
    from hearing_desk.domain import Decision
    from hearing_desk.errors import HearingLeased
    from hearing_desk.services.events import EventService
    from hearing_desk.services.hearings import HearingService
    from hearing_desk.services.leases import LeaseService
    from hearing_desk.services.opinions import OpinionService
    from hearing_desk.services.people import PeopleService
    from hearing_desk.services.responses import ResponseService
    from hearing_desk.storage.database import Database

    window, program, reader = Database(url), Database(url), Database(url)
    try:
        hid = HearingService(window).add_demo()
        leases = LeaseService(window)
        assert leases.take(hid).mine
        answers, opinion = ResponseService(window), OpinionService(window).all(hid)[0]
        state = {"seen": opinion.version}

        def answer(i: int) -> None:
            answers.answer(hid, opinion.id, Decision.ADOPTED, f"经研究，予以采纳。（{i}）", seen=state["seen"])
            state["seen"] += 1
        show("(a) an answer stored, lease held", timed(answer, repeat))
        show("(a) an answer stored, no lease (command line)", timed(
            lambda i: ResponseService(program).answer(hid, opinion.id, Decision.ADOPTED, f"命令行（{i}）"), repeat))
        person = PeopleService(window)
        first = HearingService(window).get(hid).people[0]
        pstate = {"seen": first.version}

        def edit(i: int) -> None:
            person.update_person(hid, first.id, seen=pstate["seen"], affiliation=f"单位 {i}")
            pstate["seen"] += 1
        show("(b) a person's field stored, lease held", timed(edit, repeat))
        show("(c) the lease's heartbeat", timed(lambda i: leases.take(hid), repeat))
        LeaseService(reader).take(hid)

        def refused(i: int) -> None:
            try:
                PeopleService(reader).update_person(hid, first.id, affiliation="只读窗口")
            except HearingLeased:
                return
            raise AssertionError("a read-only window's write went through")
        show("(c) a read-only window's write, refused", timed(refused, repeat))
        log = EventService(window)
        entries = len(log.events(hid))
        show(f"(d) the change log read ({entries} entries)", timed(lambda i: log.events(hid), 20))
    finally:
        for db in (window, program, reader):
            db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        print("SQLite file (WAL, synchronous=FULL):")
        run(str(Path(folder) / "bench.sqlite3"), args.repeat)
        from tests.postgres import Cluster, server_bin

        bin_dir = server_bin()
        if bin_dir is None:
            print("PostgreSQL: not installed (apt-get install postgresql)")
            return
        cluster = Cluster(bin_dir, Path(folder))
        try:
            cluster.start()
            print(f"PostgreSQL {bin_dir.parent.name} on 127.0.0.1 (throwaway cluster, fsync off):")
            run(cluster.fresh_url(), args.repeat)
        finally:
            cluster.stop()


if __name__ == "__main__":
    main()
