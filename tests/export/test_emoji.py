"""An emoji ZWJ sequence (👨‍👩‍👧) in a PDF: drawn as its emoji when an installed
font has them, else left out with a warning — never as a visible "ZWJ" box, even
when some installed font (GNU Unifont does this) has a glyph for the joiner."""
from __future__ import annotations

from pathlib import Path

import pytest

from hearing_desk.domain import Turn
from hearing_desk.export import export_documents
from hearing_desk.export import fonts as fonts_module
from hearing_desk.export.fonts import find_fonts

from .conftest import pdf_text
from .test_fonts import _build_font, _link, _system_font

MAN, WOMAN, GIRL, ZWJ, VS16 = "\U0001F468", "\U0001F469", "\U0001F467", "\u200d", "\ufe0f"
FAMILY = MAN + ZWJ + WOMAN + ZWJ + GIRL
HEART = "\u2764" + VS16            # ❤️


@pytest.fixture
def fonts_dir(tmp_path) -> Path:
    """A Chinese font without emoji, and a font that draws the format characters as
    visible glyphs, as Unifont's "ZWJ" and "VS16" boxes."""
    folder = tmp_path / "fonts"
    _link(folder, "uming.ttc", _system_font("uming.ttc", "wqy-zenhei.ttc"))
    _build_font(folder / "controlpictures.ttf", ZWJ + VS16 + "\u200c\ufeff")
    return folder


def _hearing(panel_hearing):
    h = panel_hearing
    h.transcript.append(Turn(max(t.seq for t in h.transcript) + 1, f"全家{FAMILY}都来了{HEART}。",
                             h.participants()[0].id))
    h.opinions[0].text += FAMILY
    return h


def test_no_font_has_the_emoji_nothing_is_drawn_for_them(panel_hearing, fonts_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(fonts_module, "system_font_dirs", lambda: [fonts_dir])
    fs = find_fonts(dirs=[fonts_dir])
    assert fs.fallback_for(ZWJ) is not None            # the trap: a font that would draw "ZWJ"
    assert fs.fallback_for(MAN) is None
    drawn = "".join(chunk for chunk, _face in fs.runs(FAMILY + "听证"))
    assert ZWJ not in drawn and VS16 not in drawn and MAN not in drawn and drawn.endswith("听证")
    h = _hearing(panel_hearing)
    warnings = export_documents(h, transcript_pdf=tmp_path / "t.pdf", report_pdf=tmp_path / "r.pdf")
    for pdf in ("t.pdf", "r.pdf"):
        text = pdf_text(tmp_path / pdf)
        assert not set(text) & {ZWJ, VS16, MAN, WOMAN, GIRL, "\u2764"}, pdf
    assert "全家都来了。" in pdf_text(tmp_path / "t.pdf")
    emoji = [w for w in warnings if "表情符号" in w]
    assert any(f"“{MAN}”(U+1F468)" in w and "PDF 中不印出这个符号" in w for w in emoji)
    assert not any("U+200D" in w or "U+FE0F" in w for w in warnings)   # joiners are never "missing"


def test_a_font_with_the_emoji_draws_them_without_joiners(panel_hearing, fonts_dir, tmp_path, monkeypatch):
    _build_font(fonts_dir / "emoji.ttf", MAN + WOMAN + GIRL + "\u2764")
    monkeypatch.setattr(fonts_module, "system_font_dirs", lambda: [fonts_dir])
    h = _hearing(panel_hearing)
    warnings = export_documents(h, transcript_pdf=tmp_path / "t.pdf")
    text = pdf_text(tmp_path / "t.pdf")
    assert f"全家{MAN}{WOMAN}{GIRL}都来了\u2764。" in text
    assert ZWJ not in text and VS16 not in text
    assert not any("表情符号" in w for w in warnings)
