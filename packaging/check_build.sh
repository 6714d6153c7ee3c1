#!/usr/bin/env bash
# Build the one-folder program and check that it runs from its own folder:
#     bash packaging/check_build.sh
# (takes a few minutes; needs the venv from ./hd and the build extra)
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pip install -q -e '.[build]'
.venv/bin/pyinstaller packaging/pyinstaller.spec --noconfirm --log-level WARN
tmp="$(mktemp -d)"
cd "$tmp"
prog="$OLDPWD/dist/hearing-desk/hearing-desk"
id="$("$prog" --db "$tmp/built.sqlite3" demo)"
"$prog" --db "$tmp/built.sqlite3" list
"$prog" --db "$tmp/built.sqlite3" export "$id" --json "$tmp/out.json"
python3 -c "import json,sys; a=json.load(open('$tmp/out.json')); b=json.load(open('$OLDPWD/resources/sample/guangming-public-data.json')); sys.exit(a!=b)"
echo "built program: demo, list and export --json work; export equals the sample hearing"
