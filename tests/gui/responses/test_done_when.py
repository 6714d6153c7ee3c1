"""The presenter's day: given the sample hearing with every answer cleared, a presenter
enters the seed's analysis through the GUI alone — keys and typed text — and exports a
report whose analysis section says what the seed's says."""
from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from hearing_desk.export import export_documents
from hearing_desk.services.responses import DECISION_ORDER, ResponseService
from hearing_desk.ui.report.view import ReportView

ANALYSIS = "对听证会各方意见的分析以及处理建议"
OTHER = "其他需要说明的情况"
#: how the seed numbers a participant's answers: 1. / 一是 / 第一个问题，
ENUMERATOR = re.compile(r"^(\d+\.|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+个问题，)")


def flat(text: str) -> str:
    return "".join(text.split())


def pdf_section(path) -> str:
    text = "".join(flat(page.extract_text()) for page in PdfReader(str(path)).pages)
    section = text[text.index(ANALYSIS):text.index(OTHER)]
    # a row that continues on the next page does so under the repeated header row
    header = "听证参加人意见分析及处理建议"
    first = section.index(header) + len(header)
    return section[:first] + re.sub(r"—\d+—", "", section[first:]).replace(header, "")


def docx_text(path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return flat("".join(parts))


def type_text(widget, text: str) -> None:
    """Typing, as an input method delivers Chinese text: a key event carrying the text."""
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                             Qt.KeyboardModifier.NoModifier, text))


def test_presenter_enters_the_seed_analysis_and_exports_the_report(
        make_tab, sample_id, sample_hearing, db, shared_dir, tmp_path, monkeypatch, qtbot):
    wanted = {o.id: o.response for o in sample_hearing.opinions}
    ResponseService(db).restore(sample_id, {o.id: None for o in sample_hearing.opinions})
    tab = make_tab(sample_id)
    page = tab.answer
    assert tab.progress_label.text() == "已答复 0 / 21"

    key = page.analysis
    page.analysis.setFocus()
    qtbot.keyClick(key, Qt.Key.Key_F8)
    done = set()
    while page.current_id not in done and page.current_id is not None:
        oid = page.current_id
        answer = wanted[oid]
        assert page.analysis.toPlainText() == ""
        qtbot.keyClick(key, getattr(Qt.Key, f"Key_{DECISION_ORDER.index(answer.decision) + 1}"),
                       Qt.KeyboardModifier.AltModifier)
        if answer.analysis:
            type_text(key, answer.analysis)
        qtbot.keyClick(key, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert not page.error_label.isVisible(), page.error_label.text()
        done.add(oid)
        qtbot.keyClick(key, Qt.Key.Key_F8)
    assert done == set(wanted)
    assert tab.progress_label.text() == "已答复 21 / 21"
    assert page.state_label.text() == "全部意见均已答复。"

    # export through the report page's buttons
    tab.show_page("report")
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(ReportView, "ask_folder", classmethod(lambda cls, parent, start: str(folder)))
    files = []
    for name in ("report_pdf", "report_docx"):
        with qtbot.waitSignal(tab.report.exported, timeout=20000) as blocker:
            tab.report.export_buttons[name].click()
        files += [Path(f) for f in blocker.args[0]]
    pdf, docx = files

    # the same analysis section as the sample hearing's own report ...
    reference = tmp_path / "reference.pdf"
    export_documents(sample_hearing, report_pdf=reference)
    section = pdf_section(pdf)
    assert section == pdf_section(reference)
    # ... and every answer of the seed report, word for word
    seed = (shared_dir / "seeds" / "000_9ef3b0a6ee7ac483.txt").read_text(encoding="utf-8")
    seed_section = seed[seed.index(ANALYSIS):seed.index(OTHER)]
    lines = [ENUMERATOR.sub("", flat(line)) for line in seed_section.splitlines()[3:] if line.strip()]
    answers = [line for line in lines if len(line) > 8]
    assert len(answers) == 20          # the names are short lines; 20 answers (无需处理 has none)
    words = docx_text(docx)
    for line in answers:
        assert line in section, line
        assert line in words, line
    for name in ("蔡鼎", "龚健", "汪曼", "陈德福", "吴仪", "谷琼泉", "高朝阳"):
        assert name in section
