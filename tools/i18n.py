#!/usr/bin/env python3
"""The translation pipeline: source strings are Chinese, the English catalogue is
``resources/i18n/hearing_desk_en.ts`` (committed, with its compiled ``.qm``).

    python tools/i18n.py                 extract (pyside6-lupdate) and compile (pyside6-lrelease)
    python tools/i18n.py --check         exit 1 if the .ts misses a string of the code or the .qm is stale
    python tools/i18n.py --unfinished    print the untranslated strings as TSV: context, source, (empty)
    python tools/i18n.py --apply F.tsv   fill translations from a TSV (context<TAB>source<TAB>translation),
                                         then compile

Running it again changes nothing (idempotent). Existing translations are kept:
lupdate merges them; a new string whose exact Chinese text is already translated
in another context (or was, in a string that vanished) gets that translation.
Strings no longer in the code are dropped. Locations are not stored, so the .ts
changes only when strings change.
"""
from __future__ import annotations

import argparse
import csv
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "hearing_desk_en.ts"
QM = TS.with_suffix(".qm")
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def sources() -> list[Path]:
    """Every file with user-visible strings: the GUI package, app.py and Designer forms."""
    files = sorted((ROOT / "hearing_desk" / "ui").rglob("*.py"))
    files = [f for f in files if "generated" not in f.relative_to(ROOT).parts]   # compiled forms: the .ui counts
    files.append(ROOT / "hearing_desk" / "app.py")
    files += sorted((ROOT / "forms").glob("*.ui")) if (ROOT / "forms").is_dir() else []
    return files


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"i18n: {name} not found (install PySide6 in this Python environment)")
    return found


def lupdate(ts: Path, *, no_obsolete: bool) -> None:
    cmd = [_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-source-language", "zh_CN",
           "-target-language", "en", *map(str, sources()), "-ts", str(ts)]
    if no_obsolete:
        cmd.insert(1, "-no-obsolete")
    subprocess.run(cmd, check=True, cwd=ROOT)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)


# ------------------------------------------------------------------ the .ts as data
def _read(ts: Path) -> ET.ElementTree[ET.Element]:
    return ET.parse(ts)


def _write(tree: ET.ElementTree[ET.Element], ts: Path) -> None:
    ET.indent(tree, space="    ")
    ts.write_text(HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")


def messages(ts: Path, *, with_gone: bool = False):
    """(context, source, translation element) for each message; vanished/obsolete ones only if asked."""
    for context in _read(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("vanished", "obsolete") and not with_gone:
                continue
            yield name, message.findtext("source") or "", translation


def _is_done(translation: ET.Element | None) -> bool:
    if translation is None or translation.get("type") is not None:
        return False
    forms = translation.findall("numerusform")
    return all((f.text or "").strip() for f in forms) if forms else bool((translation.text or "").strip())


def keys(ts: Path) -> set[tuple[str, str]]:
    return {(c, s) for c, s, _ in messages(ts)}


def fill_from_same_text(ts: Path) -> int:
    """Give an untranslated message the translation its exact source text has elsewhere."""
    tree = _read(ts)
    known: dict[str, ET.Element] = {}
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is not None and (translation.text or "").strip() or (
                    translation is not None
                    and any((f.text or "").strip() for f in translation.findall("numerusform"))):
                known.setdefault(source, translation)
    filled = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            model = known.get(message.findtext("source") or "")
            if model is None or model is translation:
                continue
            translation.text = model.text
            for child in list(translation):
                translation.remove(child)
            for form in model.findall("numerusform"):
                ET.SubElement(translation, "numerusform").text = form.text
            del translation.attrib["type"]
            filled += 1
    if filled:
        _write(tree, ts)
    return filled


def apply_tsv(ts: Path, tsv: Path) -> int:
    """Set translations from rows ``context, source, translation`` (numerus: forms joined by ' | ')."""
    wanted: dict[tuple[str, str], str] = {}
    with open(tsv, encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if len(row) >= 3 and row[2].strip():
                wanted[(row[0], _unescape(row[1]))] = _unescape(row[2])
    tree = _read(ts)
    applied = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = wanted.get((name, message.findtext("source") or ""))
            translation = message.find("translation")
            if text is None or translation is None:
                continue
            forms = translation.findall("numerusform")
            if forms:
                parts = [p.strip() for p in text.split(" | ")]
                for form, part in zip(forms, parts + parts[-1:] * len(forms)):
                    form.text = part
            else:
                translation.text = text
            translation.attrib.pop("type", None)
            applied += 1
    _write(tree, ts)
    return applied


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    return [(c, s) for c, s, t in messages(ts) if not _is_done(t)]


# ------------------------------------------------------------------ commands
def update() -> None:
    TS.parent.mkdir(parents=True, exist_ok=True)
    lupdate(TS, no_obsolete=False)        # merge: keeps translations, marks gone strings vanished
    filled = fill_from_same_text(TS)      # reuse them for identical new strings
    lupdate(TS, no_obsolete=True)         # drop what is gone; lupdate's own formatting
    lrelease(TS, QM)
    total, todo = len(keys(TS)), unfinished(TS)
    print(f"i18n: {TS.relative_to(ROOT)}: {total} strings, {total - len(todo)} translated, "
          f"{len(todo)} to translate" + (f" ({filled} filled from identical strings)" if filled else ""))


def check() -> list[str]:
    """What is out of date, in words (empty: all good)."""
    problems = []
    if not TS.exists() or not QM.exists():
        return [f"{TS.name} or {QM.name} is missing: run python tools/i18n.py"]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / TS.name
        shutil.copy(TS, fresh)
        lupdate(fresh, no_obsolete=True)
        missing = keys(fresh) - keys(TS)
        gone = keys(TS) - keys(fresh)
        if missing:
            problems.append(f"{len(missing)} strings of the code are not in {TS.name}, e.g. "
                            + "; ".join(f"{c}: {s}" for c, s in sorted(missing)[:5]))
        if gone:
            problems.append(f"{len(gone)} strings of {TS.name} are no longer in the code, e.g. "
                            + "; ".join(f"{c}: {s}" for c, s in sorted(gone)[:5]))
        compiled = Path(tmp) / QM.name
        lrelease(TS, compiled)
        if compiled.read_bytes() != QM.read_bytes():
            problems.append(f"{QM.name} is older than {TS.name}")
    if problems:
        problems.append("run: python tools/i18n.py")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="report what is out of date; change nothing")
    group.add_argument("--unfinished", action="store_true", help="print untranslated strings as TSV")
    group.add_argument("--apply", metavar="F.tsv", help="fill translations from a TSV, then compile")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for p in problems:
            print(f"i18n: {p}", file=sys.stderr)
        return 1 if problems else 0
    if args.unfinished:
        writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
        for context, source in unfinished(TS):
            writer.writerow([context, _escape(source), ""])
        return 0
    if args.apply:
        print(f"i18n: {apply_tsv(TS, Path(args.apply))} translations applied")
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
