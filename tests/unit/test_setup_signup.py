"""Sign-up sheet import: header detection, row checks, GB 11643 ID numbers, all-or-nothing."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from hearing_desk.domain import Role
from hearing_desk.domain.signup import ERROR, WARNING
from hearing_desk.errors import BadInput
from hearing_desk.formats.signup import (
    header_key,
    id_check_digit,
    id_number_problem,
    match_header,
    normalize_phone,
    read_signup,
)
from hearing_desk.services.people import PeopleService


def valid_id(first17: str = "11010519491231002") -> str:
    return first17 + id_check_digit(first17)


def write_sheet(path, rows, title_rows=(), sheet="报名表"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for r in title_rows:
        ws.append(r)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@pytest.fixture
def sheet(tmp_path):
    """A realistic sheet: a title row, a header with full-width and padded words, a few bad rows."""
    return write_sheet(tmp_path / "报名表.xlsx", [
        ["序号", "姓　名", "工作单位", "联系电话（手机）", "身份证号码 *", "产生方式", "基本情况", "类别"],
        [1, "张　三", "某公司", "138 0000 1111", valid_id(), "报名", "企业代表", "企业代表"],
        [2, "", "某单位", "13900002222", None, "报名", None, None],                       # empty name
        [3, "李四", "某大学", "1390000", None, "邀请", "教授", "领域专家"],                 # short phone
        [4, "王五", None, "13700003333", valid_id()[:17] + "0" if valid_id()[17] != "0" else valid_id()[:17] + "1",
         "报名", "公民", "公民"],                                                          # bad checksum
        [5, "张三", None, "13600004444", None, "报名", None, None],                        # duplicate
        [6, "赵六", None, "0755-12345678", None, "网络报名", "公民", "公民"],                # warnings only
        [7, None, None, None, None, None, None, None],                                     # blank: skipped
        [8, "汪曼", None, None, None, "报名", None, None],                                 # already listed
    ], title_rows=[["光明区听证会报名表"], []])


def test_header_words():
    assert header_key(" 姓　名 *") == "姓名"
    assert match_header("身份证号码") == "id_number"
    assert match_header("身份") == "description"
    assert match_header("联系电话（手机）") == "phone"
    assert match_header("工作单位") == "affiliation"
    assert match_header("光明区公共数据授权运营暂行管理办法听证会报名表") is None


def test_gb11643():
    assert id_number_problem(valid_id()) is None
    assert id_number_problem("11010519491231002x") is None     # a lower-case x is accepted
    assert "校验位" in (id_number_problem(valid_id()[:17] + ("1" if valid_id()[17] != "1" else "2")) or "")
    assert "18 位" in (id_number_problem("1234") or "")
    assert "15 位" in (id_number_problem("110105491231002") or "")
    assert "出生日期" in (id_number_problem("110105194913310028") or "")
    assert "文本格式" in (id_number_problem("110105194912310000", numeric_cell=True) or "")
    # a published example: 11010519491231002X
    assert id_number_problem("11010519491231002X") is None


def test_phone_normalization():
    assert normalize_phone("138 0000 1111") == "13800001111"
    assert normalize_phone("+86 138-0000-1111") == "13800001111"
    assert normalize_phone("１３８００００１１１１") == "13800001111"


def test_read_signup_lists_every_row_with_problems(sheet, hearings, sample_id):
    existing = hearings.get(sample_id).people
    result = read_signup(sheet, existing)
    assert result.header_row == 3
    assert set(result.columns) >= {"name", "affiliation", "phone", "id_number", "selection", "description"}
    by_row = {r.row: r for r in result.rows}
    assert 10 not in by_row                                 # the blank line
    assert by_row[4].name == "张三" and by_row[4].phone == "13800001111" and by_row[4].ok
    assert by_row[5].errors[0].text == "姓名为空"
    assert "11 位" in by_row[6].errors[0].text
    assert "校验位" in by_row[7].errors[0].text
    assert "与第 4 行重复" in by_row[8].errors[0].text
    assert by_row[9].ok and {p.severity for p in by_row[9].problems} == {WARNING}
    assert "网络报名" in by_row[9].problem_text() and "固定电话" in by_row[9].problem_text()
    assert "已在听证参加人名单中（序号 1）" in by_row[11].errors[0].text
    assert [r.row for r in result.good_rows] == [4, 9]
    assert all(p.severity == ERROR for r in result.bad_rows for p in r.errors)


def test_good_rows_are_added_all_or_nothing(sheet, db, hearings, sample_id):
    """What the window does with the rows the clerk accepts (those without errors):
    one transaction, refused whole when a name is already listed."""
    people = PeopleService(db)
    before = len(hearings.get(sample_id).participants())
    result = read_signup(sheet, hearings.get(sample_id).people)
    with pytest.raises(BadInput, match="姓名不能为空"):         # row 5 has no name: nothing is stored
        people.add_people(sample_id, [r.to_person() for r in result.rows], unique_names=True)
    assert len(hearings.get(sample_id).participants()) == before
    added = people.add_people(sample_id, [r.to_person() for r in result.good_rows], unique_names=True)
    h = hearings.get(sample_id)
    assert [p.name for p in added] == ["张三", "赵六"]
    assert [p.seq for p in h.participants()][-2:] == [before + 1, before + 2]
    zhang = h.person(added[0].id)
    assert zhang.contact.id_number == valid_id() and zhang.selection == "报名" and zhang.role is Role.PARTICIPANT
    # the same sheet again: every name is now listed, nothing is stored twice
    again = read_signup(sheet, h.people)
    assert not again.good_rows
    with pytest.raises(BadInput, match="已在名单中"):
        people.add_people(sample_id, [r.to_person() for r in result.good_rows], unique_names=True)
    assert len(hearings.get(sample_id).participants()) == before + 2


def test_unreadable_files(tmp_path):
    not_xlsx = tmp_path / "名单.xlsx"
    not_xlsx.write_text("姓名,电话\n张三,138", encoding="utf-8")
    with pytest.raises(BadInput, match="不是 Excel 工作簿"):
        read_signup(not_xlsx)
    encrypted = tmp_path / "加密.xlsx"
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100
                          + "EncryptedPackage".encode("utf-16-le") + b"\0" * 100)
    with pytest.raises(BadInput, match="打开密码"):
        read_signup(encrypted)
    old = tmp_path / "旧.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 200)
    with pytest.raises(BadInput, match=r"\.xls"):
        read_signup(old)
    no_name = write_sheet(tmp_path / "无姓名.xlsx", [["单位", "电话"], ["某公司", "13800001111"]])
    with pytest.raises(BadInput, match="没有找到“姓名”列"):
        read_signup(no_name)
    with pytest.raises(BadInput, match="找不到文件"):
        read_signup(tmp_path / "nope.xlsx")


def test_numeric_cells(tmp_path):
    path = write_sheet(tmp_path / "数字.xlsx", [["姓名", "手机", "身份证号"],
                                                ["甲", 13800001111, 110105194912310000]])
    row = read_signup(path).rows[0]
    assert row.phone == "13800001111"
    assert "文本格式" in row.errors[0].text


def test_header_found_on_second_sheet(tmp_path):
    from openpyxl import Workbook
    wb = Workbook()
    wb.active.append(["说明：请在第二个工作表填写"])
    ws = wb.create_sheet("名单")
    ws.append(["名字", "单位名称", "电话"])
    ws.append(["Anna Li", "某大学", "13800001111"])
    wb.save(tmp_path / "two.xlsx")
    result = read_signup(tmp_path / "two.xlsx")
    assert result.sheet == "名单" and result.rows[0].name == "Anna Li" and result.rows[0].ok
