"""Measuring an exported PDF against GB/T 9704-2012 (the numbers of
hearing_desk/export/layout.py): text positions and sizes read back with
pdfplumber, the page number's 一字线 found in a raster of the page (pdftoppm)."""
from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from hearing_desk.export import layout as L

MM = 72 / 25.4


def mm(points: float) -> float:
    return points / MM


@dataclass
class TextLine:
    page: int
    slot: float               # position on the 22-line grid (0 = first line), fractional
    size: float
    chars: list[dict]
    segments: list[list[dict]] = field(default_factory=list)   # runs split at wide gaps (table cells)

    @property
    def text(self) -> str:
        return "".join(c["text"] for c in self.chars)

    @property
    def x0(self) -> float:
        return self.chars[0]["x0"]

    @property
    def x1(self) -> float:
        return self.chars[-1]["x1"]

    @property
    def fonts(self) -> set[str]:
        return {c["fontname"].split("+")[-1] for c in self.chars}


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[TextLine]               # in the 版心, top to bottom
    furniture: list[TextLine]           # outside it (page number, running head, marks)


def _baseline_from_top(ch: dict, height: float) -> float:
    return height - ch["matrix"][5]


def read_pages(path: Path) -> list[Page]:
    import pdfplumber

    pages = []
    with pdfplumber.open(str(path)) as pdf:
        for n, page in enumerate(pdf.pages, 1):
            height = float(page.height)
            groups: dict[tuple[float, float], list[dict]] = {}
            for ch in page.chars:
                if not ch["text"].strip() or ch.get("upright") is False:
                    continue
                size = round(float(ch["size"]), 1)
                if size > 60:                        # the 草稿 watermark
                    continue
                if ch["x1"] < L.LEFT - 1:            # the turn numbers in the left margin
                    continue
                base = round(_baseline_from_top(ch, height), 1)
                key = next((k for k in groups if abs(k[0] - base) < 0.6 and abs(k[1] - size) < 0.3),
                           (base, size))
                groups.setdefault(key, []).append(ch)
            inside: list[TextLine] = []
            outside: list[TextLine] = []
            for (base, size), chars in sorted(groups.items()):
                chars.sort(key=lambda c: c["x0"])
                centre = base - (L.EM_ASCENT - 0.5) * size      # middle of the em box
                slot = (centre - L.TOP - L.LINE_PITCH / 2) / L.LINE_PITCH
                line = TextLine(n, slot, size, chars, _segments(chars))
                (inside if L.TOP - 2 <= centre <= L.TOP + L.TEXT_H + 2 else outside).append(line)
            pages.append(Page(n, float(page.width), height, inside, outside))
    return pages


def _segments(chars: list[dict]) -> list[list[dict]]:
    out: list[list[dict]] = [[]]
    for ch in chars:
        if out[-1] and ch["x0"] - out[-1][-1]["x1"] > 6:
            out.append([])
        out[-1].append(ch)
    return out


def slots_used(page: Page) -> list[int]:
    return sorted({round(line.slot) for line in page.lines})


def dash_rows_mm(path: Path, page: int, dpi: int = 300) -> list[float] | None:
    """Heights (mm from the page top) of the rows where a horizontal rule at least
    3 mm long is drawn below the 版心: the page number's 一字线. None without poppler."""
    exe = shutil.which("pdftoppm")
    if not exe:
        return None
    top_mm = mm(L.TOP + L.TEXT_H) + 1
    height_mm = 20
    scale = dpi / 25.4
    out = subprocess.run(
        [exe, "-r", str(dpi), "-f", str(page), "-l", str(page), "-gray",
         "-y", str(int(top_mm * scale)), "-H", str(int(height_mm * scale)),
         "-x", "0", "-W", str(int(210 * scale)), str(path)],
        capture_output=True, check=True).stdout
    # PGM: header "P5\nW H\n255\n" then bytes
    parts = out.split(b"\n", 3)
    w, h = (int(v) for v in parts[1].split())
    data = parts[3]
    rows = []
    need = int(3 * scale)
    for y in range(h):
        row = data[y * w:(y + 1) * w]
        run = best = 0
        for px in row:
            run = run + 1 if px < 128 else 0
            best = max(best, run)
        if best >= need:
            rows.append((int(top_mm * scale) + y + 0.5) / scale)
    return rows


def counted(values) -> Counter:
    return Counter(values)
