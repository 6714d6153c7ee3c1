"""How fast are the documents? Prints figures; asserts nothing.

    python benchmarks/bench_documents.py [--turns 3000] [--runs 3] [--no-libreoffice]

(a) The transcript PDF of a full-day hearing (3,000 turns, 60 participants), side
    by side with LibreOffice converting the same transcript from .docx to PDF
    (``soffice --headless --convert-to pdf``) and with bare reportlab laying out
    the same paragraphs in the same font and page (no header, tables, footers
    or fallback fonts). Targets: at least 10× faster than LibreOffice, within
    1.5× of bare reportlab.
(b) The sample hearing's report PDF, Word report and summary together. Target:
    under 1 s.

Fonts are loaded once before the timed runs (the figure for the first, cold
export is printed too), since a running program loads them once.
"""
from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hearing_desk.domain import Hearing, Person, Role, Turn, TurnKind  # noqa: E402


def big_hearing(turns: int) -> Hearing:
    """The colleagues' generator when present, else a small seeded one here."""
    try:
        from tests.tools.generate import generate_hearing
    except ImportError:
        pass
    else:
        return generate_hearing(turns=turns, opinions=600, participants=60, seed=1)
    rng = random.Random(1)
    phrases = ["关于公共数据授权运营的范围", "建议进一步明确数据安全责任", "数据分类分级应当细化",
               "授权运营单位的选择应公开透明", "收益分配机制需要研究", "应当保障个人信息权益"]
    start = datetime(2026, 3, 12, 9, 0, tzinfo=timezone(timedelta(hours=8)))
    h = Hearing(title="《某市全日听证测试办法（征求意见稿）》听证会", matter="《某市全日听证测试办法（征求意见稿）》",
                organizer="某市司法局", starts_at=start, ends_at=start + timedelta(hours=8), venue="某市会议室")
    h.people = [Person("host", Role.HOST, "杨成"), Person("recorder", Role.RECORDER, "刘麒麟")]
    h.people += [Person(f"p{i}", Role.PARTICIPANT, rng.choice("王李张刘陈") + rng.choice("伟芳娜敏静"), seq=i)
                 for i in range(1, 61)]
    speakers = ["host"] + [f"p{i}" for i in range(1, 61)]
    for seq in range(1, turns + 1):
        if seq % 200 == 0:
            h.transcript.append(Turn(seq, "休会十分钟。", kind=TurnKind.NOTE))
        else:
            text = "，".join(rng.choice(phrases) for _ in range(rng.randrange(1, 6))) + "。"
            h.transcript.append(Turn(seq, text, rng.choice(speakers)))
    return h


def locked(h: Hearing) -> Hearing:
    """Everyone checked in and the transcript locked: the PDF for signing (not a draft)."""
    from hearing_desk.domain import TranscriptLock, fingerprint
    for p in h.people:
        p.attended = True
    h.locks = [TranscriptLock(1, fingerprint(h), datetime(2026, 3, 12, 18, 0, tzinfo=timezone(timedelta(hours=8))))]
    return h


def timed(fn, runs: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), times


def bare_reportlab(hearing: Hearing, path: Path, font: str) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from hearing_desk.export import layout

    style = ParagraphStyle("b", fontName=font, fontSize=layout.BODY_SIZE, leading=layout.LEADING,
                           firstLineIndent=2 * layout.BODY_SIZE, wordWrap="CJK")
    story = [Paragraph(escape(f"{hearing.speaker_label(t)}：{t.text}" if t.speaker else t.text), style)
             for t in hearing.transcript]
    doc = SimpleDocTemplate(str(path), pagesize=(layout.PAGE_W, layout.PAGE_H),
                            leftMargin=layout.LEFT, rightMargin=layout.RIGHT, topMargin=layout.TOP,
                            bottomMargin=layout.BOTTOM, initialFontName=font)
    doc.build(story)


def transcript_docx(hearing: Hearing, path: Path) -> None:
    """The same transcript as a Word file, the way a clerk would have typed it."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.size = Pt(16)
    normal.font.name = "Times New Roman"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")
    normal.paragraph_format.first_line_indent = Pt(32)
    normal.paragraph_format.line_spacing = Pt(28.95)
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(37), Mm(35), Mm(27), Mm(25)
    doc.add_paragraph(f"{hearing.matter}听证笔录")
    for t in hearing.transcript:
        doc.add_paragraph(f"{hearing.speaker_label(t)}：{t.text}" if t.speaker else f"（{t.text}）")
    doc.save(str(path))


def libreoffice(docx: Path, outdir: Path, profile: Path) -> float | None:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        return None
    cmd = [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
           "--outdir", str(outdir), str(docx)]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - t0


def pages(path: Path) -> int:
    from pypdf import PdfReader
    return len(PdfReader(str(path)).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-libreoffice", action="store_true")
    args = parser.parse_args()

    from hearing_desk.export import export_documents
    from hearing_desk.export.fonts import find_fonts
    from hearing_desk.export.transcript_pdf import write_transcript_pdf
    from hearing_desk.formats.interchange import read_file
    from hearing_desk.paths import sample_hearing_path

    out = Path(tempfile.mkdtemp(prefix="hearing-desk-bench-"))
    sample = read_file(sample_hearing_path())

    print("== (b) sample hearing: report PDF + Word report + summary together ==")
    paths = {"report_pdf": out / "r.pdf", "report_docx": out / "r.docx", "summary_xlsx": out / "s.xlsx"}
    t0 = time.perf_counter()
    export_documents(sample, **paths)
    cold = time.perf_counter() - t0
    warm, all_b = timed(lambda: export_documents(sample, **paths), args.runs)
    print(f"first export in this process (fonts found and loaded): {cold:.3f} s")
    print(f"median of {args.runs} further exports: {warm:.3f} s  "
          f"(runs: {', '.join(f'{t:.3f}' for t in all_b)})  target < 1 s: "
          f"{'met' if warm < 1 else 'NOT met'}")

    print(f"\n== (a) transcript PDF, {args.turns} turns, 60 participants ==")
    hearing = locked(big_hearing(args.turns))
    fonts = find_fonts()
    ours, all_a = timed(lambda: write_transcript_pdf(hearing, out / "t.pdf", fonts), args.runs)
    bare, all_bare = timed(lambda: bare_reportlab(hearing, out / "bare.pdf", fonts.body), args.runs)
    print(f"Hearing Desk transcript: {ours:.3f} s, {pages(out / 't.pdf')} pages "
          f"(header, participant table, signature block, footers, fingerprint)")
    print(f"bare reportlab, same paragraphs: {bare:.3f} s, {pages(out / 'bare.pdf')} pages")
    print(f"ours / bare reportlab = {ours / bare:.2f}×  (target ≤ 1.5×: "
          f"{'met' if ours / bare <= 1.5 else 'NOT met'})")
    if args.no_libreoffice:
        return
    transcript_docx(hearing, out / "t-lo.docx")
    profile = out / "lo-profile"
    warmup = out / "warmup.docx"
    transcript_docx(Hearing(title="预热", matter="预热"), warmup)
    lo_first = libreoffice(warmup, out / "lo", profile)     # creates the profile; not counted
    if lo_first is None:
        print("LibreOffice (soffice) is not installed: no comparison.")
        return
    lo = libreoffice(out / "t-lo.docx", out / "lo", profile)
    assert lo is not None                                   # it ran a moment ago
    print(f"LibreOffice .docx → PDF (warm profile, start-up included): {lo:.3f} s, "
          f"{pages(out / 'lo' / 't-lo.pdf')} pages  [first start with a new profile: {lo_first:.3f} s]")
    print(f"LibreOffice / ours = {lo / ours:.1f}×  (target ≥ 10×: {'met' if lo / ours >= 10 else 'NOT met'})")
    print(f"\nfiles in {out}")


if __name__ == "__main__":
    main()
