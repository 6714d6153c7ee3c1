"""The developer gates: ruff and mypy, as configured in pyproject.toml, over the paths
they hold for. ``./hd test`` runs them before the tests and stops when one fails;
``./hd lint`` runs them alone; the pre-commit hooks run them one by one.

    python tools/gates.py            ruff, then mypy; exit 1 if either reports anything
    python tools/gates.py ruff       one of them

The paths are listed here, once: the whole repository – the program (the window's
code included), its tests, the benchmarks and these tools. The compiled forms
(``hearing_desk/ui/generated``) and the migrations are excluded in pyproject.toml.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PATHS = ["hearing_desk", "tests", "benchmarks", "tools"]
RUFF_PATHS = PATHS
MYPY_PATHS = PATHS

GATES = {
    "ruff": [sys.executable, "-m", "ruff", "check", *RUFF_PATHS],
    # modules the gated files import but the gates leave out (the compiled forms) are read, not reported
    "mypy": [sys.executable, "-m", "mypy", "--follow-imports=silent", *MYPY_PATHS],
}


def main(argv: list[str]) -> int:
    names = argv or list(GATES)
    unknown = [n for n in names if n not in GATES]
    if unknown:
        print(f"gates: unknown gate {', '.join(unknown)} (choose from {', '.join(GATES)})", file=sys.stderr)
        return 2
    failed = []
    for name in names:
        print(f"gates: {name} …", file=sys.stderr, flush=True)
        if subprocess.run(GATES[name], cwd=ROOT).returncode != 0:
            failed.append(name)
    if failed:
        print(f"gates: {' and '.join(failed)} reported problems (see above); fix them before the tests run",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
