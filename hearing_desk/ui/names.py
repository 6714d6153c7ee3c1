"""The names the window shows for the domain's enumerations (decisions, roles, signature
states), translated when they are shown.

The domain keeps the Chinese words the documents print (``Decision.label``,
``Role.usual_label``); the window must not show those in English mode. The tables
below mark the same words for the catalogue (``QT_TRANSLATE_NOOP``: lupdate sees them,
nothing is translated at import time) and the functions translate them at display
time, so a language switched before the window is built is honoured everywhere."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ..domain.enums import Decision, Role, SignatureStatus

CONTEXT = "names"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for the catalogue (context ``context``); translated when shown."""
    return text


DECISIONS: dict[Decision, str] = {
    Decision.PENDING: QT_TRANSLATE_NOOP("names", "待处理"),
    Decision.ADOPTED: QT_TRANSLATE_NOOP("names", "采纳"),
    Decision.PARTIALLY_ADOPTED: QT_TRANSLATE_NOOP("names", "部分采纳"),
    Decision.NOT_ADOPTED: QT_TRANSLATE_NOOP("names", "不予采纳"),
    Decision.ALREADY_REFLECTED: QT_TRANSLATE_NOOP("names", "已体现"),
    Decision.EXPLAINED: QT_TRANSLATE_NOOP("names", "解释说明"),
    Decision.DEFERRED: QT_TRANSLATE_NOOP("names", "另行研究"),
    Decision.NOTED: QT_TRANSLATE_NOOP("names", "无需处理"),
}

ROLES: dict[Role, str] = {
    Role.HOST: QT_TRANSLATE_NOOP("names", "听证主持人"),
    Role.HEARING_OFFICER: QT_TRANSLATE_NOOP("names", "听证员"),
    Role.RECORDER: QT_TRANSLATE_NOOP("names", "听证记录员"),
    Role.PRESENTER: QT_TRANSLATE_NOOP("names", "听证陈述人"),
    Role.PARTICIPANT: QT_TRANSLATE_NOOP("names", "听证参加人"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("names", "听证监察人"),
    Role.OBSERVER: QT_TRANSLATE_NOOP("names", "旁听人"),
    Role.STAFF: QT_TRANSLATE_NOOP("names", "工作人员"),
}

SIGNATURES: dict[SignatureStatus, str] = {
    SignatureStatus.PENDING: QT_TRANSLATE_NOOP("names", "待签字"),
    SignatureStatus.SIGNED: QT_TRANSLATE_NOOP("names", "已签字"),
    SignatureStatus.REFUSED: QT_TRANSLATE_NOOP("names", "拒绝签字"),
    SignatureStatus.ABSENT: QT_TRANSLATE_NOOP("names", "离场未签"),
}


def shown(source: str) -> str:
    """A word of these tables (or any string marked with context ``names``), translated now."""
    return QCoreApplication.translate(CONTEXT, source)


def decision_text(decision: Decision) -> str:
    return shown(DECISIONS[Decision(decision)])


def role_text(role: Role, label: str | None = None) -> str:
    """A role's name; a hearing's own label for it (``label``, the hearing's data) is shown as typed
    unless it is the usual one."""
    if label and label != Role(role).usual_label:
        return label
    return shown(ROLES[Role(role)])


def signature_text(status: SignatureStatus) -> str:
    return shown(SIGNATURES[SignatureStatus(status)])


def hearing_role(hearing, role: Role) -> str:
    """The name a hearing gives ``role`` (its own label as typed, the usual one translated)."""
    return role_text(role, hearing.label(role) if hearing is not None else None)


#: translated "English" by the English catalogue: how the window knows its language without asking
#: the default QLocale (as Qt's own QT_LAYOUT_DIRECTION string does)
INTERFACE = QT_TRANSLATE_NOOP("names", "中文")


def chinese_interface() -> bool:
    """The window speaks Chinese (no catalogue translates it: Chinese is the source language)."""
    return shown(INTERFACE) == INTERFACE


def ui_locale() -> QLocale:
    """The QLocale of the window's language, for dates and numbers shown in it."""
    if chinese_interface():
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def fraction(numerator: int, denominator: int) -> str:
    """A quorum's fraction: 三分之二 in the Chinese interface (as the documents say it), 2/3 otherwise."""
    from ..domain.attendance import fraction_text
    return fraction_text(numerator, denominator) if chinese_interface() else f"{numerator}/{denominator}"


#: how the window writes a date: 2024年7月30日 in Chinese, "July 30, 2024" in English (a QDate format)
DATE_FORMAT = QT_TRANSLATE_NOOP("names", "yyyy年M月d日")


def date_text(day) -> str:
    """A date (``datetime.date``) as the window shows it, through the QLocale of its language."""
    from PySide6.QtCore import QDate
    return ui_locale().toString(QDate(day.year, day.month, day.day), shown(DATE_FORMAT))
