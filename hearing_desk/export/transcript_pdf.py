"""听证笔录 as a PDF for signing at the end of the hearing.

Header (matter, time from–to, venue, officials, participants with attendance),
every turn in order (``听证主持人（杨成）：……``), procedural notes set apart,
``以上笔录经核对无误。`` and a signature block. Every page carries
"第 X 页 共 Y 页", a line for the signer's initials and the transcript's
fingerprint, so a loose printed page can be matched with the stored record.
Changes made after the transcript was locked are listed in an annex.
"""
from __future__ import annotations

import os

from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable

from ..domain import Hearing, Person, Role, SignatureStatus, short_fingerprint, transcript_digest
from .compose import (
    TableBlock, absent, describe, format_date, format_span, matter_of, transcript_title,
)
from .fonts import FontSet
from .layout import BOTTOM, INDENT, LEFT, LINE_PITCH, PAGE_H, PAGE_NO_SIZE, TEXT_W, TOP
from .pages import gbt_doc, page_number_baseline, paged_canvas
from .report_pdf import title_flowables
from .styles import Styles, grid_table, labelled, make_styles, para
from .text import clean_text
from .typeset import GridParagraph, GridSpace, TextStyle

OFFICIAL_ROLES = (Role.HOST, Role.HEARING_OFFICER, Role.RECORDER, Role.PRESENTER, Role.SUPERVISOR)
FOOT_SIZE = 12.0
LEADING = LINE_PITCH
CONFIRMATION = "以上笔录经核对无误。"
INITIALS = "本页核对签名："


def footer(hearing: Hearing, fonts: FontSet, fingerprint: str):
    """Draws the running head and the foot of every page."""
    head_style = TextStyle(fonts.body, 10.5, leading=13, char_space=0.0, align="center")
    head_runs = fonts.runs(f"{matter_of(hearing)} · {transcript_title(hearing)}")

    def decorate(canv: Canvas, page: int, total: int) -> None:
        canv.saveState()
        head = GridParagraph(head_runs, head_style)
        _w, h = head.wrap(TEXT_W, TOP)
        head.drawOn(canv, LEFT, PAGE_H - TOP + 8 * mm)
        canv.setStrokeColor(black)
        canv.setLineWidth(0.5)
        canv.line(LEFT, PAGE_H - TOP + 6 * mm, LEFT + TEXT_W, PAGE_H - TOP + 6 * mm)
        y = BOTTOM - 18 * mm
        canv.setFont(fonts.body, FOOT_SIZE)
        canv.drawString(LEFT, y, INITIALS)
        x = LEFT + canv.stringWidth(INITIALS, fonts.body, FOOT_SIZE)
        canv.line(x + 2, y - 2, x + 2 + 32 * mm, y - 2)
        canv.setFont(fonts.body, 10.5)
        canv.drawRightString(LEFT + TEXT_W, y, f"笔录指纹 {fingerprint}")
        # the page number on GB/T 9704's page-number line (7 mm below the 版心), 4号宋体
        canv.setFont(fonts.song, PAGE_NO_SIZE)
        canv.drawCentredString(LEFT + TEXT_W / 2, page_number_baseline(fonts), f"第 {page} 页 共 {total} 页")
        canv.restoreState()
    return decorate


def _field(label: str, value: str, fonts: FontSet, style: TextStyle) -> GridParagraph:
    return labelled(fonts, label, value, style, fonts.heading)


def present(person: Person) -> bool:
    return person.is_present and not (
        person.signature and person.signature.status is SignatureStatus.ABSENT)


def header_story(h: Hearing, fonts: FontSet, styles: Styles) -> list[Flowable]:
    field_style = styles.plain.but(left_indent=INDENT, first_indent=-INDENT, align="justify")
    story: list[Flowable] = title_flowables(transcript_title(h), fonts, styles)
    rows = [("听证事项：", matter_of(h)), ("听证时间：", format_span(h.starts_at, h.ends_at)),
            ("听证地点：", h.venue or ""), ("组织机关：", h.organizer or "")]
    for role in OFFICIAL_ROLES:
        people = h.people_in(role)
        if people:
            who = "；".join(p.name + (f"（{p.affiliation}）" if p.affiliation else "")
                           + ("（缺席）" if not p.is_present else "") for p in people)
            rows.append((f"{h.label(role)}：", who))
    participants = h.participants()
    attending = [p for p in participants if present(p)]
    rows.append((f"{h.label(Role.PARTICIPANT)}：",
                 f"应到 {len(participants)} 人，实到 {len(attending)} 人"))
    for label, value in rows:
        if value:
            story.append(_field(label, value, fonts, field_style))
    if participants:
        away = absent(h)
        table = TableBlock(
            ("序号", "姓名", "基本情况或工作单位", "出席情况"),
            [[[str(p.seq if p.seq is not None else i)], [p.name], [describe(p)],
              ["缺席" if p in away else "出席"]] for i, p in enumerate(participants, 1)],
            (0.11, 0.2, 0.52, 0.17), centered=(0, 1, 3))
        story += [grid_table(table, fonts, styles)]
    story += [GridSpace(1), CondPageBreak(3 * LEADING),
              para(fonts, "听证记录", styles.centered.but(font=fonts.heading, keep_with_next=True))]
    return story


def turn_story(h: Hearing, fonts: FontSet, styles: Styles) -> list[Flowable]:
    note_style = styles.centered.but(left_indent=INDENT, right_indent=INDENT)
    show_times = h.settings.show_turn_times
    labels: dict[str, str] = {}
    story: list[Flowable] = []
    for turn in sorted(h.transcript, key=lambda t: t.seq):
        text = clean_text(turn.text).strip()
        when = f"〔{turn.at:%H:%M}〕" if show_times and turn.at else ""
        if turn.is_note:
            body = text.rstrip("。")
            if not (body.startswith(("（", "(")) and body.endswith(("）", ")"))):
                body = f"（{body}）"
            story.append(para(fonts, when + body, note_style))
            continue
        key = turn.speaker_label or turn.speaker or ""
        if key not in labels:
            name = h.speaker_label(turn)
            # the body font: one font per paragraph keeps reportlab on its fast path
            labels[key] = name + "：" if name else ""
        lines = [line for line in text.split("\n") if line.strip()] or [""]
        story.append(para(fonts, when + labels[key] + lines[0], styles.body))
        story += [para(fonts, line, styles.body) for line in lines[1:]]
    return story


def _signers(h: Hearing) -> list[tuple[str, Person]]:
    """(role labels, person) – an official with two roles (host and panel member) signs once."""
    seen: dict[tuple[str, str], int] = {}
    out: list[tuple[str, Person]] = []
    for role in OFFICIAL_ROLES:
        for p in h.people_in(role):
            key = (p.name, p.affiliation or "")
            if key in seen:
                labels, person = out[seen[key]]
                out[seen[key]] = (f"{labels}、{h.label(role)}", person)
                continue
            seen[key] = len(out)
            out.append((h.label(role), p))
    out += [(h.label(Role.PARTICIPANT), p) for p in h.participants()]
    return out


def signature_story(h: Hearing, fonts: FontSet, styles: Styles, digest: str) -> list[Flowable]:
    rows = []
    for labels, p in _signers(h):
        sig = p.signature
        if not present(p):
            cell, date = "缺席", "—"
        elif sig and sig.status is SignatureStatus.REFUSED:
            cell, date = "拒绝签字：" + (sig.note or "（记录员未注明）").strip(), ""
        else:
            cell, date = "", ""
        rows.append([[labels], [p.name], [cell] if cell else [], [date] if date else []])
    table = grid_table(TableBlock(("身份", "姓名", "签名", "日期"), rows,
                                  (0.25, 0.17, 0.4, 0.18), centered=(0, 1, 3)), fonts, styles,
                       min_lines=2)       # two lines high: room to sign
    return [para(fonts, CONFIRMATION, styles.body),
            GridSpace(1), CondPageBreak(4 * LEADING),
            para(fonts, "签名：", styles.plain.but(font=fonts.heading, keep_with_next=True)),
            table,
            para(fonts, f"笔录校验码（SHA-256）：{digest}", styles.small)]


def changes_story(h: Hearing, fonts: FontSet, styles: Styles) -> list[Flowable]:
    if not h.turn_changes:
        return []
    at = h.transcript_locked_at
    locked = f"笔录于{format_date(at)} {at:%H:%M}锁定供签字，此后" if at else "笔录锁定供签字后，"
    prints = ""
    if h.transcript_fingerprint:
        prints = (f"锁定时的笔录指纹为 {short_fingerprint(h.transcript_fingerprint)}，"
                  f"现为 {short_fingerprint(transcript_digest(h))}。")
    rows = [[[str(c.turn_seq)], [f"{c.changed_at:%Y-%m-%d %H:%M}"], [c.before], [c.after]]
            for c in sorted(h.turn_changes, key=lambda c: c.changed_at)]
    return [GridSpace(1), CondPageBreak(5 * LEADING),
            para(fonts, "附：笔录锁定后的修改记录", styles.plain.but(font=fonts.heading, keep_with_next=True)),
            para(fonts, f"{locked}共修改 {len(rows)} 处，逐一列明如下。" + prints, styles.body),
            grid_table(TableBlock(("段落", "修改时间", "修改前", "修改后"), rows,
                                  (0.1, 0.2, 0.35, 0.35), centered=(0, 1)), fonts, styles)]


def write_transcript_pdf(hearing: Hearing, path: str | os.PathLike, fonts: FontSet) -> None:
    styles = make_styles(fonts)
    digest = transcript_digest(hearing)
    story = header_story(hearing, fonts, styles)
    story += turn_story(hearing, fonts, styles)
    story += signature_story(hearing, fonts, styles, digest)
    story += changes_story(hearing, fonts, styles)
    doc = gbt_doc(path, fonts, title=f"{matter_of(hearing)}听证笔录",
                  author=hearing.organizer or "", subject=f"听证笔录 {short_fingerprint(digest)}")
    doc.build(story, canvasmaker=paged_canvas(footer(hearing, fonts, short_fingerprint(digest))))
