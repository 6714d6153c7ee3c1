"""What the answering page shows beside the editor: the opinion at hand with its
context — its text and basis, the draft's articles it names, the transcript passage
it came from — as HTML for a QTextBrowser."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from ...domain import Hearing, Opinion, Turn


def context_html(hearing: Hearing, o: Opinion, turns: list[tuple[int, Turn]]) -> str:
    """The opinion, its basis, the articles' text from the draft, the transcript passage
    (``turns``: each with its printed number)."""
    words = {
        "seq": QCoreApplication.translate("AnswerPage", "第 {0} 条意见"),
        "text": QCoreApplication.translate("AnswerPage", "意见或建议"),
        "basis": QCoreApplication.translate("AnswerPage", "依据、理由"),
        "articles": QCoreApplication.translate("AnswerPage", "涉及条款（征求意见稿原文）"),
        "missing": QCoreApplication.translate("AnswerPage", "征求意见稿中没有这一条"),
        "no_draft": QCoreApplication.translate("AnswerPage", "尚未导入征求意见稿，可在“听证会设置”中导入"),
        "passage": QCoreApplication.translate("AnswerPage", "笔录原文"),
        "no_refs": QCoreApplication.translate("AnswerPage", "这条意见没有标注笔录出处。"),
        "lost": QCoreApplication.translate("AnswerPage", "笔录中找不到这条意见出处的段落（可能已被删除）。"),
        "note": QCoreApplication.translate("AnswerPage", "（程序记录）"),
    }
    e = html.escape
    p = hearing.person(o.speaker)
    name = p.name if p else o.speaker
    out = [f"<h3 style='margin:0'>{e(name)} · {e(words['seq'].format(o.seq if o.seq is not None else '?'))}</h3>"]
    if p and p.description:
        out.append(f"<p style='color:#555;margin-top:2px'>{e(p.description)}</p>")
    out.append(f"<p><b>{words['text']}：</b>{e(o.text)}</p>")
    if o.basis:
        out.append(f"<p><b>{words['basis']}：</b>{e(o.basis)}</p>")
    if o.articles:
        out.append(f"<h4 style='margin-bottom:2px'>{words['articles']}</h4>")
        articles = {a.label: a for a in (hearing.draft.articles if hearing.draft else [])}
        for label in o.articles:
            a = articles.get(label)
            if a is None:
                hint = (words['missing'] if hearing.draft and hearing.draft.articles
                        else words['no_draft'])
                out.append(f"<p><b>{e(label)}</b>　<span style='color:#777'>（{hint}）</span></p>")
            else:
                chapter = f"<span style='color:#777'>（{e(a.chapter)}）</span>" if a.chapter else ""
                text = "<br>".join(e(line) for line in a.text.splitlines())
                out.append(f"<p style='background:#f6f8fa;padding:4px'><b>{e(a.label)}</b>{chapter}　{text}</p>")
    out.append(f"<h4 style='margin-bottom:2px'>{words['passage']}</h4>")
    if not o.transcript_refs:
        out.append(f"<p style='color:#777'>{words['no_refs']}</p>")
    elif not turns:
        out.append(f"<p style='color:#777'>{words['lost']}</p>")
    for number, t in turns:
        who = hearing.speaker_label(t) if not t.is_note else words['note']
        out.append(f"<p><a href='turn:{t.seq}'>#{number}</a>　<b>{e(who)}：</b>{e(t.text)}</p>")
    return "".join(out)
