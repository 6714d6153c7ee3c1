"""Characters no installed font can draw: found before printing, named with the
place they occur, so the clerk never finds an empty box in a signed record."""
from __future__ import annotations

from collections.abc import Iterator

from ..domain import Hearing, Role
from ..domain.text import is_emoji
from ..domain.turns import turn_numbers
from .fonts import HOW_TO_ADD, FontSet

#: At most this many places are named for one character.
MAX_PLACES = 3


def printed_texts(hearing: Hearing) -> Iterator[tuple[str, str]]:
    """``(place, text)`` for every field that a PDF document prints.

    Personal data (``Person.contact``) is never printed and is not listed.
    """
    h = hearing
    for p in h.people:
        who = f"人员“{p.name}”"
        yield f"{who}的姓名", p.name
        for place, text in (("工作单位", p.affiliation), ("基本情况", p.description),
                            ("产生方式", p.selection)):
            if text:
                yield f"{who}的{place}", text
        if p.signature and p.signature.note:
            yield f"{who}的签字备注", p.signature.note
    for place, text in (("听证会名称", h.title), ("听证事项", h.matter),
                        ("听证组织机关", h.organizer), ("听证目的", h.purpose),
                        ("听证地点", h.venue), ("听证报告的基本情况", h.basic_info_override),
                        ("其他需要说明的情况", h.other_notes)):
        if text:
            yield place, text
    for basis in h.legal_bases or ():
        yield "听证依据", basis
    for role, label in h.role_labels.items():
        yield f"角色称谓（{Role(role).usual_label}）", label
    if h.report:
        if h.report.issuer:
            yield "落款单位", h.report.issuer
        for item in h.report.attachments or ():
            yield "附件名称", item
    for i, dispute in enumerate(h.disputes, 1):
        yield f"争论的第{i}个主要问题", dispute.text
    by_id = h.people_by_id()
    for o in h.opinions:
        who = by_id[o.speaker].name if o.speaker in by_id else o.speaker
        where = f"{who}的第{o.seq or '?'}条意见"
        yield where, o.text
        if o.basis:
            yield f"{where}的依据理由", o.basis
        for article in o.articles:
            yield f"{where}的涉及条款", article
        if o.response and o.response.analysis:
            yield f"对{where}的分析及处理建议", o.response.analysis
    numbers = turn_numbers(h.transcript)     # the numbers printed in the transcript's margin
    for t in h.transcript:
        yield f"笔录第{numbers[t.seq]}段", t.text
        if t.speaker_label:
            yield f"笔录第{numbers[t.seq]}段的发言人", t.speaker_label
    for c in h.changes:
        yield f"笔录修改记录（{c.what}）", c.before + c.after


def unprintable_warnings(hearing: Hearing, fonts: FontSet) -> list[str]:
    """A warning for each character that neither the chosen font nor any other
    installed font has, naming the character and where it occurs."""
    if not fonts.embedded:
        return []   # the CID fallback has no character list; its own warning says enough
    places: dict[str, list[str]] = {}
    for place, text in printed_texts(hearing):
        for ch in sorted(fonts.missing(text)):
            if fonts.fallback_for(ch) is None:
                seen = places.setdefault(ch, [])
                if place not in seen:
                    seen.append(place)
    warnings = []
    for ch, where in places.items():
        named = "、".join(where[:MAX_PLACES])
        if len(where) > MAX_PLACES:
            named += f"等 {len(where)} 处"
        if is_emoji(ch):
            warnings.append(
                f"{named}中的表情符号“{ch}”(U+{ord(ch):04X}) 在所有已安装字体中都找不到，"
                f"PDF 中不印出这个符号。")
            continue
        warnings.append(
            f"{named}中的字符“{ch}”(U+{ord(ch):04X}) 在所有已安装字体中都找不到，"
            f"PDF 中该字会印成空白方框。{HOW_TO_ADD}（需含有该字）。")
    return warnings
