"""The house style, GB/T 9704-2012 (党政机关公文格式): every number in one place.

What the standard says, and what follows here (clause numbers of the standard):

* 5.2.1 A4; 天头 (top margin) 37 mm, 订口 (left margin) 28 mm, 版心 156 mm × 225 mm;
  so the right margin is 26 mm and the bottom margin 35 mm.
* 5.2.2 / 5.2.3 3号仿宋 (16 pt); 22 lines of 28 characters, filling the 版心. 28
  characters of 16 pt are 448 pt but the line is 442.2 pt: characters are set
  15.79 pt apart (−0.21 pt spacing), as Word's document grid does
  (``w:charSpace="-849"``, 4096ths of a point). The line pitch is 225 mm / 22,
  rounded down to whole twips as Word stores it: 579 twips = 28.95 pt.
* 7.3.1 title 2号小标宋 (22 pt), centred, broken into balanced lines; one blank
  line below. 7.3.3 section levels: 一级 黑体, 二级 楷体, 三级/四级 仿宋.
* 7.3.4 附件说明: one blank line below the text, 左空二字 "附件：", several
  attachments numbered "1. ××", later names aligned with the first.
* 7.3.5.2 unsealed document (a report is not sealed by the program): one blank
  line below the text (or the 附件说明), the issuing organ 右空二字, the date on the
  next line starting two characters right of the organ's first character; a date
  longer than that is set 右空二字 and the organ moves left as much.
* 7.5 page numbers: 4号 (14 pt) 半角宋体 Arabic digits between two 一字线 (— 1 —),
  the 一字线 7 mm below the 版心's lower edge; odd pages 右空一字, even 左空一字.

Every exported document (report PDF and Word, transcript PDF) takes its geometry
from here; the tests measure the exported files against these numbers.
"""
from __future__ import annotations

from reportlab.lib.units import mm

# --- the page (5.2.1)
PAGE_W, PAGE_H = 210 * mm, 297 * mm
TOP = 37 * mm                         # 天头
LEFT = 28 * mm                        # 订口
TEXT_W = 156 * mm                     # 版心 width  (442.2 pt)
TEXT_H = 225 * mm                     # 版心 height (637.8 pt)
RIGHT = PAGE_W - LEFT - TEXT_W        # 26 mm
BOTTOM = PAGE_H - TOP - TEXT_H        # 35 mm

# --- text (5.2.2, 5.2.3)
BODY_SIZE = 16.0                      # 3号
TITLE_SIZE = 22.0                     # 2号
PAGE_NO_SIZE = 14.0                   # 4号
CELL_SIZE = 14.0                      # 4号 in tables
SMALL_SIZE = 10.5                     # 5号 (notes under tables)
CHARS_PER_LINE = 28
LINES_PER_PAGE = 22
TWIPS_PER_LINE = 579                  # int(225 mm / 22 in twips)
LINE_PITCH = TWIPS_PER_LINE / 20.0    # 28.95 pt
CHAR_PITCH = TEXT_W / CHARS_PER_LINE  # 15.79 pt
CHAR_SPACE = CHAR_PITCH - BODY_SIZE   # −0.21 pt between characters
WORD_CHAR_SPACE = round(CHAR_SPACE * 4096)   # w:docGrid/@w:charSpace: −849
LEADING = LINE_PITCH                  # older name
#: Word's body text is condensed by 0.3 pt (−6 twentieths of a point) and not
#: snapped to the character grid: LibreOffice centres a 28-cell grid (28 × 15.745 pt)
#: in the line and puts a 16 pt character that does not fit a cell into two; 15.7 pt
#: characters fit, and Word and WPS set 28 of them too (justified to the full line)
WORD_BODY_SPACING_TWIPS = -6

# --- elements (7.3, 7.5)
INDENT = 2 * CHAR_PITCH               # 左空二字 (first line of a paragraph)
PAGE_NO_RULE_GAP = 7 * mm             # 一字线 below the 版心
PAGE_NO_SIDE = PAGE_NO_SIZE           # 空一字 of the page number's own size
ISSUER_RIGHT = 2 * CHAR_PITCH         # 发文机关署名 右空二字
DATE_SHIFT = 2 * CHAR_PITCH           # 成文日期 首字右移二字
DATE_RIGHT_MIN = 2 * CHAR_PITCH       # a long date: 右空二字
CLOSING_GAP_LINES = 1                 # 下空一行 before the signature
ATTACHMENT_GAP_LINES = 1              # 正文下空一行 before 附件
TITLE_GAP_LINES = 1                   # one blank line under the title

#: Chinese fonts by the standard's role (names as Word and WPS know them)
WORD_BODY_FONT = "仿宋"
WORD_TITLE_FONT = "方正小标宋简体"
WORD_HEADING_FONT = "黑体"
WORD_KAI_FONT = "楷体"
WORD_PAGE_NO_FONT = "宋体"
WORD_LATIN_FONT = "Times New Roman"

#: the CJK em box: ideographs stand 0.88 em above the baseline, 0.12 em below
EM_ASCENT = 0.88


def em_baseline(size: float, leading: float = LINE_PITCH) -> float:
    """Distance from the top of a line slot down to the baseline of text of
    ``size`` centred in it (the em box centred in the slot)."""
    return (leading - size) / 2 + EM_ASCENT * size


def char_width(text: str) -> float:
    """Width in full characters: CJK and full-width 1, ASCII and others ½."""
    return sum(0.5 if ord(c) < 0x2E80 else 1.0 for c in text)


def title_lines(text: str, size: float = TITLE_SIZE, width: float = TEXT_W) -> list[str]:
    """The title's lines (7.3.1: 词意完整，排列对称): where it needs more than one
    line, break at a natural place – before "（《" or after "》）" – keeping the lines
    about equal. Counted in characters, so the PDF and Word break alike."""
    per_line = width / size
    if char_width(text) <= per_line:
        return [text]
    best, best_score = None, None
    for i in range(1, len(text)):
        if not (text[i] in "（《" or text[i - 1] in "》）"):
            continue
        a, b = char_width(text[:i]), char_width(text[i:])
        if a > per_line or b > per_line:
            continue
        score = abs(a - b)
        if best_score is None or score < best_score:
            best, best_score = i, score
    if best is not None:
        return [text[:best], text[best:]]
    # no natural place: cut into nearly equal lines
    n = int(-(-char_width(text) // per_line))
    step = -(-len(text) // n)
    return [text[i:i + step] for i in range(0, len(text), step)]


def closing_offsets(issuer_chars: float, date_chars: float) -> tuple[float, float]:
    """Right indents (points) of the issuing organ and the date (7.3.5.2), from
    their widths in characters."""
    issuer_w, date_w = issuer_chars * CHAR_PITCH, date_chars * CHAR_PITCH
    issuer_right = ISSUER_RIGHT
    date_right = issuer_right + issuer_w - DATE_SHIFT - date_w
    if date_right < DATE_RIGHT_MIN:            # the date is longer: it sets the place
        date_right = DATE_RIGHT_MIN
        issuer_right = date_right + date_w + DATE_SHIFT - issuer_w
    return issuer_right, date_right
