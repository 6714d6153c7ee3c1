"""Fonts for the PDF documents: which font to use, and a character the font lacks.

reportlab embeds only TrueType-outline fonts (``.ttf`` / ``.ttc`` with a ``glyf``
table); OpenType/CFF fonts such as Noto CJK fail to load. The choice follows
STYLE.md: the font the user chose (argument, else ``HEARING_DESK_FONT``), the
system's FangSong / SimSun / SimHei, other TrueType CJK fonts on the system
(AR PL UMing, WenQuanYi Zen Hei ...), and only as a last resort the
non-embedded ``STSong-Light`` CID font, with a warning that says so.

A character missing from the chosen font (rare name characters such as 䶮) is
drawn from another installed font that has it (:meth:`FontSet.markup`); the
fallback fonts are found by reading their ``cmap`` with fontTools and are loaded
into reportlab only when needed.
"""
from __future__ import annotations

import os
import sys
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ..domain.text import is_emoji, is_invisible
from .text import clean_text

ENV_VAR = "HEARING_DESK_FONT"
CID_FALLBACK = "STSong-Light"

#: Characters a font must have to count as a Chinese font.
PROBE = "听证报告笔录意见"

# File names (lower case) by kind, in order of preference.
FANGSONG = ("simfang.ttf", "fangsong.ttf", "fangsong_gb2312.ttf", "仿宋_gb2312.ttf",
            "仿宋.ttf", "stfangso.ttf", "fzfsk.ttf", "fzfsjw.ttf")
SONG = ("simsun.ttc", "simsun.ttf", "nsimsun.ttf", "stsong.ttf", "songti.ttc")
HEI = ("simhei.ttf", "黑体.ttf", "stheiti.ttf")
XIAOBIAOSONG = ("fzxbsjw.ttf", "fzxbsk.ttf", "方正小标宋简体.ttf", "方正小标宋_gbk.ttf")
OTHER_SERIF = ("uming.ttc", "ukai.ttc", "simkai.ttf", "fireflysung.ttf")
OTHER_SANS = ("wqy-zenhei.ttc", "wqy-microhei.ttc", "msyh.ttc", "msyh.ttf",
              "droidsansfallbackfull.ttf", "droidsansfallback.ttf")

_FONT_EXTENSIONS = (".ttf", ".ttc")
_IGNORED = frozenset("\n\r\t")

def _to_unicode_cmap(fontname: str, subset) -> str:
    """reportlab's ``makeToUnicodeCMap`` with characters beyond U+FFFF written as
    UTF-16 (a surrogate pair), as the PDF reference asks: reportlab 4 writes
    ``<1F468>``, an odd number of hex digits, and readers (pdftotext, pypdf, a PDF
    viewer's search and copy) then lose such a character (𠮷, an emoji)."""
    def utf16(code: int) -> str:
        if code <= 0xFFFF:
            return f"{code:04X}"
        code -= 0x10000
        return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


ttfonts.makeToUnicodeCMap = _to_unicode_cmap

HOW_TO_ADD = (f"请安装仿宋（simfang.ttf）、宋体（simsun.ttc）或其他 TrueType 中文字体，"
              f"或用环境变量 {ENV_VAR} 指定字体文件的路径")


@dataclass(frozen=True)
class FontFile:
    path: Path
    index: int = 0       # the font inside a .ttc collection

    @property
    def reg_name(self) -> str:
        """The name the font is registered under in reportlab."""
        tag = zlib.crc32(str(self.path.resolve()).encode("utf-8"))
        stem = "".join(c for c in self.path.stem if c.isascii() and c.isalnum())
        return f"HD-{stem}-{self.index}-{tag:08x}"


def system_font_dirs() -> list[Path]:
    """Folders where the operating system and the user keep fonts."""
    home = Path.home()
    if sys.platform.startswith("win"):
        dirs = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs = [Path("/System/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"),
                Path("/Library/Fonts"), home / "Library" / "Fonts"]
    else:
        data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
        dirs = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"),
                data_home / "fonts", home / ".fonts"]
    return [d for d in dirs if d.is_dir()]


def _index_dirs(dirs: tuple[Path, ...]) -> dict[str, Path]:
    """Lower-case file name → path of every TrueType file under ``dirs`` (first wins).

    Not cached: a walk takes milliseconds, and a font installed while the program
    runs is found by the next export."""
    found: dict[str, Path] = {}
    for root in dirs:
        for folder, _subdirs, files in os.walk(root):
            for name in sorted(files):
                low = name.lower()
                if low.endswith(_FONT_EXTENSIONS) and low not in found:
                    found[low] = Path(folder) / name
    return found


@lru_cache(maxsize=256)
def _cmap_of(path: Path, index: int) -> frozenset[str] | None:
    """Characters of one font (read with fontTools), or None if it cannot be embedded."""
    from fontTools.ttLib import TTFont as FTFont
    try:
        with FTFont(str(path), fontNumber=index, lazy=True) as font:
            if "glyf" not in font:
                return None
            # only the characters matter: synthetic glyph names spare decoding
            # the 'post' table, which is most of the time for a big CJK font
            font.setGlyphOrder([f"g{i}" for i in range(font["maxp"].numGlyphs)])
            cmap = font.getBestCmap() or {}
            return frozenset(chr(cp) for cp in cmap)
    except Exception:  # noqa: BLE001 - a broken font file is skipped, not fatal
        return None


@lru_cache(maxsize=64)
def _subfont_count(path: Path) -> int:
    if path.suffix.lower() != ".ttc":
        return 1
    try:
        from fontTools.ttLib import TTCollection
        with TTCollection(str(path), lazy=True) as coll:
            return len(coll.fonts)
    except Exception:  # noqa: BLE001
        return 0


@lru_cache(maxsize=64)
def _load(font: FontFile) -> frozenset[str]:
    """Register ``font`` with reportlab once per process; return its characters."""
    tt = TTFont(font.reg_name, str(font.path), subfontIndex=font.index)
    pdfmetrics.registerFont(tt)
    return frozenset(chr(cp) for cp in tt.face.charToGlyph)


def _load_or_why(font: FontFile) -> tuple[frozenset[str] | None, str]:
    """The font's characters, or None and why it cannot be the documents' font."""
    try:
        chars = _load(font)
    except (TTFError, OSError, ValueError, KeyError) as exc:
        return None, "是 OpenType/CFF 字体，无法嵌入" if "postscript" in str(exc).lower() else "无法读取或不允许嵌入"
    if not set(PROBE) <= chars:
        return None, "不含常用汉字"
    return chars, ""


def _try_load(font: FontFile, warnings: list[str], what: str) -> frozenset[str] | None:
    chars, why = _load_or_why(font)
    if chars is None:
        warnings.append(f"{what} {font.path} {why}，已改用其他字体。")
    return chars


def check_font_file(path: str | os.PathLike) -> str | None:
    """Why ``path`` cannot be the documents' body font (Chinese), or None when it can."""
    p = Path(path).expanduser()
    if not p.is_file():
        return f"找不到字体文件 {p}。"
    chars, why = _load_or_why(FontFile(p))
    return None if chars is not None else f"字体文件 {p} {why}。"


@dataclass
class FontSet:
    """The fonts of one export: body (仿宋), heading (黑体), title (小标宋)."""
    body: str
    heading: str
    title: str
    embedded: bool = True
    warnings: list[str] = field(default_factory=list)
    coverage: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    dirs: tuple[Path, ...] = field(default=(), repr=False)
    _fallback: dict[str, str | None] = field(default_factory=dict, repr=False)

    def has(self, font: str, ch: str) -> bool:
        cov = self.coverage.get(font)
        return cov is None or ch in cov

    def missing(self, text: str, font: str | None = None) -> set[str]:
        """Characters of ``text`` that ``font`` (default: the body font) lacks."""
        cov = self.coverage.get(font or self.body)
        if cov is None:
            return set()
        return {ch for ch in set(clean_text(text)).difference(cov).difference(_IGNORED) if not is_invisible(ch)}

    def fallback_for(self, ch: str) -> str | None:
        """A registered font that has ``ch``: one of ours, else another installed font."""
        if ch in self._fallback:
            return self._fallback[ch]
        found = None
        for name in (self.body, self.heading, self.title):
            if ch in self.coverage.get(name, ()):
                found = name
                break
        else:
            for candidate in _fallback_candidates(self.dirs):
                chars = _cmap_of(candidate.path, candidate.index)
                if chars is None or ch not in chars:
                    continue
                try:
                    self.coverage[candidate.reg_name] = _load(candidate)
                except (TTFError, OSError, ValueError, KeyError):
                    continue
                found = candidate.reg_name
                break
        self._fallback[ch] = found
        return found

    def markup(self, text: str, font: str | None = None) -> str:
        """``text`` as reportlab paragraph markup: escaped, line breaks kept, and each
        character ``font`` lacks wrapped in ``<font face=...>`` of a font that has it.

        Format characters (zero width joiners, variation selectors, tags) are left out:
        reportlab draws glyphs one by one and does not join them, and a fallback font
        could draw them as a visible box ("ZWJ"). An emoji ZWJ sequence such as 👨‍👩‍👧
        prints as its emoji where an installed font has them; an emoji no font has is
        left out (``unprintable_warnings`` says so) rather than printed as an empty box."""
        font = font or self.body
        text = clean_text(text)
        if not text.isprintable():
            text = "".join(ch for ch in text if not is_invisible(ch))
        lacking = self.missing(text, font)
        if not lacking:
            return escape(text).replace("\n", "<br/>")
        out: list[str] = []
        current: str | None = None
        for ch in text:
            face = None
            if ch in lacking:
                face = self.fallback_for(ch)
                if face is None and is_emoji(ch):
                    continue
            if face != current:
                if current is not None:
                    out.append("</font>")
                if face is not None:
                    out.append(f'<font face="{face}">')
                current = face
            out.append("<br/>" if ch == "\n" else escape(ch))
        if current is not None:
            out.append("</font>")
        return "".join(out)


def _candidates(index: dict[str, Path], names: tuple[str, ...]) -> list[FontFile]:
    return [FontFile(index[n]) for n in names if n in index]


def _fallback_candidates(dirs: tuple[Path, ...]) -> tuple[FontFile, ...]:
    """Every installed TrueType font, Chinese ones first, each subfont of a collection."""
    return _candidates_of(tuple(sorted(_index_dirs(dirs).items())))


@lru_cache(maxsize=8)
def _candidates_of(files: tuple[tuple[str, Path], ...]) -> tuple[FontFile, ...]:
    index = dict(files)
    preferred = [n for n in FANGSONG + SONG + HEI + XIAOBIAOSONG + OTHER_SERIF + OTHER_SANS
                 if n in index]
    names = preferred + sorted(n for n in index if n not in preferred)
    out: list[FontFile] = []
    for n in names:
        path = index[n]
        out += [FontFile(path, i) for i in range(_subfont_count(path))]
    return tuple(out)


def find_fonts(font_path: str | os.PathLike | None = None, *,
               dirs: list[Path] | None = None) -> FontSet:
    """Choose and register the fonts of an export (see the module docstring).

    ``font_path`` is the user's choice; ``None`` falls back to ``HEARING_DESK_FONT``.
    ``dirs`` are the folders searched (default: :func:`system_font_dirs`).
    """
    warnings: list[str] = []
    dirs_t = tuple(dirs if dirs is not None else system_font_dirs())
    index = _index_dirs(dirs_t)
    chosen = font_path or os.environ.get(ENV_VAR) or None
    body: FontFile | None = None
    coverage: dict[str, frozenset[str]] = {}

    def first(candidates: list[FontFile], what: str) -> FontFile | None:
        for font in candidates:
            chars = _try_load(font, warnings, what)
            if chars is not None:
                coverage[font.reg_name] = chars
                return font
        return None

    if chosen:
        path = Path(chosen).expanduser()
        if not path.is_file():
            warnings.append(f"指定的字体文件 {path} 不存在，已改用系统字体。")
        else:
            body = first([FontFile(path)], "指定的字体")
    if body is None:
        body = first(_candidates(index, FANGSONG + SONG + HEI + OTHER_SERIF + OTHER_SANS), "字体")
    if body is None:
        body = first(_generic_cjk(dirs_t), "字体")
    if body is None:
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
        warnings.append(
            "没有找到可以嵌入 PDF 的中文字体（仿宋、宋体、黑体或其他 TrueType 中文字体），"
            f"PDF 暂用不嵌入的 {CID_FALLBACK} 字体：在没有该字体的电脑或打印机上可能显示为乱码，"
            f"也不适合归档。{HOW_TO_ADD}。")
        return FontSet(CID_FALLBACK, CID_FALLBACK, CID_FALLBACK, embedded=False,
                       warnings=warnings, dirs=dirs_t)
    heading = first(_candidates(index, HEI + OTHER_SANS), "字体") or body
    title = first(_candidates(index, XIAOBIAOSONG), "字体") or heading
    return FontSet(body.reg_name, heading.reg_name, title.reg_name, warnings=warnings,
                   coverage=coverage, dirs=dirs_t)


def _generic_cjk(dirs: tuple[Path, ...]) -> list[FontFile]:
    """Any other installed TrueType font that has Chinese characters (slow path)."""
    out = []
    for font in _fallback_candidates(dirs):
        chars = _cmap_of(font.path, font.index)
        if chars is not None and set(PROBE) <= chars:
            out.append(font)
    return out
