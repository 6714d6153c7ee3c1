"""Issue 14 figures: search across 200 full-day hearings (3,000 turns, 600 opinions, 60
participants each), on SQLite and, when Debian's PostgreSQL server is installed, on a
throwaway PostgreSQL server (tests/postgres.py).

    .venv/bin/python benchmarks/bench_search.py [--hearings 200] [--turns 3000] [--runs 5] [--no-postgresql]

The hearings are generated (tests/tools/generate.py, a seed each) and their texts varied
with the sentences of the sample hearing's opinions and answers (the real report's
words), a year each (2019–2026) and a planted rare word (无人机配送, in every 20th
hearing). Prints: storing them, the first search (which indexes every hearing), then the
median of ``--runs`` searches for a common word (数据: thousands of places, the first
500 listed), a rare word, two words, one character, a word found nowhere; a search after
one turn was corrected (one hearing indexed again); ``stats``; the database's size.
Target: a search answers in under a second on an indexed archive.
"""
from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hearing_desk.domain import Hearing  # noqa: E402
from hearing_desk.domain.search import SearchHit  # noqa: E402
from hearing_desk.formats.interchange import read_file  # noqa: E402
from hearing_desk.paths import sample_hearing_path  # noqa: E402
from hearing_desk.services.search import SearchService  # noqa: E402
from hearing_desk.services.transcript import TranscriptService  # noqa: E402
from hearing_desk.storage.database import Database  # noqa: E402
from hearing_desk.storage.repository import hearings as repo  # noqa: E402
from tests.tools.generate import generate_hearing  # noqa: E402

QUERIES = (("常见词 数据", "数据"), ("少见词 无人机配送", "无人机配送"), ("两个词 数据 安全", "数据 安全"),
           ("单字 区", "区"), ("没有的词 量子纠缠", "量子纠缠"))


def sample_sentences() -> list[str]:
    sample = read_file(sample_hearing_path())
    texts = [o.text for o in sample.opinions] + [o.response.analysis for o in sample.opinions
                                                  if o.response and o.response.analysis]
    return [s.strip() for t in texts for s in re.split(r"[。；\n]", t) if len(s.strip()) > 6]


def varied_hearing(i: int, turns: int, pool: list[str]) -> Hearing:
    rng = random.Random(i)
    h = generate_hearing(turns=turns, opinions=max(1, turns // 5), participants=60, seed=i)
    h.title = f"{h.title}（第 {i + 1} 场）"
    h.starts_at = h.starts_at.replace(year=2019 + i % 8) if h.starts_at else None
    h.ends_at = h.ends_at.replace(year=2019 + i % 8) if h.ends_at else None
    for t in h.transcript:
        if not t.is_note:
            t.text = "，".join(rng.sample(pool, rng.randrange(1, 4))) + "。"
    for o in h.opinions:
        o.text = "，".join(rng.sample(pool, 2)) + "。"
        if o.response and o.response.analysis:
            o.response.analysis = "，".join(rng.sample(pool, 2)) + "。"
    if i % 20 == 0:
        h.transcript[len(h.transcript) // 2].text += "另外建议试点无人机配送的数据开放。"
    return h


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def run(label: str, url: str, args, pool: list[str]) -> None:
    print(f"\n== {label} ==")
    db = Database(url)
    try:
        store = 0.0
        for i in range(args.hearings):
            h = varied_hearing(i, args.turns, pool)
            start = time.perf_counter()
            with db.session() as s:
                repo.add_hearing(s, h)
            store += time.perf_counter() - start
        print(f"storing {args.hearings} hearings ({args.turns} turns each): {store:.1f} s")
        search = SearchService(db)
        took, _ = timed(lambda: search.refresh())
        with db.session() as s:
            from hearing_desk.storage.repository.search import entry_count
            entries = entry_count(s)
        print(f"first search's indexing of every hearing: {took:.1f} s ({entries:,} entries)")
        for name, query in QUERIES:
            times: list[float] = []
            hits: list[SearchHit] = []
            for _ in range(args.runs):
                start = time.perf_counter()
                hits = search.search(query)
                times.append(time.perf_counter() - start)
            n_hearings = len({h.hearing_id for h in hits})
            print(f"search {name}: {statistics.median(times) * 1000:.0f} ms median "
                  f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}); "
                  f"{len(hits)} hits in {n_hearings} hearings")
        transcript = TranscriptService(db)
        times = []
        for k in range(args.runs):
            transcript.correct_turn(1, 2, text=f"更正第 {k} 次：数据开放")
            t, _ = timed(lambda: search.search("无人机配送"))
            times.append(t)
        print(f"search after a turn was corrected (that hearing indexed again): "
              f"{statistics.median(times) * 1000:.0f} ms median")
        t, _ = timed(search.tally)
        print(f"stats across hearings: {t * 1000:.0f} ms")
        if db.path is not None:
            print(f"database file: {db.path.stat().st_size / 1e6:.0f} MB")
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--hearings", type=int, default=200)
    parser.add_argument("--turns", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-postgresql", action="store_true")
    args = parser.parse_args()
    pool = sample_sentences()
    print(f"{args.hearings} hearings × {args.turns} turns, {args.turns // 5} opinions, 60 participants; "
          f"{len(pool)} sentences of the sample hearing")
    tmp = Path(tempfile.mkdtemp(prefix="hd-bench-search-"))
    run("SQLite (FTS5)", str(tmp / "archive.sqlite3"), args, pool)
    if args.no_postgresql:
        return
    from tests.postgres import Cluster, server_bin

    bin_dir = server_bin()
    if bin_dir is None:
        print("\n(PostgreSQL not installed: apt-get install postgresql)")
        return
    cluster = Cluster(bin_dir, tmp / "pg")
    try:
        cluster.start()
        run(f"PostgreSQL {bin_dir.parent.name} (GIN)", cluster.fresh_url(), args, pool)
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
