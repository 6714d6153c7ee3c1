"""Copy the team's reference material from ``../shared`` into ``tests/data/shared``.

The suite must run in a clone with nothing beside it, so the tests read these copies:
the seed report, the reference hearing (word for word the seed) and the schema it was
written against. Run this after the shared brief changes; ``--check`` only compares
and exits 1 when a copy differs.

    python tools/reference.py [--check]
"""
from __future__ import annotations

import filecmp
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
COPY = ROOT / "tests" / "data" / "shared"
FILES = ("seeds/000_9ef3b0a6ee7ac483.txt", "spec/examples/guangming-public-data.json",
         "spec/hearing.schema.json", "spec/hearing-format.md")


def main(argv: list[str]) -> int:
    if not SHARED.is_dir():
        print(f"no shared brief at {SHARED}", file=sys.stderr)
        return 2
    check = "--check" in argv
    differ = []
    for name in FILES:
        source, target = SHARED / name, COPY / name
        if target.exists() and filecmp.cmp(source, target, shallow=False):
            continue
        differ.append(name)
        if not check:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    for name in differ:
        print(("differs: " if check else "copied: ") + name)
    return 1 if check and differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
