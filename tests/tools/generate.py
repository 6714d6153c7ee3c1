"""Generate large, realistic hearings for tests and benchmarks.

    python -m tests.tools.generate --turns 3000 --opinions 600 --participants 60 out.json

The default sizes are the "full-day hearing" of the issues: 3,000 turns,
600 opinions, 60 participants. The output is seeded, so reruns are identical.
"""
from __future__ import annotations

import argparse
import json
import random
from datetime import datetime, timedelta, timezone

from hearing_desk.domain import (
    AgendaItem,
    Contact,
    Decision,
    Draft,
    DraftArticle,
    Hearing,
    Opinion,
    Person,
    ReportMeta,
    Response,
    Role,
    Turn,
    TurnKind,
)
from hearing_desk.domain.articles import article_label

_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
             "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国文辉力鹏飞宇浩然晨曦思远子涵梓萱一鸣嘉怡俊杰雨桐"
_PHRASES = [
    "关于公共数据授权运营的范围", "建议进一步明确数据安全责任", "数据分类分级应当细化",
    "授权运营单位的选择应公开透明", "收益分配机制需要研究", "应当保障个人信息权益",
    "运营平台的监督管理要加强", "建议增加退出机制", "对于跨区域的数据流通", "应明确数源部门的职责",
    "希望尽快出台配套细则", "征求意见稿第三章的表述", "合规审核建议设为必经环节",
]
_DECISIONS = [Decision.ADOPTED, Decision.PARTIALLY_ADOPTED, Decision.NOT_ADOPTED,
              Decision.ALREADY_REFLECTED, Decision.EXPLAINED, Decision.DEFERRED, Decision.PENDING]


def _sentence(rng: random.Random, n: int) -> str:
    parts = [rng.choice(_PHRASES) for _ in range(n)]
    return "，".join(parts) + "。"


def generate_hearing(turns: int = 3000, opinions: int = 600, participants: int = 60,
                     seed: int = 1, articles: int = 45) -> Hearing:
    rng = random.Random(seed)
    tz = timezone(timedelta(hours=8))
    start = datetime(2026, 3, 12, 9, 0, tzinfo=tz)
    h = Hearing(
        title="《某市全日听证测试办法（征求意见稿）》听证会",
        matter="《某市全日听证测试办法（征求意见稿）》",
        organizer="某市司法局", legal_bases=["《重大行政决策程序暂行条例》"],
        purpose="为促进科学、民主、依法决策", starts_at=start,
        ends_at=start + timedelta(hours=8), venue="某市政务服务中心第一会议室",
        report=ReportMeta(issuer="某市司法局"),
    )
    h.people += [
        Person("host", Role.HOST, "杨成", affiliation="某市教育局"),
        Person("recorder", Role.RECORDER, "刘麒麟", affiliation="某市司法局"),
        Person("presenter", Role.PRESENTER, "李奇翰", affiliation="某市司法局"),
    ]
    for i in range(1, participants + 1):
        name = rng.choice(_SURNAMES) + rng.choice(_GIVEN) + (rng.choice(_GIVEN) if rng.random() < 0.6 else "")
        h.people.append(Person(
            f"p{i}", Role.PARTICIPANT, name, seq=i, selection=rng.choice(["报名", "邀请", "抽签"]),
            description=rng.choice(["公民", "企业代表", "领域专家", "人大代表"]),
            category=rng.choice(["公民", "企业代表", "领域专家"]),
            contact=Contact(phone=f"139{rng.randrange(10**8):08d}"),
        ))
    h.agenda = [AgendaItem(1, "宣布听证纪律"), AgendaItem(2, "陈述人介绍决策事项"),
                AgendaItem(3, "听证参加人发言、询问、质证和辩论"), AgendaItem(4, "核对并签署听证笔录")]
    speakers = ["host", "presenter"] + [f"p{i}" for i in range(1, participants + 1)]
    at = start
    for seq in range(1, turns + 1):
        at += timedelta(seconds=rng.randrange(5, 15))
        if seq % 200 == 0:
            h.transcript.append(Turn(seq, "休会十分钟。", None, at=at, kind=TurnKind.NOTE, agenda_item=3))
            continue
        h.transcript.append(Turn(seq, _sentence(rng, rng.randrange(1, 6)), rng.choice(speakers),
                                 at=at, agenda_item=1 if seq < 5 else (2 if seq < 40 else 3)))
    per_person: dict[str, int] = {}
    for k in range(1, opinions + 1):
        speaker = f"p{rng.randrange(1, participants + 1)}"
        per_person[speaker] = per_person.get(speaker, 0) + 1
        decision = rng.choice(_DECISIONS)
        h.opinions.append(Opinion(
            id=f"o{k}", speaker=speaker, seq=per_person[speaker], text=_sentence(rng, 3),
            basis=_sentence(rng, 2) if rng.random() < 0.5 else None,
            articles=[article_label(rng.randrange(1, articles + 1))] if rng.random() < 0.7 else [],
            transcript_refs=[rng.randrange(1, turns + 1)] if turns else [],
            response=Response(decision, None if decision is Decision.PENDING else _sentence(rng, 2)),
        ))
    h.draft = Draft(title=h.matter, articles=[
        DraftArticle(article_label(n), _sentence(rng, 2), number=n, chapter=f"第{(n - 1) // 10 + 1}章")
        for n in range(1, articles + 1)])
    return h


def main() -> None:
    from hearing_desk.formats.interchange import to_document

    parser = argparse.ArgumentParser(description="生成用于测试和基准的大型听证会文件")
    parser.add_argument("out")
    parser.add_argument("--turns", type=int, default=3000)
    parser.add_argument("--opinions", type=int, default=600)
    parser.add_argument("--participants", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    hearing = generate_hearing(args.turns, args.opinions, args.participants, args.seed)
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(to_document(hearing), fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
