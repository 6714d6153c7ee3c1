"""The words of the report, composed from the hearing's fields."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hearing_desk.domain import Decision, Dispute, Hearing, Opinion, ReportMeta, Response
from hearing_desk.export.compose import (
    BLANK_DATE,
    Closing,
    Heading,
    Para,
    TableBlock,
    Title,
    build_report,
    compose_basic_info,
    format_date,
    format_span,
    numbered,
    report_date,
    report_title,
)

TZ = timezone(timedelta(hours=8))


def test_basic_info_is_the_seeds_first_paragraph(sample_hearing, seed_text):
    first = next(line for line in seed_text.splitlines() if line.startswith("听证会组织的基本情况："))
    assert compose_basic_info(sample_hearing) == first.removeprefix("听证会组织的基本情况：").strip()


def test_basic_info_override_wins(sample_hearing):
    sample_hearing.basic_info_override = "  本次听证会由区政府委托区数据局组织。 "
    assert compose_basic_info(sample_hearing) == "本次听证会由区政府委托区数据局组织。"
    blocks = build_report(sample_hearing).blocks
    assert Para("本次听证会由区政府委托区数据局组织。") in blocks


def test_basic_info_with_minutes_and_plain_bases(sample_hearing):
    h = sample_hearing
    h.starts_at = datetime(2026, 3, 12, 9, 30, tzinfo=TZ)
    h.legal_bases = ["重大行政决策程序暂行条例", "本市听证办法"]
    h.purpose = "为广泛听取意见。"
    text = compose_basic_info(h)
    assert text.startswith("为广泛听取意见，根据重大行政决策程序暂行条例、本市听证办法的规定，")
    assert "已于2026年3月12日9时30分在" in text


def test_basic_info_with_few_fields(sample_hearing):
    h = sample_hearing
    h.purpose = h.legal_bases = h.organizer = h.starts_at = h.venue = None
    h.matter = None
    assert compose_basic_info(h) == "就《光明区公共数据授权运营暂行管理办法（征求意见稿）》组织召开听证会。"
    assert report_title(h) == "《光明区公共数据授权运营暂行管理办法（征求意见稿）》听证报告"


def test_formatters():
    assert format_date(date(2024, 7, 16)) == "2024年7月16日"
    start = datetime(2024, 7, 16, 15, 0, tzinfo=TZ)
    assert format_span(start, start + timedelta(hours=2, minutes=5)) == "2024年7月16日15时00分至17时05分"
    assert format_span(start, start + timedelta(days=1)) == "2024年7月16日15时00分至2024年7月17日15时00分"
    assert format_span(start, None) == "2024年7月16日15时00分"
    assert numbered([(1, "甲")]) == ["甲"]
    assert numbered([(1, "甲"), (3, "丙")]) == ["1.甲", "3.丙"]


def test_report_date_or_blank_line(sample_hearing):
    assert report_date(sample_hearing) == BLANK_DATE
    sample_hearing.report = ReportMeta(issuer="某局", date=date(2024, 7, 16))
    report = build_report(sample_hearing)
    assert report.blocks[-1] == Closing("某局", "2024年7月16日")


def test_issuer_defaults_to_organizer(sample_hearing):
    sample_hearing.report = None
    assert build_report(sample_hearing).blocks[-1].issuer == "深圳市光明区政务服务和数据管理局"


def test_report_block_order(sample_hearing):
    blocks = build_report(sample_hearing).blocks
    assert isinstance(blocks[0], Title)
    headings = [b.text for b in blocks if isinstance(b, Heading)]
    assert headings == ["听证会组织的基本情况：", "听证参加人的产生方式及基本情况：",
                        "听证参加人提出的主要意见或建议及其依据、理由：", "听证会争论的主要问题：",
                        "对听证会各方意见的分析以及处理建议：", "其他需要说明的情况："]


def _analysis(blocks) -> TableBlock:
    return [b for b in blocks if isinstance(b, TableBlock)][1]


def test_noted_opinions_get_no_analysis_row_and_numbers_line_up(sample_hearing):
    h = sample_hearing
    # 蔡鼎's first opinion becomes a remark that needs no answer: his answer "2." stays "2."
    h.opinions[0].response = Response(Decision.NOTED)
    table = _analysis(build_report(h).blocks)
    row = next(r for r in table.rows if r[0] == ["蔡鼎"])
    assert row[1] == ["2.将会在授权运营平台建设的项目建议书里细化，不在管理办法中明确。"]
    assert all(r[0] != ["吴亦乐"] for r in table.rows)


def test_pending_opinion_is_marked_and_warned(sample_hearing):
    h = sample_hearing
    h.opinions.append(Opinion("x", "a9", "建议增加听证会的次数。", seq=1))
    report = build_report(h)
    row = next(r for r in _analysis(report.blocks).rows if r[0] == ["刘炜胤"])
    assert row[1] == ["（尚未提出分析及处理建议）"]
    assert report.warnings == ["听证报告中有 1 条意见尚未提出分析及处理建议，报告标为草稿：刘炜胤的第1条意见。"]
    assert report.draft and report.open_opinions == ["刘炜胤的第1条意见"]
    assert not build_report(Hearing(title="某听证会")).draft


def test_several_disputes_are_numbered(sample_hearing):
    sample_hearing.disputes = [Dispute("甲问题。"), Dispute("乙问题。")]
    blocks = build_report(sample_hearing).blocks
    assert Para("1.甲问题。") in blocks and Para("2.乙问题。") in blocks


def test_empty_sections_say_none(sample_hearing):
    h = sample_hearing
    h.opinions, h.disputes, h.other_notes = [], [], None
    paras = [b.text for b in build_report(h).blocks if isinstance(b, Para)]
    assert paras.count("无。") == 3


def test_absence_and_refusal_are_stated_once(panel_hearing):
    report = build_report(panel_hearing)
    paras = [b.text for b in report.blocks if isinstance(b, Para)]
    assert "听证代表刘炜胤未出席听证会。" in paras
    assert "听证代表谷琼泉拒绝在听证笔录上签字，记录在案：认为第5段未完整记录其意见，当场拒绝签字。" in paras
    # where the clerk's own notes already say it, nothing is added
    panel_hearing.other_notes += "\n刘炜胤因病请假；谷琼泉拒绝签字。"
    paras = [b.text for b in build_report(panel_hearing).blocks if isinstance(b, Para)]
    assert not any("未出席听证会" in p or "拒绝在听证笔录上签字" in p for p in paras)
    assert "刘炜胤因病请假；谷琼泉拒绝签字。" in paras


def test_own_ordinals_are_never_numbered_again():
    from hearing_desk.export.compose import own_ordinal
    assert [own_ordinal(t) for t in ("一是在办法", "第二个问题，使用", "（三）稳步", "4.办法", "5、x", "(6)y")] \
        == [1, 2, 3, 4, 5, 6]
    assert [own_ordinal(t) for t in ("第二十三条通过", "1.5倍", "将根据", "首先")] == [None] * 4
    assert numbered([(1, "一是甲。"), (2, "二是乙。")]) == ["一是甲。", "二是乙。"]
    assert numbered([(1, "第一个问题，甲。"), (2, "乙。")]) == ["第一个问题，甲。", "2.乙。"]
    # item 7 that begins its own list (一是…二是…) keeps its number, as in the seed
    assert numbered([(6, "甲。"), (7, "一是乙；二是丙。")]) == ["6.甲。", "7.一是乙；二是丙。"]
    assert numbered([(1, "一是甲。")]) == ["一是甲。"] and numbered([(1, "甲。")], always=True) == ["1.甲。"]


def test_paragraph_breaks_print_as_paragraphs(sample_hearing):
    blocks = build_report(sample_hearing).blocks
    paras = [b.text for b in blocks if isinstance(b, Para)]
    assert any(p.startswith("听证参加人-汪曼：征求意见稿提到的“第二十三条") for p in paras)
    assert any(p.startswith("建议修改为“通过审核的公共数据产品和服务") for p in paras)
    assert any(p.startswith("在程序方面，此前已履行了公众参与") for p in paras)
    row = next(r for r in _analysis(blocks).rows if r[0] == ["陈德福"])
    assert row[1] == [o.response.analysis for o in sample_hearing.opinions if o.speaker == "a2"]


def test_what_the_data_holds_goes_into_the_report(sample_hearing):
    from hearing_desk.domain import Milestone, Person, Role
    h = sample_hearing
    h.ends_at = h.starts_at + timedelta(hours=2, minutes=30)
    h.milestones = [Milestone(date(2024, 7, 5), "公布听证参加人名单"), Milestone(date(2024, 7, 1), "发布听证会公告"),
                    Milestone(date(2024, 7, 8), "向听证参加人送达听证材料")]
    h.people += [Person("v1", Role.OBSERVER, "周一"), Person("v2", Role.OBSERVER, "吴二")]
    h.people_by_id()["a9"].attended = False
    h.settings.report_decision_counts = True
    report = build_report(h)
    paras = [b.text for b in report.blocks if isinstance(b, Para)]
    assert "已于2024年7月16日15时至17时30分在深圳市光明区公共服务平台103会议室" in paras[0]
    assert Heading("组织筹备情况：", level=2) in report.blocks
    assert ("深圳市光明区政务服务和数据管理局于2024年7月1日发布听证会公告；2024年7月5日公布听证参加人名单；"
            "2024年7月8日向听证参加人送达听证材料。") in paras
    assert "本次听证会应到听证参加人9人，实到8人，达到应到人数的三分之二；另有旁听人2人（周一、吴二）。" in paras
    assert ("听证参加人共提出意见21条，听证陈述人逐条提出了分析及处理建议，其中采纳2条、部分采纳1条、不予采纳1条、"
            "已体现5条、解释说明8条、另行研究3条；1条无需处理。") in paras
    h.settings.report_decision_counts = False
    assert not any(p.startswith("听证参加人共提出意见") for p in
                   (b.text for b in build_report(h).blocks if isinstance(b, Para)))
