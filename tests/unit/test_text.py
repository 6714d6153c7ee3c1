"""domain/text.py: the one rule for clean text."""
from __future__ import annotations

import pytest

from hearing_desk.domain.text import clean_line, clean_text, is_emoji, is_invisible

FAMILY = "\U0001F468\u200d\U0001F469\u200d\U0001F467"     # 👨‍👩‍👧
RAINBOW_FLAG = "\U0001F3F3\ufe0f\u200d\U0001F308"          # 🏳️‍🌈


@pytest.mark.parametrize("raw, clean", [
    ("第一行\r\n第二行\r第三行", "第一行\n第二行\n第三行"),
    ("NEL\x85LS\u2028PS\u2029end", "NEL\nLS\nPS\nend"),
    ("Word 手动换行\x0b分页\x0c下一页", "Word 手动换行\n分页\n下一页"),
    ("响铃\x07转义\x1b[31m红\x1b[0m空\x00字", "响铃转义[31m红[0m空字"),
    ("DEL\x7f C1\x80\x9f", "DEL C1"),
    ("\ufeff开头的 BOM，中间\ufeff也有", "开头的 BOM，中间也有"),
    ("张\u202e三\u202a四\u202c", "张三四"),
    ("隔\u2066离\u2067符\u2068号\u2069", "隔离符号"),
    ("零\u200b宽\u2060空格", "零宽空格"),
    ("制表\t符", "制表 符"),
    ("\u200d开头和结尾\u200d", "开头和结尾"),
    ("空格 \u200d 旁边", "空格  旁边"),
    ("重复\u200c\u200c的", "重复的"),
    ("坏的代理项\ud800", "坏的代理项"),
    ("注释\ufff9符\ufffb", "注释符"),
])
def test_removed_and_normalised(raw, clean):
    assert clean_text(raw) == clean
    assert clean_text(clean) == clean
    assert clean_text(clean) == clean       # idempotent


@pytest.mark.parametrize("text", [
    "普通的中文：《光明区公共数据授权运营暂行管理办法（征求意见稿）》第二十三条。",
    "全角空格\u3000保留", "两行\n文字", FAMILY, RAINBOW_FLAG, "👍🏽 skin tone",
    "می\u200cخواهم",                        # Persian: ZWNJ inside a word
    "क्\u200dष",                             # Devanagari: ZWJ between letters
    "RLM \u200f and LRM \u200e stay", "soft\u00adhyphen", "𠮷䶮 rare characters", "",
])
def test_kept_as_typed(text):
    assert clean_text(text) == text


def test_clean_line_joins_pasted_lines():
    assert clean_line("深圳市光明区\r\n  公共服务平台\t103会议室") == "深圳市光明区 公共服务平台 103会议室"
    assert clean_line("\ufeff蔡鼎\u200b") == "蔡鼎"


def test_invisible_and_emoji():
    assert all(is_invisible(ch) for ch in "\u200d\u200c\ufe0f\U000E0067")
    assert not any(is_invisible(ch) for ch in "听a1 𠮷")
    assert all(is_emoji(ch) for ch in "\U0001F468\U0001F308\u2600\u2764\U0001F3FD")
    assert not any(is_emoji(ch) for ch in "听证a𠮷□")
