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
from dataclasses import dataclass

from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from ..domain import Hearing, Role, SignatureStatus
from ..domain.fingerprint import grouped_fingerprint, short_fingerprint
from ..domain.locking import is_final
from ..domain.printed import PrintedRecord, printed_record
from ..domain.signing import (
    InitialsGroup,
    SignState,
    given_for,
    page_initials,
    refusal_line,
    sign_status,
    signers,
)
from ..domain.text import format_date, format_moment
from ..domain.turns import turn_numbers
from .compose import TableBlock
from .fonts import FontSet
from .layout import BOTTOM, INDENT, LEFT, LINE_PITCH, PAGE_H, PAGE_NO_SIZE, TEXT_W, TOP, em_baseline
from .pages import draft_watermark, gbt_doc, page_number_baseline, paged_canvas
from .report_pdf import title_flowables
from .styles import Styles, grid_table, labelled, make_styles, para
from .typeset import GridParagraph, GridSpace, TextStyle

CONFIRMATION = "以上笔录经核对无误。"
END_MARK = "以下空白"
DRAFT_MARK = "草稿（未锁定）"
INITIALS = "本页核对签名："
FOOT_SIZE = 10.5
FOOT_LINE = 5 * mm
#: the first line of initials (or the draft's note) under the 版心, below the page number
FOOT_FIRST = 14.5 * mm
#: lines of initials that fit in the foot margin above the fingerprint's line
MAX_INITIAL_LINES = 3
NUMBER_SIZE = 9.0
BLANK_W = 14 * mm


# ---------------------------------------------------------------- flowables

class TurnParagraph(GridParagraph):
    """A turn's paragraph with the turn's number in the left margin, on its first line
    (not on a part continued on the next page)."""

    def __init__(self, runs, style: TextStyle, *, number: str | None, number_font: str, **kwargs):
        super().__init__(runs, style, **kwargs)
        self.number, self.number_font = number, number_font

    def split(self, availWidth, availHeight):  # noqa: N802,N803 - reportlab API
        parts = super().split(availWidth, availHeight)
        return [TurnParagraph(p.runs, p.style, lines=p.lines_for(availWidth), continued=p.continued,
                              number=None if p.continued else self.number, number_font=self.number_font)
                for p in parts] if len(parts) == 2 else parts

    def draw(self):
        if self.number and not self.continued:   # first, so that text extraction reads it before the turn
            canv = self.canv
            canv.setFont(self.number_font, NUMBER_SIZE)
            baseline = self.height - em_baseline(self.style.size, self.style.leading)
            canv.drawRightString(-3 * mm, baseline, self.number)
        super().draw()


class OneLine(Flowable):
    """A line that never wraps (the whole fingerprint): the size shrinks until it fits."""

    def __init__(self, text: str, font: str, size: float, *, centred: bool = False):
        super().__init__()
        self.text, self.font, self.centred = text, font, centred
        self.size = size
        while self.size > 6 and stringWidth(text, font, self.size) > TEXT_W:
            self.size -= 0.5

    def wrap(self, availWidth, availHeight):  # noqa: N802,N803 - reportlab API
        self.width = availWidth
        return availWidth, LINE_PITCH                 # one slot of the line grid

    def draw(self):
        self.canv.setFont(self.font, self.size)
        y = LINE_PITCH - em_baseline(self.size)
        if self.centred:
            self.canv.drawCentredString(self.width / 2, y, self.text)
        else:
            self.canv.drawString(0, y, self.text)


# ---------------------------------------------------------------- the page furniture

@dataclass
class Initials:
    """The per-page initials as drawn: lines of slots, a slot ``(label, name)`` (the
    label only before a group's first name), at a size that fits the foot margin."""
    lines: list[list[tuple[str, str]]]
    size: float


def _initials(groups: list[InitialsGroup], font: str) -> Initials:
    """``听证主持人 杨成＿＿  听证记录员 刘麒麟＿＿  听证参加人 汪曼＿＿ 陈德福＿＿ …`` packed
    into at most :data:`MAX_INITIAL_LINES` lines; the size shrinks (to 7.5 pt) when
    the names of a hearing do not fit at 5号. Who initials is the domain's rule
    (``page_initials``); this only lays them out."""
    slots = [(g.label if k == 0 else "", name) for g in groups for k, name in enumerate(g.names)]
    size = FOOT_SIZE
    while True:
        width = TEXT_W - stringWidth(INITIALS, font, size)
        lines: list[list[tuple[str, str]]] = []
        used = 0.0
        for label, name in slots:
            need = _slot_width(label, name, font, size)
            if lines and used + need <= width:
                lines[-1].append((label, name))
                used += need
            else:
                lines.append([(label, name)])
                used = need
        if len(lines) <= MAX_INITIAL_LINES or size <= 7.5:
            return Initials(lines, size)
        size -= 0.5


def _slot_width(label: str, name: str, font: str, size: float) -> float:
    text = f"{label} {name}" if label else name
    return stringWidth(text, font, size) + 1.5 * mm + BLANK_W + 2.5 * mm


def page_decoration(record: PrintedRecord, fonts: FontSet, *, final: bool, digest: str | None,
                    initials: Initials, participants_last_page: bool, participant_label: str):
    """Draws the running head and the foot of every page. The 版心 stays GB/T 9704's
    (22 lines); the page number sits on its line 7 mm below it, the initials, the
    fingerprint (or the draft's note) under that, in the foot margin."""
    head_style = TextStyle(fonts.body, 10.5, leading=13, char_space=0.0, align="center")
    head = f"{record.matter} · {record.title}" + ("" if final else f" · {DRAFT_MARK}")
    head_runs = fonts.runs(head)

    def decorate(canv: Canvas, page: int, total: int) -> None:
        canv.saveState()
        running = GridParagraph(head_runs, head_style)
        running.wrap(TEXT_W, TOP)
        running.drawOn(canv, LEFT, PAGE_H - TOP + 8 * mm)
        canv.setStrokeColor(black)
        canv.setLineWidth(0.5)
        canv.line(LEFT, PAGE_H - TOP + 6 * mm, LEFT + TEXT_W, PAGE_H - TOP + 6 * mm)
        canv.setFont(fonts.song, PAGE_NO_SIZE)            # 4号宋体 on GB/T 9704's page-number line
        canv.drawCentredString(LEFT + TEXT_W / 2, page_number_baseline(fonts), f"第 {page} 页 共 {total} 页")
        y = BOTTOM - FOOT_FIRST
        if final:
            size = initials.size
            canv.setFont(fonts.body, size)
            for n, line in enumerate(initials.lines):
                if n == 0:
                    canv.drawString(LEFT, y, INITIALS)
                x = LEFT + stringWidth(INITIALS, fonts.body, size)
                for label, name in line:
                    slot = f"{label} {name}" if label else name
                    canv.drawString(x, y, slot)
                    x += stringWidth(slot, fonts.body, size) + 1.5 * mm
                    canv.line(x, y - 1.5, x + BLANK_W, y - 1.5)
                    x += BLANK_W + 2.5 * mm
                y -= FOOT_LINE
            canv.setFont(fonts.body, FOOT_SIZE)
            last = f"笔录指纹 {short_fingerprint(digest)}"
            if participants_last_page:
                last = f"{participant_label}在末页签名表签名。  " + last
            canv.drawString(LEFT, y, last)
        else:
            canv.setFont(fonts.body, FOOT_SIZE)
            canv.drawString(LEFT, y, f"{DRAFT_MARK}：不作签字用")
        canv.restoreState()
    return decorate


# ---------------------------------------------------------------- the story

def header_story(record: PrintedRecord, fonts: FontSet, styles: Styles) -> list[Flowable]:
    field_style = styles.plain.but(left_indent=INDENT, first_indent=-INDENT, align="justify")
    story: list[Flowable] = title_flowables(record.title, fonts, styles)
    for f in record.fields:
        story.append(labelled(fonts, f.label, f.value, field_style, fonts.heading))
    if record.participants:
        table = TableBlock(("序号", "姓名", "基本情况或工作单位", "出席情况"),
                           [[[r.number], [r.name], [r.info], [r.attendance]] for r in record.participants],
                           (0.11, 0.2, 0.52, 0.17), centered=(0, 1, 3))
        story.append(grid_table(table, fonts, styles))
    story += [GridSpace(1), CondPageBreak(3 * LINE_PITCH),
              para(fonts, "听证记录", styles.centered.but(font=fonts.heading, keep_with_next=True))]
    return story


def turn_story(record: PrintedRecord, fonts: FontSet, styles: Styles) -> list[Flowable]:
    note_style = styles.centered.but(left_indent=INDENT, right_indent=INDENT)
    story: list[Flowable] = []

    def turn_para(text: str, style: TextStyle, number: int | None) -> TurnParagraph:
        return TurnParagraph(fonts.runs(text, style.font), style,
                             number=str(number) if number is not None else None, number_font=fonts.body)

    for turn in record.turns:
        when = f"〔{turn.time}〕" if turn.time else ""
        if turn.note:
            story.append(turn_para(when + turn.paragraphs[0], note_style, turn.number))
            continue
        label = turn.speaker + "：" if turn.speaker else ""
        first, *rest = turn.paragraphs
        story.append(turn_para(when + label + first, styles.body, turn.number))
        story += [para(fonts, line, styles.body) for line in rest]
    if not record.turns:
        story.append(para(fonts, "（尚无发言记录）", styles.centered))
    story.append(para(fonts, END_MARK, styles.centered))
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
                                  (0.1, 0.24, 0.16, 0.34, 0.16), centered=(0, 1, 2, 4)), fonts, styles,
                       min_lines=2)       # two lines high: room to sign
    return [para(fonts, CONFIRMATION, styles.body),
            GridSpace(1), CondPageBreak(4 * LINE_PITCH),
            para(fonts, "签名：", styles.plain.but(font=fonts.heading, keep_with_next=True)),
            table]


def closing_story(hearing: Hearing, fonts: FontSet, styles: Styles, digest: str) -> list[Flowable]:
    """The last lines of a signed transcript: the date of the lock and the whole fingerprint."""
    lock = hearing.current_lock
    assert lock is not None                 # only a locked transcript closes with its fingerprint
    when = lock.locked_at
    dated = (f"本笔录于{format_moment(when)}锁定供签字（第 {lock.number} 次锁定）。" if when
             else f"本笔录已锁定供签字（第 {lock.number} 次锁定）。")
    scheme = "（旧版指纹：只覆盖发言内容）" if lock.scheme == 1 else ""
    return [GridSpace(1), KeepTogether([
        para(fonts, f"日期：{format_date(when)}" if when else "日期：    年  月  日", styles.plain),
        para(fonts, dated, styles.small),
        para(fonts, f"笔录指纹（SHA-256）{scheme}：每页所印指纹为其前 16 位", styles.small),
        OneLine(grouped_fingerprint(digest), fonts.body, 11.0)])]


def draft_notice(hearing: Hearing, fonts: FontSet, styles: Styles) -> list[Flowable]:
    if hearing.current_lock is not None:     # locked, but what it prints changed since
        why = "笔录锁定后内容已被改动，与锁定时的指纹不符，现只能作为草稿打印；请解锁后重新锁定。"
    else:
        why = "本笔录尚未锁定，不作签字用。笔录锁定后打印的文本才载明核对意见、签名栏和指纹。"
    return [GridSpace(1), para(fonts, f"{DRAFT_MARK}：" + why, styles.body)]


def history_story(hearing: Hearing, fonts: FontSet, styles: Styles, *, final: bool) -> list[Flowable]:
    """附：笔录锁定与修改记录 – every lock and the changes after each."""
    locks = hearing.locks
    if not locks or (len(locks) == 1 and not hearing.changes and final):
        return []
    numbers = turn_numbers(hearing.transcript)
    current = hearing.current_lock
    story: list[Flowable] = [
        GridSpace(1), CondPageBreak(5 * LINE_PITCH),
        para(fonts, "附：笔录锁定与修改记录", styles.plain.but(font=fonts.heading, keep_with_next=True)),
        para(fonts, f"本笔录共锁定 {len(locks)} 次。每次锁定固定当时印出的全部内容及其指纹；"
                    "解锁后的每一处修改均记录在案，逐一列明如下。", styles.body)]
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
            text += f"已有 {signed} 人就该版本签字、拒签或登记离场" \
                + ("。" if lock is current else "，该版本的签字不适用于此后的版本。")
        if lock.unlocked_at is not None:
            text += f"于{format_moment(lock.unlocked_at)}解锁修改。"
        story.append(para(fonts, text, styles.body))
        changes = [c for c in hearing.changes if c.lock == lock.number]
        if lock.unlocked_at is not None and not changes:
            story.append(para(fonts, "解锁后未作修改。", styles.body))
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
        story.append(para(fonts, "最后一次解锁后尚未重新锁定。", styles.body))
    return story


# ---------------------------------------------------------------- writing

def write_transcript_pdf(hearing: Hearing, path: str | os.PathLike, fonts: FontSet) -> None:
    styles = make_styles(fonts)
    record = printed_record(hearing)
    final = is_final(hearing)
    lock = hearing.current_lock
    digest = lock.fingerprint if final and lock is not None else None
    groups, each_page = page_initials(hearing)
    initials = _initials(groups if final else [], fonts.body)
    story = header_story(record, fonts, styles)
    story += turn_story(record, fonts, styles)
    if final:
        story += signature_story(hearing, fonts, styles)
    else:
        story += draft_notice(hearing, fonts, styles)
    story += history_story(hearing, fonts, styles, final=final)
    if digest is not None:
        story += closing_story(hearing, fonts, styles, digest)
    last_page_only = not each_page and any(s.role is Role.PARTICIPANT for s in signers(hearing))
    decorate = page_decoration(record, fonts, final=final, digest=digest, initials=initials,
                               participants_last_page=last_page_only,
                               participant_label=hearing.label(Role.PARTICIPANT))
    subject = f"听证笔录 {short_fingerprint(digest)}" if final else f"听证笔录 {DRAFT_MARK}"
    doc = gbt_doc(path, fonts, title=f"{record.matter}听证笔录" + ("" if final else f"（{DRAFT_MARK}）"),
                  author=hearing.organizer or "", subject=subject)
    decorations = [decorate] if final else [draft_watermark(fonts), decorate]
    doc.build(story, canvasmaker=paged_canvas(*decorations))
