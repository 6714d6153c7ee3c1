"""Fonts: chosen in STYLE.md's order, always embedded, rare characters drawn from
another font or named in a warning – never a silent empty box."""
from __future__ import annotations

import json
from pathlib import Path

from hearing_desk.domain import Person, Role, Turn
from hearing_desk.export import export_documents
from hearing_desk.export import fonts as fonts_module
from hearing_desk.export.fonts import find_fonts
from hearing_desk.export.glyphs import unprintable_warnings

from .conftest import pdf_text, poppler_fonts, pypdf_fonts, without_font_notice

STANDARD_14 = {"Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
               "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman",
               "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats"}


def _system_font(*names: str) -> Path:
    index = fonts_module._index_dirs(tuple(fonts_module.system_font_dirs()))
    for name in names:
        if name in index:
            return index[name]
    raise AssertionError(f"the test machine needs one of {names} (fonts-arphic-uming, fonts-wqy-zenhei)")


def _link(folder: Path, name: str, target: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    link = folder / name
    link.symlink_to(target)
    return link


def assert_all_embedded(path) -> None:
    fonts = pypdf_fonts(path)
    assert fonts, f"{path}: no fonts found"
    for name, embedded in fonts:
        assert embedded, f"{path}: font {name} is not embedded"
        assert name.lstrip("/").split("+")[-1] not in STANDARD_14, name
    rows = poppler_fonts(path)
    if rows is not None:                # poppler installed: its word too
        assert rows and all(r["emb"] == "yes" for r in rows), rows


def test_every_font_in_every_pdf_is_embedded(panel_hearing, full_hearing_path, tmp_path):
    from hearing_desk.formats.interchange import read_file

    for name, hearing in (("panel", panel_hearing), ("full", read_file(full_hearing_path))):
        report, transcript = tmp_path / f"{name}-r.pdf", tmp_path / f"{name}-t.pdf"
        export_documents(hearing, report_pdf=report, transcript_pdf=transcript)
        assert_all_embedded(report)
        assert_all_embedded(transcript)


def test_system_fonts_in_style_order(tmp_path):
    ming = _system_font("uming.ttc")
    hei = _system_font("wqy-zenhei.ttc")
    folder = tmp_path / "fonts"
    _link(folder, "wqy-zenhei.ttc", hei)
    fs = find_fonts(dirs=[folder])
    assert fs.body.startswith("HD-wqyzenhei-") and fs.embedded and without_font_notice(fs.warnings) == []
    _link(folder, "simhei.ttf", hei)            # the system's SimHei beats other fonts
    fs = find_fonts(dirs=[folder])
    assert fs.body.startswith("HD-simhei-") and fs.heading.startswith("HD-simhei-")
    _link(folder, "simsun.ttc", ming)           # SimSun beats SimHei for the body
    fs = find_fonts(dirs=[folder])
    assert fs.body.startswith("HD-simsun-") and fs.heading.startswith("HD-simhei-")
    _link(folder / "sub", "simfang.ttf", ming)  # FangSong beats both, found in sub-folders
    fs = find_fonts(dirs=[folder])
    # no 小标宋: the title is set in the 宋体 face (and the export says so)
    assert fs.body.startswith("HD-simfang-") and fs.title.startswith("HD-simsun-")


def test_the_users_font_wins(tmp_path, monkeypatch):
    ming = _system_font("uming.ttc")
    hei = _system_font("wqy-zenhei.ttc")
    folder = tmp_path / "fonts"
    _link(folder, "simfang.ttf", ming)
    chosen = _link(tmp_path / "mine", "myfont.ttc", hei)
    assert find_fonts(chosen, dirs=[folder]).body.startswith("HD-myfont-")
    monkeypatch.setenv("HEARING_DESK_FONT", str(chosen))
    assert find_fonts(dirs=[folder]).body.startswith("HD-myfont-")
    # the argument beats the environment
    other = _link(tmp_path / "mine", "other.ttc", ming)
    assert find_fonts(other, dirs=[folder]).body.startswith("HD-other-")


def _build_font(path: Path, chars: str, truetype: bool = True, family: str = "HDTest") -> Path:
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.t2CharStringPen import T2CharStringPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    names = [".notdef"] + [f"uni{ord(c):04X}" for c in chars]
    fb = FontBuilder(1000, isTTF=truetype)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({ord(c): f"uni{ord(c):04X}" for c in chars})
    if truetype:
        glyphs = {}
        for n in names:
            pen = TTGlyphPen(None)
            pen.moveTo((100, 0)), pen.lineTo((100, 700)), pen.lineTo((900, 700)), pen.closePath()
            glyphs[n] = pen.glyph()
        fb.setupGlyf(glyphs)
    else:
        charstrings = {}
        for n in names:
            pen = T2CharStringPen(1000, None)
            pen.moveTo((100, 0)), pen.lineTo((100, 700)), pen.lineTo((900, 700)), pen.closePath()
            charstrings[n] = pen.getCharString()
        fb.setupCFF("HDTestCFF", {"FullName": "HDTestCFF"}, charstrings, {})
    fb.setupHorizontalMetrics({n: (1000, 100) for n in names})
    fb.setupHorizontalHeader(ascent=880, descent=-120)
    fb.setupNameTable({"familyName": family, "styleName": "Regular", "psName": f"HDTest{path.stem}-Regular"})
    fb.setupOS2(fsType=0)
    fb.setupPost()
    fb.save(str(path))
    return path


def test_unusable_user_fonts_are_named_and_skipped(tmp_path):
    folder = tmp_path / "fonts"
    _link(folder, "uming.ttc", _system_font("uming.ttc"))
    missing = find_fonts(tmp_path / "nope.ttf", dirs=[folder])
    assert missing.body.startswith("HD-uming-")
    assert without_font_notice(missing.warnings) == [f"指定的字体文件 {tmp_path / 'nope.ttf'} 不存在，已改用系统字体。"]
    cff = _build_font(tmp_path / "cff.otf", fonts_module.PROBE, truetype=False)
    fs = find_fonts(cff, dirs=[folder])
    assert fs.body.startswith("HD-uming-")
    assert without_font_notice(fs.warnings) == [f"指定的字体 {cff} 是 OpenType/CFF 字体，无法嵌入，已改用其他字体。"]
    latin = _build_font(tmp_path / "latin.ttf", "abcdef")
    fs = find_fonts(latin, dirs=[folder])
    assert without_font_notice(fs.warnings) == [f"指定的字体 {latin} 不含常用汉字，已改用其他字体。"]


def test_without_any_truetype_font_the_cid_fallback_is_announced(sample_hearing, tmp_path, monkeypatch):
    fs = find_fonts(dirs=[tmp_path])
    assert not fs.embedded and fs.body == "STSong-Light"
    monkeypatch.setattr(fonts_module, "system_font_dirs", lambda: [tmp_path])
    warnings = export_documents(sample_hearing, report_pdf=tmp_path / "r.pdf")
    assert len(warnings) == 1
    assert "没有找到可以嵌入 PDF 的中文字体" in warnings[0]
    assert "STSong-Light" in warnings[0] and "HEARING_DESK_FONT" in warnings[0]
    assert "仿宋（simfang.ttf）" in warnings[0]
    assert "汪曼" in pdf_text(tmp_path / "r.pdf")          # still a usable document
    assert pypdf_fonts(tmp_path / "r.pdf") == [("/STSong-Light", False)]


def test_a_character_the_font_lacks_comes_from_another_installed_font(box_font, panel_hearing, tmp_path):
    fs = find_fonts(box_font)
    assert fs.body.startswith("HD-hdtestbox-")
    runs = fs.runs("刘䶮：听证")
    (first, first_face), (last, last_face) = runs[0], runs[-1]
    assert first_face != fs.body and "䶮" in first                  # drawn from another font
    assert last_face == fs.body and last.endswith("听证")
    assert fs.fallback_for("䶮") not in (None, fs.body)
    panel_hearing.people.append(Person("a10", Role.PARTICIPANT, "刘䶮", description="公民", seq=10))
    panel_hearing.transcript.append(Turn(10, "我是刘䶮，同意。", "a10"))
    warnings = export_documents(panel_hearing, transcript_pdf=tmp_path / "t.pdf", font_path=box_font)
    assert not any("“䶮”" in w for w in warnings)
    text = pdf_text(tmp_path / "t.pdf")
    assert "听证代表（刘䶮）：我是刘䶮，同意。" in text
    names = [n for n, _e in pypdf_fonts(tmp_path / "t.pdf")]
    assert any("HDTestBox" in n for n in names) and len(names) >= 2
    assert_all_embedded(tmp_path / "t.pdf")


def test_a_character_no_font_has_is_named_with_where_it_occurs(box_font, panel_hearing, tmp_path,
                                                                 monkeypatch):
    only_box = tmp_path / "fonts"
    _link(only_box, "hdtestbox.ttf", box_font)
    monkeypatch.setattr(fonts_module, "system_font_dirs", lambda: [only_box])
    h = panel_hearing
    h.people.append(Person("a10", Role.PARTICIPANT, "吉𠮷", description="公民", seq=10))
    h.transcript.append(Turn(10, "我叫吉𠮷。", "a10"))
    fs = find_fonts(dirs=[only_box])
    warnings = unprintable_warnings(h, fs)
    rare = [w for w in warnings if "“𠮷”(U+20BB7)" in w]
    assert rare == [
        "人员“吉𠮷”的姓名、笔录第10段中的字符“𠮷”(U+20BB7) 在所有已安装字体中都找不到，"
        "PDF 中该字会印成空白方框。" + fonts_module.HOW_TO_ADD + "（需含有该字）。"]
    exported = export_documents(h, report_pdf=tmp_path / "r.pdf", transcript_pdf=tmp_path / "t.pdf")
    assert any(w.startswith("人员“吉𠮷”的姓名、笔录第10段中的字符“𠮷”(U+20BB7) 在所有已安装字体中都找不到")
               for w in exported)


def test_rare_characters_of_the_every_field_file(full_hearing_path, tmp_path):
    """赵𠮷 and 刘䶮 of tests/data/full-hearing.json: 䶮 is drawn, 𠮷 is found or named."""
    from hearing_desk.formats.interchange import read_file

    hearing = read_file(full_hearing_path)
    fs = find_fonts()
    warnings = export_documents(hearing, transcript_pdf=tmp_path / "t.pdf")
    text = pdf_text(tmp_path / "t.pdf")
    assert "刘䶮" in text
    assert not any("“䶮”" in w for w in warnings)
    if fs.fallback_for("𠮷") is None:
        assert any(w.startswith("人员“赵𠮷”的姓名") and "U+20BB7" in w for w in warnings)
    else:
        assert "赵𠮷" in text and not any("“𠮷”" in w for w in warnings)
    json.dumps(warnings, ensure_ascii=False)        # plain strings for the command line


# --- the standard's faces (GB/T 9704: 仿宋 body, 小标宋 title, 黑体 一级, 楷体 二级, 宋体 page numbers)

def test_government_fonts_are_recognised_by_file_name(tmp_path):
    """信创 Linux's 方正 GBK fonts (FZFSK.TTF …) and Windows' sim*.ttf each take their role."""
    from hearing_desk.export.fonts import FONT_NOTICE, FontFile, font_kind

    ming, hei, kai = _system_font("uming.ttc"), _system_font("wqy-zenhei.ttc"), _system_font("ukai.ttc")
    folder = tmp_path / "fonts"
    for name, target in (("FZFSK.TTF", ming), ("FZXBSK.TTF", hei), ("FZHTK.TTF", hei),
                         ("FZKTK.TTF", kai), ("simsun.ttc", ming)):
        _link(folder, name, target)
    assert [font_kind(FontFile(folder / n)) for n in ("FZFSK.TTF", "FZXBSK.TTF", "FZHTK.TTF", "FZKTK.TTF")] \
        == ["fangsong", "xiaobiaosong", "hei", "kai"]
    fs = find_fonts(dirs=[folder])
    assert fs.body.startswith("HD-FZFSK-") and fs.title.startswith("HD-FZXBSK-")
    assert fs.heading.startswith("HD-FZHTK-") and fs.kai.startswith("HD-FZKTK-")
    assert fs.song.startswith("HD-simsun-")
    assert not any(w.startswith(FONT_NOTICE) for w in fs.warnings)     # all standard: nothing to say


def test_government_fonts_are_recognised_by_family_name(tmp_path):
    """A 方正仿宋_GBK under another file name is still 仿宋 (its name table says so)."""
    from hearing_desk.export.fonts import PROBE, FontFile, font_kind

    folder = tmp_path / "fonts"
    folder.mkdir()
    fang = _build_font(folder / "a1.ttf", PROBE + "0123456789", family="方正仿宋_GBK")
    kai = _build_font(folder / "a2.ttf", PROBE, family="FZKai-Z03S")
    assert font_kind(FontFile(fang)) == "fangsong" and font_kind(FontFile(kai)) == "kai"
    fs = find_fonts(dirs=[folder])
    assert fs.body.startswith("HD-a1-") and fs.kai.startswith("HD-a2-")


def test_missing_standard_fonts_are_named_once(sample_hearing, tmp_path, monkeypatch):
    """No 仿宋 and no 小标宋: ONE warning names what is used and what to install (the
    window writes it to the log, tests/gui/responses/test_report.py)."""
    from hearing_desk.export.fonts import FONT_NOTICE

    folder = tmp_path / "fonts"
    _link(folder, "wqy-zenhei.ttc", _system_font("wqy-zenhei.ttc"))
    monkeypatch.setattr(fonts_module, "system_font_dirs", lambda: [folder])
    warnings = export_documents(sample_hearing, report_pdf=tmp_path / "r.pdf", transcript_pdf=tmp_path / "t.pdf")
    notices = [w for w in warnings if w.startswith(FONT_NOTICE)]
    assert len(notices) == 1
    notice = notices[0]
    assert "正文应为仿宋，现用 文泉" in notice and "标题应为小标宋" in notice
    assert "simfang.ttf" in notice and "FZFSK.TTF" in notice and "FZXBSK.TTF" in notice
