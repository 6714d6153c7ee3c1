"""Enumerations of the hearing domain, with the Chinese words the documents print.

The string values are the ones of the interchange format (``hearing-desk/1``).
"""
from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    HOST = "host"
    HEARING_OFFICER = "hearing_officer"
    RECORDER = "recorder"
    PRESENTER = "presenter"
    PARTICIPANT = "participant"
    SUPERVISOR = "supervisor"
    OBSERVER = "observer"
    STAFF = "staff"

    @property
    def usual_label(self) -> str:
        """The usual Chinese name, used where a hearing's ``role_labels`` is silent."""
        return _ROLE_LABELS[self]

    @property
    def is_official(self) -> bool:
        """Officials run the hearing; they sign the transcript too."""
        return self in (Role.HOST, Role.HEARING_OFFICER, Role.RECORDER,
                        Role.PRESENTER, Role.SUPERVISOR)


_ROLE_LABELS = {
    Role.HOST: "听证主持人",
    Role.HEARING_OFFICER: "听证员",
    Role.RECORDER: "听证记录员",
    Role.PRESENTER: "听证陈述人",
    Role.PARTICIPANT: "听证参加人",
    Role.SUPERVISOR: "听证监察人",
    Role.OBSERVER: "旁听人",
    Role.STAFF: "工作人员",
}

#: The order in which roles are listed in documents and in the setup tab.
ROLE_ORDER = (Role.HOST, Role.HEARING_OFFICER, Role.RECORDER, Role.PRESENTER,
              Role.SUPERVISOR, Role.PARTICIPANT, Role.OBSERVER, Role.STAFF)

#: The usual 产生方式 of participants (free text is allowed too).
SELECTION_CHOICES = ("报名", "邀请", "推荐", "抽签", "随机抽取", "指定")

#: The usual 类别 of participants (free text is allowed too).
CATEGORY_CHOICES = ("公民", "企业代表", "领域专家", "人大代表", "政协委员", "利害关系人代表",
                    "部门代表", "社会组织代表")


class Decision(StrEnum):
    PENDING = "pending"
    ADOPTED = "adopted"
    PARTIALLY_ADOPTED = "partially_adopted"
    NOT_ADOPTED = "not_adopted"
    ALREADY_REFLECTED = "already_reflected"
    EXPLAINED = "explained"
    DEFERRED = "deferred"
    NOTED = "noted"

    @property
    def label(self) -> str:
        """The word printed in the summary table's 处理情况 column."""
        return _DECISION_LABELS[self]

    @property
    def needs_reason(self) -> bool:
        """不予采纳 and 部分采纳 cannot be saved without an analysis."""
        return self in (Decision.NOT_ADOPTED, Decision.PARTIALLY_ADOPTED)

    @property
    def is_answered(self) -> bool:
        return self is not Decision.PENDING

    @property
    def in_analysis(self) -> bool:
        """无需处理 opinions are listed but get no row in the report's analysis table."""
        return self is not Decision.NOTED


_DECISION_LABELS = {
    Decision.PENDING: "待处理",
    Decision.ADOPTED: "采纳",
    Decision.PARTIALLY_ADOPTED: "部分采纳",
    Decision.NOT_ADOPTED: "不予采纳",
    Decision.ALREADY_REFLECTED: "已体现",
    Decision.EXPLAINED: "解释说明",
    Decision.DEFERRED: "另行研究",
    Decision.NOTED: "无需处理",
}


class SignatureStatus(StrEnum):
    """A recorded signature. ``absent`` is someone who attended but was not there to
    sign (left early): 离场未签. Being absent from the hearing is attendance
    (``Person.attended``), not a signature state."""
    PENDING = "pending"
    SIGNED = "signed"
    REFUSED = "refused"
    ABSENT = "absent"

    @property
    def label(self) -> str:
        return {"pending": "待签字", "signed": "已签字",
                "refused": "拒绝签字", "absent": "离场未签"}[self.value]


class TurnKind(StrEnum):
    SPEECH = "speech"
    NOTE = "note"
