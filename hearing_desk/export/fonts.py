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

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ..domain.text import is_emoji, is_invisible
from .text import clean_text

ENV_VAR = "HEARING_DESK_FONT"
CID_FALLBACK = "STSong-Light"

#: Characters a font must have to count as a Chinese font.
PROBE = "听证报告笔录意见"

# File names (lower case) by kind, in order of preference: Windows (simfang …),
# 信创 Linux with the 方正 GBK fonts (FZFSK.TTF …), macOS (ST…) and free fonts.
FANGSONG = ("simfang.ttf", "fangsong.ttf", "fangsong_gb2312.ttf", "仿宋_gb2312.ttf",
            "仿宋.ttf", "fzfsk.ttf", "fzfsjw.ttf", "方正仿宋_gbk.ttf", "方正仿宋简体.ttf",
            "stfangso.ttf")
XIAOBIAOSONG = ("fzxbsk.ttf", "fzxbsjw.ttf", "方正小标宋_gbk.ttf", "方正小标宋简体.ttf")
HEI = ("simhei.ttf", "黑体.ttf", "fzhtk.ttf", "fzhtjw.ttf", "方正黑体_gbk.ttf", "方正黑体简体.ttf",
       "stheiti.ttf")
KAI = ("simkai.ttf", "kaiti.ttf", "kaiti_gb2312.ttf", "楷体_gb2312.ttf", "楷体.ttf", "fzktk.ttf",
       "fzktjw.ttf", "方正楷体_gbk.ttf", "方正楷体简体.ttf", "stkaiti.ttf", "ukai.ttc")
SONG = ("simsun.ttc", "simsun.ttf", "nsimsun.ttf", "fzssk.ttf", "方正书宋_gbk.ttf", "stsong.ttf",
        "songti.ttc", "uming.ttc")
OTHER_SERIF = ("uming.ttc", "ukai.ttc", "simkai.ttf", "fireflysung.ttf")
OTHER_SANS = ("wqy-zenhei.ttc", "wqy-microhei.ttc", "msyh.ttc", "msyh.ttf",
              "droidsansfallbackfull.ttf", "droidsansfallback.ttf")

#: kinds of Chinese faces (GB/T 9704 names them), with the file names above and
#: words of their family names (English and Chinese), checked in this order
KINDS = {
    "xiaobiaosong": (XIAOBIAOSONG, ("小标宋", "xiaobiaosong", "xbs")),
    "fangsong": (FANGSONG, ("仿宋", "fangsong")),
    "kai": (KAI, ("楷", "kaiti", "kai")),
    "hei": (HEI, ("黑体", "黑", "heiti", "hei")),
    "song": (SONG, ("宋", "song", "ming", "明")),
}
KIND_NAMES = {"fangsong": "仿宋", "xiaobiaosong": "小标宋", "hei": "黑体", "kai": "楷体", "song": "宋体"}
#: what to install, by kind: Windows file, then the 信创 (方正 GBK) font and its file
INSTALL = {
    "fangsong": "仿宋（Windows 的 simfang.ttf，或信创系统的方正仿宋_GBK，FZFSK.TTF）",
    "xiaobiaosong": "方正小标宋_GBK（FZXBSK.TTF）或方正小标宋简体（FZXBSJW.TTF）",
    "hei": "黑体（simhei.ttf，或方正黑体_GBK，FZHTK.TTF）",
    "kai": "楷体（simkai.ttf，或方正楷体_GBK，FZKTK.TTF）",
    "song": "宋体（simsun.ttc，或方正书宋_GBK，FZSSK.TTF）",
}
#: the start of the one notice about missing standard fonts (tests and the GUI look for it)
FONT_NOTICE = "本机缺少公文标准字体"

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



@lru_cache(maxsize=1024)
def _names_of(path: Path, index: int, mtime: float) -> tuple[str, ...]:
    """Family names of one font (every language), read from its ``name`` table."""
    from fontTools.ttLib import TTFont as FTFont
    try:
        with FTFont(str(path), fontNumber=index, lazy=True) as font:
            table = font["name"]
            out = []
            for rec in table.names:
                if rec.nameID in (1, 4, 16):
                    try:
                        out.append(rec.toUnicode())
                    except UnicodeDecodeError:
                        continue
            return tuple(dict.fromkeys(out))
    except Exception:  # noqa: BLE001 - an unreadable font has no names
        return ()


def family_names(font: FontFile) -> tuple[str, ...]:
    try:
        mtime = font.path.stat().st_mtime
    except OSError:
        return ()
    return _names_of(font.path, font.index, mtime)


def font_kind(font: FontFile) -> str | None:
    """仿宋, 小标宋, 楷体, 黑体 or 宋体 (as a key of :data:`KINDS`), from the file name
    or, failing that, from the family names (方正仿宋_GBK, FZFangSong-Z02S …)."""
    low = font.path.name.lower()
    for kind, (files, _words) in KINDS.items():
        if low in files:
            return kind
    names = " ".join(family_names(font)).lower()
    for kind, (_files, words) in KINDS.items():
        if any(w in names for w in words):
            return kind
    return None


def display_name(font: FontFile) -> str:
    """A font's family name as people know it: the Chinese one where it has one."""
    names = family_names(font)
    chinese = [n for n in names if any("\u4e00" <= c <= "\u9fff" for c in n)]
    return (chinese or list(names) or [font.path.name])[0]


@lru_cache(maxsize=64)
def _dash_middle(path: Path, index: int) -> float | None:
    from fontTools.ttLib import TTFont as FTFont
    try:
        with FTFont(str(path), fontNumber=index, lazy=True) as font:
            name = (font.getBestCmap() or {}).get(0x2014)
            if name is None or "glyf" not in font:
                return None
            glyph = font["glyf"][name]
            if not getattr(glyph, "numberOfContours", 0):
                return None
            glyph.recalcBounds(font["glyf"])
            return (glyph.yMin + glyph.yMax) / 2 / font["head"].unitsPerEm
    except Exception:  # noqa: BLE001
        return None

@dataclass
class FontSet:
    """The fonts of one export, by GB/T 9704's roles: body (仿宋), heading (一级,
    黑体), kai (二级, 楷体), title (小标宋) and song (page numbers, 宋体)."""
    body: str
    heading: str
    title: str
    kai: str = ""
    song: str = ""
    embedded: bool = True
    warnings: list[str] = field(default_factory=list)
    coverage: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    dirs: tuple[Path, ...] = field(default=(), repr=False)
    files: dict[str, FontFile] = field(default_factory=dict, repr=False)
    _fallback: dict[str, str | None] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.kai = self.kai or self.body
        self.song = self.song or self.body

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
        for name in dict.fromkeys((self.body, self.heading, self.title, self.kai, self.song)):
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

    def runs(self, text: str, font: str | None = None) -> list[tuple[str, str]]:
        """``text`` as (text, font) runs: ``font`` (default: body) where it has the
        character, another installed font that has it elsewhere.

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
            return [(text, font)]
        out: list[tuple[str, str]] = []
        for ch in text:
            face = font
            if ch in lacking:
                fallback = self.fallback_for(ch)
                if fallback is None and is_emoji(ch):
                    continue                # no font has it: left out, not an empty box
                face = fallback or font
            if out and out[-1][1] == face:
                out[-1] = (out[-1][0] + ch, face)
            else:
                out.append((ch, face))
        return out

    def dash_middle(self, font: str) -> float:
        """Height of the middle of "—" above the baseline, in em (for the 一字线)."""
        f = self.files.get(font)
        middle = _dash_middle(f.path, f.index) if f is not None else None
        return middle if middle is not None else 0.35


def _candidates(index: dict[str, Path], names: tuple[str, ...]) -> list[FontFile]:
    return [FontFile(index[n]) for n in names if n in index]


def _fallback_candidates(dirs: tuple[Path, ...]) -> tuple[FontFile, ...]:
    """Every installed TrueType font, Chinese ones first, each subfont of a collection."""
    return _candidates_of(tuple(sorted(_index_dirs(dirs).items())))


@lru_cache(maxsize=8)
def _candidates_of(files: tuple[tuple[str, Path], ...]) -> tuple[FontFile, ...]:
    index = dict(files)
    preferred = [n for n in dict.fromkeys(FANGSONG + SONG + HEI + KAI + XIAOBIAOSONG + OTHER_SERIF + OTHER_SANS)
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
    ``dirs`` are the folders searched (default: :func:`system_font_dirs`). Where the
    body is not a 仿宋 face or the title not a 小标宋 face, one warning (also logged)
    says what is used instead and what to install.
    """
    warnings: list[str] = []
    dirs_t = tuple(dirs if dirs is not None else system_font_dirs())
    index = _index_dirs(dirs_t)
    chosen = font_path or os.environ.get(ENV_VAR) or None
    body: FontFile | None = None
    coverage: dict[str, frozenset[str]] = {}
    files: dict[str, FontFile] = {}
    kinds = _fonts_by_kind(dirs_t, index)

    def first(candidates: list[FontFile], what: str) -> FontFile | None:
        for font in candidates:
            chars = _try_load(font, warnings, what)
            if chars is not None:
                coverage[font.reg_name] = chars
                files[font.reg_name] = font
                return font
        return None

    if chosen:
        path = Path(chosen).expanduser()
        if not path.is_file():
            warnings.append(f"指定的字体文件 {path} 不存在，已改用系统字体。")
        else:
            body = first([FontFile(path)], "指定的字体")
    if body is None:
        body = first(kinds["fangsong"] + kinds["song"] + kinds["hei"]
                     + _candidates(index, OTHER_SERIF + OTHER_SANS), "字体")
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
    heading = first(kinds["hei"] + _candidates(index, OTHER_SANS), "字体") or body
    title = first(kinds["xiaobiaosong"], "字体") or first(kinds["song"], "字体") or heading
    kai = first(kinds["kai"], "字体") or body
    song = first(kinds["song"], "字体") or body
    notice = _standard_font_notice(
        (("正文", "fangsong", body), ("标题", "xiaobiaosong", title), ("一级标题", "hei", heading),
         ("二级标题", "kai", kai), ("页码", "song", song)))
    if notice:
        warnings.append(notice)      # the window writes the export's warnings to the log
    return FontSet(body.reg_name, heading.reg_name, title.reg_name, kai=kai.reg_name,
                   song=song.reg_name, warnings=warnings, coverage=coverage, dirs=dirs_t, files=files)


def _fonts_by_kind(dirs: tuple[Path, ...], index: dict[str, Path]) -> dict[str, list[FontFile]]:
    """Installed fonts of each kind: the known file names first (in their order),
    then any other font whose family name says its kind (方正仿宋_GBK under another
    file name, say)."""
    out: dict[str, list[FontFile]] = {kind: _candidates(index, files) for kind, (files, _w) in KINDS.items()}
    known = {n for files, _w in KINDS.values() for n in files}
    for name in sorted(index):
        if name in known:
            continue
        for sub in range(_subfont_count(index[name])):
            font = FontFile(index[name], sub)
            kind = font_kind(font)
            if kind is not None:
                out[kind].append(font)
    return out


def _standard_font_notice(roles) -> str | None:
    """One sentence naming every role whose font is not the standard's kind, when
    the body or the title is among them (GB/T 9704: 仿宋 body, 小标宋 title)."""
    wrong = [(role, kind, font) for role, kind, font in roles if font_kind(font) != kind]
    if not any(role in ("正文", "标题") for role, _k, _f in wrong):
        return None
    said = "；".join(f"{role}应为{KIND_NAMES[kind]}，现用 {display_name(font)}" for role, kind, font in wrong)
    install = "、".join(dict.fromkeys(INSTALL[kind] for _r, kind, _f in wrong))
    return (f"{FONT_NOTICE}（GB/T 9704）：{said}。请安装{install}，"
            f"或用“设置 → 文书字体”（命令行 --font）指定正文字体。")


def _generic_cjk(dirs: tuple[Path, ...]) -> list[FontFile]:
    """Any other installed TrueType font that has Chinese characters (slow path)."""
    out = []
    for font in _fallback_candidates(dirs):
        chars = _cmap_of(font.path, font.index)
        if chars is not None and set(PROBE) <= chars:
            out.append(font)
    return out
