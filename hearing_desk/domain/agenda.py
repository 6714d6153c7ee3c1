"""The agenda of a hearing: by default the order of 《重大行政决策程序暂行条例》第十七条."""
from __future__ import annotations

from .enums import Role
from .model import AgendaItem, Hearing


def default_agenda(hearing: Hearing | None = None) -> list[AgendaItem]:
    """The order of 第十七条, in this hearing's role labels (the usual ones without a hearing)."""
    def label(role: Role) -> str:
        return hearing.label(role) if hearing is not None else role.usual_label

    return [
        AgendaItem(1, f"{label(Role.HOST)}宣布听证会开始，宣读听证纪律"),
        AgendaItem(2, f"{label(Role.PRESENTER)}介绍决策草案、依据和有关情况"),
        AgendaItem(3, f"{label(Role.PARTICIPANT)}陈述意见，进行询问、质证和辩论"),
        AgendaItem(4, f"{label(Role.PARTICIPANT)}核对听证笔录并签字"),
    ]
