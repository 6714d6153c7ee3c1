import pytest

from hearing_desk.domain.articles import (
    article_label,
    cn_to_int,
    find_article_labels,
    int_to_cn,
    split_draft,
)


@pytest.mark.parametrize("text,n", [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23),
                                    ("一百", 100), ("一百零五", 105), ("一百一十", 110), ("23", 23), ("２３", 23)])
def test_chinese_numerals(text, n):
    assert cn_to_int(text) == n
    if not text.isdigit() and not text.startswith("２"):
        assert int_to_cn(n) == text


def test_every_label_up_to_300_reads_back():
    for n in range(1, 301):
        assert cn_to_int(int_to_cn(n)) == n


def test_article_labels_found_in_text_are_normalised_and_unique():
    text = "针对第四章第十六条以及第23条、第二十三条，还有第三条第二项"
    assert find_article_labels(text) == ["第十六条", "第二十三条", "第三条"]
    assert article_label(37) == "第三十七条"


def test_split_draft_into_chapters_and_articles():
    text = """光明区公共数据授权运营暂行管理办法
第一章 总则
第一条 为了规范公共数据授权运营，制定本办法。
第二条　本办法适用于光明区。
（一）第一项；
（二）第二项。
第四章 授权运营
第十六条 区公共数据主管部门负责平台建设。
"""
    draft = split_draft(text)
    assert draft.title == "光明区公共数据授权运营暂行管理办法"
    assert [a.label for a in draft.articles] == ["第一条", "第二条", "第十六条"]
    assert draft.articles[1].text == "本办法适用于光明区。\n（一）第一项；\n（二）第二项。"
    assert draft.articles[1].chapter == "第一章　总则"
    assert draft.articles[2].chapter == "第四章　授权运营" and draft.articles[2].number == 16
