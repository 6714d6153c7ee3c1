"""A hearing with a panel, a supervisor, several presenters, its own role labels, an
absent participant and a refused signature prints each of them correctly in the
report (PDF and Word) and in the transcript; the transcript of its second lock has the
margin numbers, the end mark, the fingerprint on every page and whole on the last,
and the annex with both locks."""
from __future__ import annotations

import pytest

from hearing_desk.domain import fingerprint, short_fingerprint
from hearing_desk.domain.fingerprint import grouped_fingerprint
from hearing_desk.domain.printed import printed_record
from hearing_desk.export import export_documents

from .conftest import docx_text, make_panel_hearing, pdf_pages, pdf_text, squash

RUNNING_HEAD = "《光明区公共数据授权运营暂行管理办法（征求意见稿）》·听证笔录"


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The three documents of the panel hearing, made once for the module."""
    from hearing_desk.formats.interchange import read_file
    from hearing_desk.paths import sample_hearing_path

    hearing = make_panel_hearing(read_file(sample_hearing_path()))
    out = tmp_path_factory.mktemp("panel")
    paths = {"report_pdf": out / "r.pdf", "report_docx": out / "r.docx",
             "transcript_pdf": out / "t.pdf"}
    warnings = export_documents(hearing, **paths)
    return hearing, paths, warnings


OFFICIAL_LINES = [
    "听证主持人：杨成，工作单位：深圳市光明区教育局",
    "听证员：杨成，工作单位：深圳市光明区教育局；钱晓岚，工作单位：深圳大学法学院；"
    "孙立群，工作单位：深圳市律师协会",
    "听证记录员：刘麒麟，工作单位：深圳市光明区政务服务和数据管理局",
    "决策发言人：李奇翰，工作单位：深圳市光明区政务服务和数据管理局；冯佳，工作单位：深圳市光明区司法局",
    "听证监察人：陈光，工作单位：光明区纪委监委派驻纪检组",
]


@pytest.mark.parametrize("kind", ["report_pdf", "report_docx"])
def test_report_prints_panel_labels_absence_and_refusal(exported, kind):
    hearing, paths, _warnings = exported
    text = pdf_text(paths[kind]) if kind == "report_pdf" else docx_text(paths[kind])
    # officials in role order, several per role, each with 工作单位
    positions = [text.find(squash(line)) for line in OFFICIAL_LINES]
    assert all(p >= 0 for p in positions), positions
    assert positions == sorted(positions)
    # the hearing's own words for its roles, everywhere
    for words in ("听证代表的产生方式及基本情况：", "听证代表提出的主要意见或建议及其依据、理由：",
                  "听证代表意见分析及处理建议", "听证代表-蔡鼎：1.", "听证代表-汪曼："):
        assert words in text, words
    before_notes = text[:text.index("其他需要说明的情况：")]
    for o in hearing.opinions:      # what people said is printed as they said it
        before_notes = before_notes.replace(squash(o.text), "")
    assert "听证参加人" not in before_notes and "听证陈述人" not in before_notes
    # the absent participant is marked in the table; absence and refusal are stated
    assert "9报名刘炜胤公民（缺席）" in text
    assert "听证代表刘炜胤未出席听证会。" in text
    assert "听证代表谷琼泉拒绝在听证笔录上签字，记录在案：认为第5段未完整记录其意见，当场拒绝签字。" in text
    assert text.endswith("深圳市光明区政务服务和数据管理局2024年7月19日")


def test_transcript_header_lists_officials_participants_and_attendance(exported):
    _hearing, paths, _warnings = exported
    text = pdf_text(paths["transcript_pdf"], RUNNING_HEAD)
    assert text.startswith("听证笔录")
    for line in ("听证事项：《光明区公共数据授权运营暂行管理办法（征求意见稿）》",
                 "听证时间：2024年7月16日15时00分至17时30分",
                 "听证地点：深圳市光明区公共服务平台103会议室",
                 "听证主持人：杨成（深圳市光明区教育局）",
                 "听证员：杨成（深圳市光明区教育局）；钱晓岚（深圳大学法学院）；孙立群（深圳市律师协会）",
                 "听证记录员：刘麒麟（深圳市光明区政务服务和数据管理局）",
                 "决策发言人：李奇翰（深圳市光明区政务服务和数据管理局）；冯佳（深圳市光明区司法局）",
                 "听证监察人：陈光（光明区纪委监委派驻纪检组）",
                 "听证代表：应到9人，实到8人",
                 "序号姓名基本情况或工作单位出席情况",
                 "1汪曼深圳市数据交易所企业单位代表出席",
                 "9刘炜胤公民缺席"):
        assert squash(line) in text, line


def test_transcript_turns_in_order_with_labels_and_notes(exported):
    _hearing, paths, _warnings = exported
    text = pdf_text(paths["transcript_pdf"], RUNNING_HEAD)
    turns = ["听证主持人（杨成）：现在宣布听证会开始。请工作人员宣读听证纪律。",
             "工作人员：宣读听证会纪律。",
             "决策发言人（李奇翰）：下面介绍征求意见稿的起草背景。征求意见稿共六章四十一条。",
             "（休会十分钟）",
             "听证代表（汪曼）：建议第二十三条修改为可以通过数据交易所进行市场化流通交易。",
             "听证代表（谷琼泉）：第十八条是否会禁止区与区之间的授权运营合作？",
             "决策发言人（冯佳）：区平台作为二级系统将挂接在市级平台。",
             "（复会）",
             "听证主持人（杨成）：请各位听证代表核对笔录并签字。",
             "以上笔录经核对无误。"]
    positions = [text.find(squash(t)) for t in turns]
    assert all(p >= 0 for p in positions), list(zip(turns, positions))
    assert positions == sorted(positions)
    assert "（（复会））" not in text
    assert "15:00" not in text          # turn times are a setting, off by default


def test_transcript_signature_block(exported):
    _hearing, paths, _warnings = exported
    text = pdf_text(paths["transcript_pdf"], RUNNING_HEAD)
    block = text[text.index("以上笔录经核对无误。"):]
    assert block.index("签名：") < block.index("序号身份姓名签名日期")
    rows = ["1听证主持人、听证员杨成",          # host and panel member signs once
            "2听证员钱晓岚", "3听证员孙立群", "4听证记录员刘麒麟", "5决策发言人李奇翰",
            "6决策发言人冯佳", "7听证监察人陈光", "8听证代表汪曼",
            "听证代表谷琼泉认为第5段未完整记录其意见，当场拒绝签字。",   # the refusal, once
            "16听证代表刘炜胤未出席—"]
    positions = [block.find(squash(r)) for r in rows]
    assert all(p >= 0 for p in positions), list(zip(rows, positions))
    assert positions == sorted(positions)
    table = block[:block.index("附：笔录锁定与修改记录")]
    assert table.count("听证代表") == 9
    assert table.count("听证员杨成") == 1
    assert table.count("拒绝签字") == 1


def test_every_transcript_page_has_numbers_initials_and_fingerprint(exported):
    hearing, paths, _warnings = exported
    pages = pdf_pages(paths["transcript_pdf"])
    assert len(pages) >= 2
    digest = hearing.current_lock.fingerprint
    assert digest == fingerprint(hearing)
    for n, page in enumerate(pages, 1):
        assert f"第 {n} 页 共 {len(pages)} 页" in page
        assert "本页核对签名：" in page and "听证主持人 杨成" in page and "听证记录员 刘麒麟" in page
        assert "听证代表在末页签名表签名。" in page      # eight participants: they sign the last page
        assert short_fingerprint(digest) in page
        assert "草稿" not in page
    # the whole fingerprint on the last page, on one line (never wrapped inside a group)
    assert grouped_fingerprint(digest) in pages[-1]
    assert "日期：2024年7月16日" in squash(pages[-1])


def test_turn_numbers_in_the_margin_and_the_end_mark(exported):
    hearing, paths, _warnings = exported
    text = pdf_text(paths["transcript_pdf"], RUNNING_HEAD)
    record = text[text.index("听证记录"):text.index("以上笔录经核对无误。")]
    for n, turn in enumerate(printed_record(hearing).turns, 1):
        assert turn.number == n
        assert squash(f"{n}{turn.speaker}") in record or squash(f"{n}{turn.paragraphs[0]}") in record, n
    assert record.rstrip().endswith("以下空白")


def test_the_annex_tells_both_locks_and_the_change_between(exported):
    hearing, paths, _warnings = exported
    text = pdf_text(paths["transcript_pdf"], RUNNING_HEAD)
    annex = text[text.index("附：笔录锁定与修改记录"):]
    first, second = hearing.locks
    assert "本笔录共锁定2次" in annex
    assert squash(f"第 1 次锁定：2024年7月16日17时26分，指纹 {short_fingerprint(first.fingerprint)}。") in annex
    assert ("已有1人就该版本签字、拒签或登记离场，该版本的签字不适用于此后的版本。"
            "于2024年7月16日17时27分解锁修改。") in annex
    assert "项目时间修改前修改后" in annex
    assert ("第6段17:28听证代表（谷琼泉）：第十八条是否禁止区与区的合作？"
            "听证代表（谷琼泉）：第十八条是否会禁止区与区之间的授权运营合作？") in annex
    second_short = short_fingerprint(second.fingerprint)
    assert squash(f"第 2 次锁定：2024年7月16日17时29分，指纹 {second_short}，即本笔录。") in annex
    assert first.fingerprint != second.fingerprint


def test_no_annex_for_a_single_lock_without_changes(panel_hearing, tmp_path):
    panel_hearing.locks = panel_hearing.locks[1:]
    panel_hearing.locks[0].number = 1
    panel_hearing.changes = []
    for p in panel_hearing.people:
        if p.signature:
            p.signature.lock = 1
    export_documents(panel_hearing, transcript_pdf=tmp_path / "plain.pdf")
    text = pdf_text(tmp_path / "plain.pdf")
    assert "笔录锁定与修改记录" not in text and "以上笔录经核对无误。" in text


def test_turn_times_when_the_setting_says_so(panel_hearing, tmp_path):
    panel_hearing.settings.show_turn_times = True
    export_documents(panel_hearing, transcript_pdf=tmp_path / "t.pdf")
    text = pdf_text(tmp_path / "t.pdf", RUNNING_HEAD)
    assert "〔15:00〕听证主持人（杨成）：现在宣布" in text
    assert "〔15:40〕（休会十分钟）" in text
    assert "（复会）" in text                         # a turn without a time prints without one


def test_procedural_notes_are_set_apart(panel_hearing):
    from hearing_desk.export.fonts import find_fonts
    from hearing_desk.export.styles import make_styles
    from hearing_desk.export.transcript_pdf import turn_story
    from hearing_desk.export.typeset import GridParagraph

    fonts = find_fonts()
    story = turn_story(printed_record(panel_hearing), fonts, make_styles(fonts))
    notes = [p for p in story if isinstance(p, GridParagraph) and "休会" in p.text]
    assert len(notes) == 1
    assert notes[0].style.align == "center"
    assert notes[0].style.left_indent > 0 and notes[0].style.right_indent > 0
    speech = [p for p in story if isinstance(p, GridParagraph) and "现在宣布" in p.text][0]
    assert speech.style.align != "center"
