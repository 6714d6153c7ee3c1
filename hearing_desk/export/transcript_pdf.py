"""听证笔录 as a PDF: for signing when the transcript is locked, a marked draft otherwise.

Everything on the pages comes from :func:`~hearing_desk.domain.printed.printed_record`,
the record the fingerprint is taken over: header (matter, time from–to, venue, officials,
participants with attendance), every turn with its number in the margin, its speaker's
label and (when the settings say so) its time, procedural notes set apart, then
以下空白.

* **Locked** (and unchanged since): 以上笔录经核对无误, the signature table (one line per
  person; a person in two roles once), then the history annex if there is one, and last
  the date of the lock and the whole fingerprint. Every page carries the short
  fingerprint, 第 X 页 共 Y 页 and the lines on which the host, the recorder and – in a
  small hearing – the participants initial the page.
* **Not locked**: every page says 草稿（未锁定）, with a watermark; no confirmation, no
  signature table, no fingerprint. A draft is not for signing.

The annex tells the history: every lock with its time and fingerprint, how many signed
that version, when it was lifted, and every change made until the next lock (time,
before, after).
"""
from __future__ import annotations

import os
from functools import lru_cache

from reportlab.lib.colors import black
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscent, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, PageTemplate, Spacer,
)

from ..domain import Hearing, Role, SignatureStatus
from ..domain.fingerprint import grouped_fingerprint, short_fingerprint
from ..domain.locking import is_final
from ..domain.printed import PrintedRecord, printed_record
from ..domain.signing import (
    InitialsGroup, SignState, given_for, page_initials, refusal_line, sign_status, signers,
)
from ..domain.text import format_date, format_moment
from ..domain.turns import turn_numbers
from .compose import TableBlock
from .fonts import FontSet
from .layout import (
    BODY_SIZE, BOTTOM, LEADING, LEFT, PAGE_H, PAGE_W, TEXT_H, TEXT_W, TOP, Paragraph, Styles,
    make_styles, paged_canvas,
)
from .report_pdf import grid_table

CONFIRMATION = "以上笔录经核对无误。"
END_MARK = "以下空白"
DRAFT_MARK = "草稿（未锁定）"
INITIALS = "本页核对签名："
FOOT_SIZE = 10.5
FOOT_LINE = 6 * mm
NUMBER_SIZE = 9.0
BLANK_W = 22 * mm


# ---------------------------------------------------------------- flowables

class TurnParagraph(Paragraph):
    """A turn's paragraph with the turn's number in the left margin (first part only,
    when the paragraph breaks across pages)."""

    number: str | None = None
    number_font: str = ""

    def split(self, availWidth, availHeight):  # noqa: N802 - reportlab API
        parts = super().split(availWidth, availHeight)
        for i, part in enumerate(parts):
            part.number = self.number if i == 0 else None
            part.number_font = self.number_font
        return parts

    def draw(self):
        if self.number:          # first, so that text extraction reads it before the turn
            canv = self.canv
            canv.setFont(self.number_font, NUMBER_SIZE)     # the paragraph sets its own font after
            canv.drawRightString(-3 * mm, self.height - _ascent(self.style.fontName, self.style.fontSize),
                                 self.number)                # in the left margin, on the first line
        super().draw()


@lru_cache(maxsize=32)
def _ascent(font: str, size: float) -> float:
    return getAscent(font, size)


class OneLine(Flowable):
    """A line that never wraps (the whole fingerprint): the size shrinks until it fits."""

    def __init__(self, text: str, font: str, size: float, *, centred: bool = False):
        super().__init__()
        self.text, self.font, self.centred = text, font, centred
        self.size = size
        while self.size > 6 and stringWidth(text, font, self.size) > TEXT_W:
            self.size -= 0.5

    def wrap(self, availWidth, availHeight):  # noqa: N802 - reportlab API
        self.width = availWidth
        return availWidth, self.size * 1.6

    def draw(self):
        self.canv.setFont(self.font, self.size)
        y = self.size * 0.45
        if self.centred:
            self.canv.drawCentredString(self.width / 2, y, self.text)
        else:
            self.canv.drawString(0, y, self.text)


# ---------------------------------------------------------------- the page furniture

def _initials_lines(groups: list[InitialsGroup], font: str) -> list[list[str]]:
    """The per-page initials laid out in lines: ``听证主持人 杨成＿＿`` slots, packed."""
    slots: list[str] = []
    for g in groups:
        for name in g.names:
            slots.append(f"{g.label} {name}")
    lines: list[list[str]] = []
    width = TEXT_W - stringWidth(INITIALS, font, FOOT_SIZE)
    current: list[str] = []
    used = 0.0
    for slot in slots:
        need = stringWidth(slot, font, FOOT_SIZE) + BLANK_W + 4 * mm
        if current and used + need > width:
            lines.append(current)
            current, used = [], 0.0
        current.append(slot)
        used += need
    if current:
        lines.append(current)
    return lines


def page_decoration(record: PrintedRecord, fonts: FontSet, *, final: bool, digest: str | None,
                    initials: list[list[str]], participants_last_page: bool, participant_label: str):
    """Draws the running head and the foot of every page (and the draft's watermark)."""
    head_style = ParagraphStyle("runhead", fontName=fonts.body, fontSize=10.5, leading=13,
                                alignment=TA_CENTER, wordWrap="CJK")
    head = f"{record.matter} · {record.title}" + ("" if final else f" · {DRAFT_MARK}")
    head_text = fonts.markup(head)

    def decorate(canv: Canvas, page: int, total: int) -> None:
        canv.saveState()
        if not final:
            canv.saveState()
            canv.setFillColorRGB(0.55, 0.55, 0.55)
            canv.setFillAlpha(0.2)
            canv.translate(PAGE_W / 2, PAGE_H / 2)
            canv.rotate(40)
            canv.setFont(fonts.heading, 110)
            canv.drawCentredString(0, -40, "草稿")
            canv.restoreState()
        para = Paragraph(head_text, head_style)
        para.wrap(TEXT_W, TOP)
        para.drawOn(canv, LEFT, PAGE_H - TOP + 8 * mm)
        canv.setStrokeColor(black)
        canv.setLineWidth(0.5)
        canv.line(LEFT, PAGE_H - TOP + 6 * mm, LEFT + TEXT_W, PAGE_H - TOP + 6 * mm)
        canv.setFont(fonts.body, FOOT_SIZE)
        y = _frame_bottom(len(initials)) - 5 * mm
        if final:
            for n, line in enumerate(initials):
                x = LEFT
                if n == 0:
                    canv.drawString(x, y, INITIALS)
                x = LEFT + stringWidth(INITIALS, fonts.body, FOOT_SIZE)
                for slot in line:
                    canv.drawString(x, y, slot)
                    x += stringWidth(slot, fonts.body, FOOT_SIZE) + 1.5 * mm
                    canv.line(x, y - 1.5, x + BLANK_W, y - 1.5)
                    x += BLANK_W + 2.5 * mm
                y -= FOOT_LINE
            if participants_last_page:
                canv.drawString(LEFT, y, f"{participant_label}在末页签名表签名。")
                y -= FOOT_LINE
            canv.drawString(LEFT, y, f"笔录指纹 {short_fingerprint(digest)}")
        else:
            canv.drawString(LEFT, y, f"{DRAFT_MARK}：不作签字用")
        canv.drawRightString(LEFT + TEXT_W, y, f"第 {page} 页 共 {total} 页")
        canv.restoreState()
    return decorate


def _frame_bottom(initial_lines: int) -> float:
    """The text block ends higher when more lines of initials must fit below it."""
    needed = 12 * mm + FOOT_LINE * (initial_lines + 2) + 4 * mm
    return max(BOTTOM, needed)


def transcript_doc(path: str | os.PathLike, fonts: FontSet, *, bottom: float, title: str,
                   author: str, subject: str) -> BaseDocTemplate:
    """The GB/T 9704 text block (layout.py), with room below for the initials."""
    doc = BaseDocTemplate(
        str(path), pagesize=(PAGE_W, PAGE_H), leftMargin=LEFT, rightMargin=PAGE_W - LEFT - TEXT_W,
        topMargin=TOP, bottomMargin=bottom, title=title, author=author, subject=subject,
        creator="Hearing Desk", initialFontName=fonts.body, initialFontSize=BODY_SIZE,
        initialLeading=LEADING, lang="zh-CN")
    frame = Frame(LEFT, bottom, TEXT_W, TEXT_H - (bottom - BOTTOM), leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="text")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc


# ---------------------------------------------------------------- the story

def _field(label: str, value: str, fonts: FontSet, style: ParagraphStyle) -> Paragraph:
    return Paragraph(f'<font face="{fonts.heading}">{fonts.markup(label, fonts.heading)}</font>'
                     + fonts.markup(value), style)


def header_story(record: PrintedRecord, fonts: FontSet, styles: Styles) -> list[Flowable]:
    field_style = ParagraphStyle("field", parent=styles.plain, leftIndent=2 * BODY_SIZE,
                                 firstLineIndent=-2 * BODY_SIZE)
    story: list[Flowable] = [Paragraph(fonts.markup(record.title, fonts.title), styles.title)]
    for f in record.fields:
        story.append(_field(f.label, f.value, fonts, field_style))
    if record.participants:
        table = TableBlock(("序号", "姓名", "基本情况或工作单位", "出席情况"),
                           [[[r.number], [r.name], [r.info], [r.attendance]] for r in record.participants],
                           (0.11, 0.2, 0.52, 0.17), centered=(0, 1, 3))
        story += [Spacer(1, LEADING / 3), grid_table(table, fonts, styles)]
    story += [Spacer(1, LEADING / 2), CondPageBreak(3 * LEADING),
              Paragraph(fonts.markup("听证记录", fonts.heading),
                        ParagraphStyle("rechead", parent=styles.centered, fontName=fonts.heading))]
    return story


def turn_story(record: PrintedRecord, fonts: FontSet, styles: Styles) -> list[Flowable]:
    note_style = ParagraphStyle("note", parent=styles.centered, leftIndent=2 * BODY_SIZE,
                                rightIndent=2 * BODY_SIZE)
    labels: dict[str, str] = {}
    story: list[Flowable] = []

    def para(text: str, style: ParagraphStyle, number: int | None) -> Paragraph:
        p = TurnParagraph(text, style)
        p.number = str(number) if number is not None else None
        p.number_font = fonts.body
        return p

    for turn in record.turns:
        when = fonts.markup(f"〔{turn.time}〕") if turn.time else ""
        if turn.note:
            story.append(para(when + fonts.markup(turn.paragraphs[0]), note_style, turn.number))
            continue
        if turn.speaker not in labels:
            # the body font: one font per paragraph keeps reportlab on its fast path
            labels[turn.speaker] = fonts.markup(turn.speaker + "：") if turn.speaker else ""
        first, *rest = turn.paragraphs
        story.append(para(when + labels[turn.speaker] + fonts.markup(first), styles.body, turn.number))
        story += [para(fonts.markup(line), styles.body, None) for line in rest]
    if not record.turns:
        story.append(Paragraph(fonts.markup("（尚无发言记录）"), styles.centered))
    story.append(Paragraph(fonts.markup(END_MARK), ParagraphStyle(
        "endmark", parent=styles.centered, spaceBefore=LEADING / 4)))
    return story


def signature_story(hearing: Hearing, fonts: FontSet, styles: Styles) -> list[Flowable]:
    rows = []
    for n, s in enumerate(signers(hearing), 1):
        st = sign_status(hearing, s)
        if st.state is SignState.NOT_ATTENDED:
            cell, day = "未出席", "—"
        elif st.state is SignState.REFUSED:
            cell, day = refusal_line(st.note), ""
        elif st.state is SignState.LEFT:
            cell, day = SignatureStatus.ABSENT.label + (f"：{st.note}" if st.note else ""), ""
        else:
            cell, day = "", ""
        rows.append([[str(n)], [s.label], [s.name], [cell] if cell else [], [day] if day else []])
    table = grid_table(TableBlock(("序号", "身份", "姓名", "签名", "日期"), rows,
                                  (0.1, 0.24, 0.16, 0.34, 0.16), centered=(0, 1, 2, 4)), fonts, styles)
    table.setStyle([("TOPPADDING", (0, 1), (-1, -1), 8), ("BOTTOMPADDING", (0, 1), (-1, -1), 8),
                    ("VALIGN", (0, 1), (-1, -1), "MIDDLE")])
    return [Spacer(1, LEADING / 2), Paragraph(fonts.markup(CONFIRMATION), styles.body),
            Spacer(1, LEADING / 2), CondPageBreak(4 * LEADING),
            Paragraph(fonts.markup("签名：", fonts.heading),
                      ParagraphStyle("sighead", parent=styles.plain, fontName=fonts.heading)),
            table]


def closing_story(hearing: Hearing, fonts: FontSet, styles: Styles, digest: str) -> list[Flowable]:
    """The last lines of a signed transcript: the date of the lock and the whole fingerprint."""
    lock = hearing.current_lock
    when = lock.locked_at if lock else None
    dated = (f"本笔录于{format_moment(when)}锁定供签字（第 {lock.number} 次锁定）。" if when
             else f"本笔录已锁定供签字（第 {lock.number} 次锁定）。")
    scheme = "（旧版指纹：只覆盖发言内容）" if lock and lock.scheme == 1 else ""
    return [KeepTogether([
        Spacer(1, LEADING / 2),
        Paragraph(fonts.markup(f"日期：{format_date(when)}" if when else "日期：    年  月  日"), styles.plain),
        Paragraph(fonts.markup(dated), styles.small),
        Paragraph(fonts.markup(f"笔录指纹（SHA-256）{scheme}：每页所印指纹为其前 16 位"), styles.small),
        OneLine(grouped_fingerprint(digest), fonts.body, 11.0)])]


def draft_notice(hearing: Hearing, fonts: FontSet, styles: Styles) -> list[Flowable]:
    if hearing.current_lock is not None:     # locked, but what it prints changed since
        why = "笔录锁定后内容已被改动，与锁定时的指纹不符，现只能作为草稿打印；请解锁后重新锁定。"
    else:
        why = "本笔录尚未锁定，不作签字用。笔录锁定后打印的文本才载明核对意见、签名栏和指纹。"
    return [Spacer(1, LEADING / 2), Paragraph(fonts.markup(f"{DRAFT_MARK}：" + why), styles.body)]


def history_story(hearing: Hearing, fonts: FontSet, styles: Styles, *, final: bool) -> list[Flowable]:
    """附：笔录锁定与修改记录 – every lock and the changes after each."""
    locks = hearing.locks
    if not locks or (len(locks) == 1 and not hearing.changes and final):
        return []
    numbers = turn_numbers(hearing.transcript)
    current = hearing.current_lock
    story: list[Flowable] = [
        Spacer(1, LEADING), CondPageBreak(5 * LEADING),
        Paragraph(fonts.markup("附：笔录锁定与修改记录", fonts.heading),
                  ParagraphStyle("annexhead", parent=styles.plain, fontName=fonts.heading)),
        Paragraph(fonts.markup(f"本笔录共锁定 {len(locks)} 次。每次锁定固定当时印出的全部内容及其指纹；"
                               "解锁后的每一处修改均记录在案，逐一列明如下。"), styles.body)]
    for lock in locks:
        signed = given_for(hearing, lock.number)
        when = format_moment(lock.locked_at) if lock.locked_at else "（时间不详）"
        text = f"第 {lock.number} 次锁定：{when}，指纹 {short_fingerprint(lock.fingerprint)}"
        if lock.scheme == 1:
            text += "（旧版指纹，只覆盖发言内容）"
        if lock is current:
            text += "，即本笔录。" if final else "，仍在锁定中。"
        else:
            text += "。"
        if signed:
            text += f"已有 {signed} 人就该版本签字、拒签或登记离场" + ("。" if lock is current else "，该版本的签字不适用于此后的版本。")
        if lock.unlocked_at is not None:
            text += f"于{format_moment(lock.unlocked_at)}解锁修改。"
        story.append(Paragraph(fonts.markup(text), styles.body))
        changes = [c for c in hearing.changes if c.lock == lock.number]
        if lock.unlocked_at is not None and not changes:
            story.append(Paragraph(fonts.markup("解锁后未作修改。"), styles.body))
        if changes:
            rows = []
            day = lock.unlocked_at.date() if lock.unlocked_at else None
            for c in changes:
                what = c.what
                seq = c.turn_seq
                if seq is not None:
                    now = numbers.get(seq)
                    if now is None:
                        what += "（现已删除）" if c.after else ""
                    elif f"第 {now} 段" != c.what:
                        what += f"（现第 {now} 段）"
                when = f"{c.changed_at:%H:%M}" if c.changed_at.date() == day else \
                    f"{c.changed_at.month}月{c.changed_at.day}日{c.changed_at:%H:%M}"
                rows.append([[what], [when], [c.before or "（无）"], [c.after or "（删除）"]])
            story.append(grid_table(TableBlock(("项目", "时间", "修改前", "修改后"), rows,
                                               (0.18, 0.14, 0.34, 0.34), centered=(0, 1)), fonts, styles))
    if current is None:
        story.append(Paragraph(fonts.markup("最后一次解锁后尚未重新锁定。"), styles.body))
    return story


# ---------------------------------------------------------------- writing

def write_transcript_pdf(hearing: Hearing, path: str | os.PathLike, fonts: FontSet) -> None:
    styles = make_styles(fonts)
    record = printed_record(hearing)
    final = is_final(hearing)
    digest = hearing.current_lock.fingerprint if final else None
    groups, each_page = page_initials(hearing)
    initials = _initials_lines(groups, fonts.body) if final else []
    story = header_story(record, fonts, styles)
    story += turn_story(record, fonts, styles)
    if final:
        story += signature_story(hearing, fonts, styles)
    else:
        story += draft_notice(hearing, fonts, styles)
    story += history_story(hearing, fonts, styles, final=final)
    if final:
        story += closing_story(hearing, fonts, styles, digest)
    last_page_only = not each_page and any(s.role is Role.PARTICIPANT for s in signers(hearing))
    decorate = page_decoration(record, fonts, final=final, digest=digest, initials=initials,
                               participants_last_page=last_page_only,
                               participant_label=hearing.label(Role.PARTICIPANT))
    subject = f"听证笔录 {short_fingerprint(digest)}" if final else f"听证笔录 {DRAFT_MARK}"
    doc = transcript_doc(path, fonts, bottom=_frame_bottom(len(initials)),
                         title=f"{record.matter}听证笔录" + ("" if final else f"（{DRAFT_MARK}）"),
                         author=hearing.organizer or "", subject=subject)
    doc.build(story, canvasmaker=paged_canvas(decorate))
