"""The procedure checks (services/checks.py) said in the window's language.

A check carries its Chinese sentence (``message_zh``, which the command line prints) and,
for the window, a ``code`` and the values in it (``args``). The tables below hold the same
sentences with named fields, marked for the catalogue and translated when shown; in the
Chinese interface :func:`check_text` gives ``message_zh`` word for word (a test holds them
equal), in English the translation. A check without a code here is shown as ``message_zh``."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain import personal
from ...domain.enums import Decision, Role, SignatureStatus
from ...services import checks as c
from ..names import QT_TRANSLATE_NOOP, date_text, decision_text, fraction, role_text, signature_text

CONTEXT = "checks"

LABELS: dict[str, str] = {
    c.UNANSWERED: QT_TRANSLATE_NOOP("checks", "意见未答复"),
    c.MISSING_REASON: QT_TRANSLATE_NOOP("checks", "缺少不予采纳理由"),
    c.EMPTY_ANALYSIS: QT_TRANSLATE_NOOP("checks", "缺少分析意见"),
    c.NO_SIGNATURE: QT_TRANSLATE_NOOP("checks", "未记录签字情况"),
    c.SIGNATURE_CONFLICT: QT_TRANSLATE_NOOP("checks", "缺席者有签字记录"),
    c.REFUSAL_NOTE: QT_TRANSLATE_NOOP("checks", "拒签未注明"),
    c.RECORD_MISMATCH: QT_TRANSLATE_NOOP("checks", "笔录与指纹不符"),
    c.QUORUM: QT_TRANSLATE_NOOP("checks", "出席人数不足"),
    c.ATTENDANCE_OPEN: QT_TRANSLATE_NOOP("checks", "签到未完成"),
    c.ABSENT_SPEAKER: QT_TRANSLATE_NOOP("checks", "缺席者发言"),
    c.MATERIALS_LATE: QT_TRANSLATE_NOOP("checks", "材料送达过晚"),
    c.DEADLINE_NEAR: QT_TRANSLATE_NOOP("checks", "报告期限将至"),
    c.DEADLINE_PAST: QT_TRANSLATE_NOOP("checks", "报告已超期"),
    c.PERSONAL_DATA: QT_TRANSLATE_NOOP("checks", "文本中有个人信息"),
}

MESSAGES: dict[str, str] = {
    c.UNANSWERED: QT_TRANSLATE_NOOP("checks", "{what}尚未答复：请选择处理结果并写明分析及处理建议。"),
    c.MISSING_REASON: QT_TRANSLATE_NOOP(
        "checks", "{what}为“{decision}”，但没有写明理由（只有处理结论不算理由）：报告须说明不予采纳的原因。"),
    c.EMPTY_ANALYSIS: QT_TRANSLATE_NOOP(
        "checks", "{what}已定为“{decision}”，但“分析及处理建议”是空的，报告中该栏将为空白。"),
    c.RECORD_MISMATCH: QT_TRANSLATE_NOOP(
        "checks", "笔录锁定后内容已被改动，与第 {lock} 次锁定的指纹不符：笔录只能作为草稿打印，"
                  "请解锁后重新锁定、重新打印并签字。"),
    c.SIGNATURE_CONFLICT: QT_TRANSLATE_NOOP("checks", "{who}在签到中记为未到，却登记有“{status}”：请更正签到或签字记录。"),  # noqa: E501
    c.NO_SIGNATURE: QT_TRANSLATE_NOOP(
        "checks", "笔录已锁定待签字，但{who}的签字情况尚未记录（已签字、拒绝签字或离场未签）。"),
    c.NO_SIGNATURE + ".old": QT_TRANSLATE_NOOP(
        "checks", "笔录已锁定待签字，但{who}的签字情况尚未记录（已签字、拒绝签字或离场未签）"
                  "（此前的签字属于笔录的旧版本，须就现版本重新签字）。"),
    c.REFUSAL_NOTE: QT_TRANSLATE_NOOP("checks", "{who}拒绝签字，但没有记明理由或情况：请写下主持人或记录员的说明。"),
    c.QUORUM: QT_TRANSLATE_NOOP(
        "checks", "{role}应到 {expected} 人，实到 {present} 人，未达到出席人数要求（至少 {rule}，即 {needed} 人）。"),
    c.ATTENDANCE_OPEN: QT_TRANSLATE_NOOP(
        "checks", "{role}应到 {expected} 人，已签到 {present} 人，{unchecked} 人尚未核对：到会人数须达到 {needed} 人。"),  # noqa: E501
    c.ABSENT_SPEAKER: QT_TRANSLATE_NOOP(
        "checks", "第 {number} 段的发言人{name}在签到中记为未到：请更正签到或该段的发言人。"),
    c.MATERIALS_LATE: QT_TRANSLATE_NOOP(
        "checks", "材料于 {sent}（“{event}”）送达，距听证会仅 {days} 天，少于规定的 {required} 天。"),
    c.DEADLINE_PAST + ".dated": QT_TRANSLATE_NOOP(
        "checks", "听证报告的成文日期 {date} 晚于期限 {deadline}（听证会后 {n} 个工作日），"
                  "请在“其他需要说明的情况”中说明原因。"),
    c.DEADLINE_PAST + ".overdue": QT_TRANSLATE_NOOP(
        "checks", "听证报告应于 {deadline} 前完成（听证会后 {n} 个工作日），已超期 {late} 个工作日，仍有意见未答复完毕。"),  # noqa: E501
    c.DEADLINE_PAST: QT_TRANSLATE_NOOP(
        "checks", "听证报告应于 {deadline} 前完成（听证会后 {n} 个工作日），已超过期限，仍有意见未答复完毕。"),
    c.DEADLINE_NEAR + ".today": QT_TRANSLATE_NOOP("checks", "听证报告应于 {deadline} 前完成（今天），仍有意见未答复完毕。"),  # noqa: E501
    c.DEADLINE_NEAR: QT_TRANSLATE_NOOP(
        "checks", "听证报告应于 {deadline} 前完成（还剩 {left} 个工作日），仍有意见未答复完毕。"),
    c.PERSONAL_DATA: QT_TRANSLATE_NOOP(
        "checks", "{place}中有{data}（{masked}）：文书会照印。如不宜公开，请改写原文，或导出文书时选择遮盖个人信息。"),
}

#: where personal data was found (domain/personal.py: free_text_fields), by the place's code
_PLACES: dict[str, str] = {
    "basic_info": QT_TRANSLATE_NOOP("checks", "报告的基本情况"),
    "other_notes": QT_TRANSLATE_NOOP("checks", "报告的其他说明"),
    "person": QT_TRANSLATE_NOOP("checks", "{who}的基本情况"),
    "turn": QT_TRANSLATE_NOOP("checks", "听证笔录第 {seq} 段"),
    "opinion": "{what}",
    "basis": QT_TRANSLATE_NOOP("checks", "{what}的依据理由"),
    "analysis": QT_TRANSLATE_NOOP("checks", "{what}的分析及处理建议"),
    "dispute": QT_TRANSLATE_NOOP("checks", "第 {n} 个争议焦点"),
}

#: the kinds of personal data (domain/personal.py: KIND_LABELS)
DATA_KINDS: dict[str, str] = {
    personal.MOBILE: QT_TRANSLATE_NOOP("checks", "手机号码"),
    personal.LANDLINE: QT_TRANSLATE_NOOP("checks", "固定电话"),
    personal.ID_NUMBER: QT_TRANSLATE_NOOP("checks", "身份证号"),
    personal.EMAIL: QT_TRANSLATE_NOOP("checks", "电子邮箱"),
}

_OPINION = QT_TRANSLATE_NOOP("checks", "{0}的第{1}条意见")
_OPINION_NO_SEQ = QT_TRANSLATE_NOOP("checks", "{0}的意见")
_SIGNER = QT_TRANSLATE_NOOP("checks", "{0}{1}")
_ROLES_JOINED = QT_TRANSLATE_NOOP("checks", "、")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _opinion(speaker: object, seq: object) -> str:
    return _tr(_OPINION).format(speaker, seq) if seq is not None else _tr(_OPINION_NO_SEQ).format(speaker)


def check_label(check: c.Check) -> str:
    source = LABELS.get(check.kind)
    return _tr(source) if source is not None else check.label


def check_text(check: c.Check) -> str:
    """The check's sentence in the window's language (``message_zh`` in Chinese)."""
    template = MESSAGES.get(check.code)
    if template is None:
        return check.message_zh
    p = check.params
    fields: dict[str, object] = dict(p)
    if "speaker" in p:
        fields["what"] = _opinion(p["speaker"], p["seq"])
    if "decision" in p:
        fields["decision"] = decision_text(Decision(str(p["decision"])))
    if "status" in p:
        fields["status"] = signature_text(SignatureStatus(str(p["status"])))
    if "roles" in p:
        roles = _tr(_ROLES_JOINED).join(role_text(role, label) for role, label in p["roles"])  # type: ignore[attr-defined]
        fields["who"] = _tr(_SIGNER).format(roles, p["name"])
    if "role_label" in p:
        fields["role"] = role_text(Role.PARTICIPANT, str(p["role_label"]))
        fields["rule"] = fraction(int(p["numerator"]), int(p["denominator"]))   # type: ignore[call-overload]
    if "place" in p:
        at = dict(p["at"])     # type: ignore[call-overload]
        where: dict[str, object] = dict(at)
        if "speaker" in at:
            where["what"] = _opinion(at["speaker"], at["seq"])
        if "role" in at:
            where["who"] = _tr(_SIGNER).format(role_text(at["role"], at["role_label"]), at["name"])
        place = _PLACES.get(str(p["place"]))
        fields["place"] = _tr(place).format(**where) if place else ""
        fields["data"] = _tr(DATA_KINDS[str(p["data"])])
    for key in ("sent", "date", "deadline"):
        if key in p:
            fields[key] = date_text(p[key])
    return _tr(template).format(**fields)
