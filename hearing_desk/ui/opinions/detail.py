"""What the register shows of the selected opinion below the table: its full text,
basis, articles, topic, the transcript passages it came from (links), the disputed
questions it belongs to and its answer — as HTML for a QTextBrowser."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from ...domain import Hearing, Opinion
from ..names import decision_text

translate = QCoreApplication.translate


def empty_html() -> str:
    hint = translate("OpinionDetail", "在上方登记表中选择一条意见，这里显示它的全文、依据和答复。")
    return f"<p style='color:#666'>{hint}</p>"


def detail_html(hearing: Hearing, o: Opinion, numbers: dict[int, int], disputes: list[int]) -> str:
    """``numbers``: the turns' printed numbers by seq; ``disputes``: the numbers of the
    disputed questions the opinion is linked to. Links: ``turn:SEQ``, ``answer:ID``."""
    words = {     # translated here, not inside the f-strings below (lupdate reads only these)
        "seq": translate("OpinionDetail", "第 {0} 条意见"),
        "text": translate("OpinionDetail", "意见或建议"),
        "basis": translate("OpinionDetail", "依据、理由"),
        "articles": translate("OpinionDetail", "涉及条款"),
        "topic": translate("OpinionDetail", "主题"),
        "passage": translate("OpinionDetail", "第 {0} 段"),
        "sources": translate("OpinionDetail", "笔录出处"),
        "question": translate("OpinionDetail", "问题{0}"),
        "disputes": translate("OpinionDetail", "争论问题"),
        "decision": translate("OpinionDetail", "处理情况"),
        "answer": translate("OpinionDetail", "到“意见处理”中答复 →"),
    }
    e = html.escape
    p = hearing.person(o.speaker)
    name = p.name if p else o.speaker
    number = words["seq"].format(o.seq if o.seq is not None else "?")
    parts = [f"<h3 style='margin:0'>{e(name)} · {number}</h3>"]
    if p and p.description:
        parts.append(f"<p style='color:#555;margin-top:2px'>{e(p.description)}</p>")
    parts.append(f"<p><b>{words['text']}：</b>{e(o.text)}</p>")
    if o.basis:
        parts.append(f"<p><b>{words['basis']}：</b>{e(o.basis)}</p>")
    meta = []
    if o.articles:
        meta.append(f"<b>{words['articles']}：</b>{e('、'.join(o.articles))}")
    if o.topic:
        meta.append(f"<b>{words['topic']}：</b>{e(o.topic)}")
    if o.transcript_refs:
        links = "、".join(f"<a href='turn:{r}'>{words['passage'].format(numbers.get(r, '?'))}</a>"
                          for r in o.transcript_refs)
        meta.append(f"<b>{words['sources']}：</b>{links}")
    if disputes:
        meta.append(f"<b>{words['disputes']}：</b>" + "、".join(words["question"].format(n) for n in disputes))
    if meta:
        parts.append("<p>" + "　".join(meta) + "</p>")
    colour = "#1b7f3b" if o.decision.is_answered else "#b3261e"
    answer = f"<b>{words['decision']}：</b><span style='color:{colour}'>{e(decision_text(o.decision))}</span>"
    if o.response and o.response.analysis:
        answer += f"<br>{e(o.response.analysis)}"
    parts.append(f"<p>{answer}</p>")
    parts.append(f"<p><a href='answer:{e(o.id)}'>{words['answer']}</a></p>")
    return "".join(parts)
