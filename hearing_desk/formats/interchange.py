"""The interchange format ``hearing-desk/1``: validation, reading and writing.

Reading refuses a bad document whole, naming every place that is wrong
(``opinions[3].speaker：找不到 id 为 "a99" 的人员``). Writing gives back exactly
the fields the document said, so that import then export is lossless.

The program's own optional fields (docs/hearing-format.md): ``record`` (every lock of
the transcript with its fingerprint, the changes logged between locks), ``settings``
(procedure settings that differ from the defaults – the transcript's fingerprint
depends on whether turn times are printed) and ``people[].signature.lock`` (the lock a
signature was given for), ``recordings`` (the hearing's sound: file name, SHA-256,
length – the files travel beside the hearing file, services.recordings) and
``transcript[].audio`` (a turn's recording and its offsets in ms). A file without them
imports as before.
"""
from __future__ import annotations

import json
from dataclasses import fields
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..domain import (
    AgendaItem,
    Contact,
    Decision,
    Draft,
    DraftArticle,
    Hearing,
    Milestone,
    Opinion,
    Person,
    ProcedureSettings,
    RecordChange,
    Recording,
    ReportMeta,
    Response,
    Role,
    Signature,
    SignatureStatus,
    TranscriptLock,
    Turn,
    TurnKind,
)
from ..domain.model import Dispute
from ..domain.text import clean_tree
from ..errors import BadInput
from ..files import atomic_write_bytes
from ..paths import schema_path
from .safety import MAX_JSON_BYTES, load_json, read_limited

FORMAT = "hearing-desk/1"
MAX_PROBLEMS = 20


@lru_cache(maxsize=1)
def _schema() -> dict:
    return json.loads(schema_path().read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _validator():
    """jsonschema's validator: every error with its place (used to explain a bad file)."""
    import jsonschema

    schema = _schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(_inline_refs(schema, schema.get("$defs", {})))


@lru_cache(maxsize=1)
def _fast_check():
    """fastjsonschema's compiled check: a yes/no in ~25 ms for a full-day hearing, where
    jsonschema takes ~600 ms. It reads the schema as draft-07; the schema uses only
    keywords that mean the same in draft-07 and 2020-12 (type, properties, required,
    additionalProperties, items, enum, const, pattern, minLength, minimum,
    propertyNames), and a test holds every bad file of the test suite against both."""
    import fastjsonschema

    schema = _schema()
    inlined = _inline_refs({k: v for k, v in schema.items() if k not in ("$schema", "$id", "$defs")},
                           schema.get("$defs", {}))
    return fastjsonschema.compile(inlined)


def _schema_ok(doc: Any) -> bool:
    import fastjsonschema

    try:
        _fast_check()(doc)
    except fastjsonschema.JsonSchemaValueException:
        return False
    return True


def _inline_refs(node, defs: dict):
    """Replace ``{"$ref": "#/$defs/x"}`` by the definition itself.

    The schema has no recursion, and resolving thousands of references is most
    of the validation time of a full-day hearing.
    """
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/") and len(node) == 1:
            return _inline_refs(defs[ref.removeprefix("#/$defs/")], defs)
        return {k: _inline_refs(v, defs) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline_refs(v, defs) for v in node]
    return node


def _place(path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "（文件顶层）"


_TYPE_WORDS = {"object": "对象", "array": "列表", "string": "文本", "integer": "整数",
               "boolean": "true 或 false", "null": "null", "number": "数字"}


def _schema_message(error) -> str:
    v, val, inst = error.validator, error.validator_value, error.instance
    if v == "required":
        missing = [k for k in val if isinstance(inst, dict) and k not in inst]
        return "缺少必填字段 " + "、".join(f'"{k}"' for k in missing)
    if v == "additionalProperties":
        extra = sorted(set(inst) - set(error.schema.get("properties", {}))) if isinstance(inst, dict) else []
        return "不认识的字段 " + "、".join(f'"{k}"' for k in extra)
    if v == "type":
        types = val if isinstance(val, list) else [val]
        actual = json.dumps(inst, ensure_ascii=False)[:40]
        return "应为" + "或".join(_TYPE_WORDS.get(str(t), str(t)) for t in types) + f"，实际是 {actual}"
    if v == "enum":
        return f"取值 {json.dumps(inst, ensure_ascii=False)} 不在允许范围内（" + "、".join(map(str, val)) + "）"
    if v == "const":
        return f"应为 {json.dumps(val, ensure_ascii=False)}，实际是 {json.dumps(inst, ensure_ascii=False)[:40]}"
    if v == "minLength":
        return "不能为空"
    if v == "minimum":
        return f"应不小于 {val}，实际是 {inst}"
    if v == "pattern":
        if "T" in str(val):
            return f"时间格式不对：{inst!r}，应为 2024-07-16T15:00:00+08:00 这样带时区的 ISO 8601 时间"
        return f"日期格式不对：{inst!r}，应为 2024-07-16 这样的日期"
    if v == "propertyNames":
        return f"角色名 {json.dumps(inst, ensure_ascii=False)[:60]} 不在允许范围内"
    return error.message


def validate(doc: Any) -> None:
    """Raise :class:`BadInput` listing every problem of ``doc``; return if it is good."""
    problems: list[str] = []
    if not _schema_ok(doc):
        # a bad file: jsonschema lists every problem with its place
        errors = sorted(_validator().iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
        for error in errors:
            problems.append(f"{_place(error.absolute_path)}：{_schema_message(error)}")
        if not problems:   # the two validators disagree: refuse rather than store a doubtful file
            problems.append("（文件顶层）：文件不符合 hearing-desk/1 格式")
    if not problems:
        problems = _rule_problems(doc)
    if problems:
        shown = problems[:MAX_PROBLEMS]
        if len(problems) > MAX_PROBLEMS:
            shown.append(f"……另有 {len(problems) - MAX_PROBLEMS} 处问题")
        raise BadInput(f"听证会文件有 {len(problems)} 处问题，未导入任何内容：", shown)


def _rule_problems(doc: dict) -> list[str]:
    """The rules of hearing-format.md that the schema cannot say."""
    problems: list[str] = []
    ids: dict[str, int] = {}
    for i, p in enumerate(doc.get("people", [])):
        if p["id"] in ids:
            problems.append(f'people[{i}].id：id "{p["id"]}" 与 people[{ids[p["id"]]}] 重复')
        else:
            ids[p["id"]] = i
    seqs: dict[int, int] = {}
    agenda = {a["seq"] for a in doc.get("agenda", [])}
    for i, t in enumerate(doc.get("transcript", [])):
        speaker = t.get("speaker")
        if speaker is not None and speaker not in ids:
            problems.append(f'transcript[{i}].speaker：找不到 id 为 "{speaker}" 的人员')
        if t["seq"] in seqs:
            problems.append(f'transcript[{i}].seq：序号 {t["seq"]} 与 transcript[{seqs[t["seq"]]}] 重复')
        else:
            seqs[t["seq"]] = i
        if "agenda_item" in t and t["agenda_item"] not in agenda:
            problems.append(f"transcript[{i}].agenda_item：议程中没有序号为 {t['agenda_item']} 的步骤")
    agenda_seqs: dict[int, int] = {}
    for i, a in enumerate(doc.get("agenda", [])):
        if a["seq"] in agenda_seqs:
            problems.append(f"agenda[{i}].seq：序号 {a['seq']} 与 agenda[{agenda_seqs[a['seq']]}] 重复")
        else:
            agenda_seqs[a["seq"]] = i
    op_ids: dict[str, int] = {}
    pairs: dict[tuple[str, int], int] = {}
    for i, o in enumerate(doc.get("opinions", [])):
        if o["id"] in op_ids:
            problems.append(f'opinions[{i}].id：id "{o["id"]}" 与 opinions[{op_ids[o["id"]]}] 重复')
        else:
            op_ids[o["id"]] = i
        if o["speaker"] not in ids:
            problems.append(f'opinions[{i}].speaker：找不到 id 为 "{o["speaker"]}" 的人员')
        if "seq" in o:
            pair = (o["speaker"], o["seq"])
            if pair in pairs:
                problems.append(f'opinions[{i}].seq：人员 "{o["speaker"]}" 的第 {o["seq"]} 条意见'
                                f"与 opinions[{pairs[pair]}] 重复")
            else:
                pairs[pair] = i
        for j, ref in enumerate(o.get("transcript_refs", [])):
            if ref not in seqs:
                problems.append(f"opinions[{i}].transcript_refs[{j}]：笔录中没有序号为 {ref} 的发言")
    links = doc.get("dispute_opinions", [])
    if len(links) > len(doc.get("disputes", [])):
        problems.append(f"dispute_opinions：有 {len(links)} 项，但 disputes 只有 {len(doc.get('disputes', []))} 项")
    for i, linked in enumerate(links):
        for j, oid in enumerate(linked):
            if oid not in op_ids:
                problems.append(f'dispute_opinions[{i}][{j}]：找不到 id 为 "{oid}" 的意见')
    h = doc["hearing"]
    for key in ("starts_at", "ends_at"):
        if key in h:
            try:
                datetime.fromisoformat(h[key])
            except ValueError:
                problems.append(f"hearing.{key}：时间不存在：{h[key]!r}")
    if "starts_at" in h and "ends_at" in h and not problems:
        if datetime.fromisoformat(h["ends_at"]) < datetime.fromisoformat(h["starts_at"]):
            problems.append("hearing.ends_at：结束时间早于开始时间")
    for i, m in enumerate(h.get("milestones", [])):
        problems += _date_problem(m["date"], f"hearing.milestones[{i}].date")
    if "date" in doc.get("report", {}):
        problems += _date_problem(doc["report"]["date"], "report.date")
    for i, t in enumerate(doc.get("transcript", [])):
        if "at" in t:
            try:
                datetime.fromisoformat(t["at"])
            except ValueError:
                problems.append(f"transcript[{i}].at：时间不存在：{t['at']!r}")
    problems += _record_problems(doc)
    problems += _audio_problems(doc)
    settings = doc.get("settings", {})
    if settings.get("quorum_numerator", 0) > settings.get("quorum_denominator", 3):
        problems.append("settings.quorum_numerator：到会比例的分子不能大于分母")
    return problems


def _audio_problems(doc: dict) -> list[str]:
    """Recording ids and file names once each; a turn's audio names a recording."""
    problems: list[str] = []
    ids: dict[str, int] = {}
    files: dict[str, int] = {}
    for i, r in enumerate(doc.get("recordings", [])):
        if r["id"] in ids:
            problems.append(f'recordings[{i}].id：id "{r["id"]}" 与 recordings[{ids[r["id"]]}] 重复')
        else:
            ids[r["id"]] = i
        if r["file"] in files:
            problems.append(f'recordings[{i}].file：文件名 "{r["file"]}" 与 recordings[{files[r["file"]]}] 重复')
        else:
            files[r["file"]] = i
        if "started_at" in r:
            try:
                datetime.fromisoformat(r["started_at"])
            except ValueError:
                problems.append(f"recordings[{i}].started_at：时间不存在：{r['started_at']!r}")
    for i, t in enumerate(doc.get("transcript", [])):
        audio = t.get("audio")
        if audio is None:
            continue
        if audio["recording"] not in ids:
            problems.append(f'transcript[{i}].audio.recording：找不到 id 为 "{audio["recording"]}" 的录音')
        if "end_ms" in audio and audio["end_ms"] < audio["start_ms"]:
            problems.append(f"transcript[{i}].audio.end_ms：结束位置早于开始位置")
    return problems


def _record_problems(doc: dict) -> list[str]:
    """Locks numbered 1, 2, 3 … in order, only the last one still in force; changes and
    signatures pointing to locks that exist (a change: to a lock that was lifted)."""
    problems: list[str] = []
    record = doc.get("record", {})
    locks = record.get("locks", [])
    lifted = set()
    for i, lock in enumerate(locks):
        place = f"record.locks[{i}]"
        if lock["number"] != i + 1:
            problems.append(f"{place}.number：锁定应依次编号，这里应为 {i + 1}，实际是 {lock['number']}")
        if "unlocked_at" in lock:
            lifted.add(lock["number"])
        elif i < len(locks) - 1:
            problems.append(f"{place}.unlocked_at：只有最后一次锁定可以仍在锁定中，之前的锁定须有解锁时间")
        for key in ("locked_at", "unlocked_at"):
            if key in lock:
                try:
                    datetime.fromisoformat(lock[key])
                except ValueError:
                    problems.append(f"{place}.{key}：时间不存在：{lock[key]!r}")
    for i, change in enumerate(record.get("changes", [])):
        if change["lock"] not in lifted:
            problems.append(f"record.changes[{i}].lock：第 {change['lock']} 次锁定不存在或未解锁，"
                            "锁定期间不能有修改")
        try:
            datetime.fromisoformat(change["changed_at"])
        except ValueError:
            problems.append(f"record.changes[{i}].changed_at：时间不存在：{change['changed_at']!r}")
    numbers = {lock["number"] for lock in locks}
    for i, p in enumerate(doc.get("people", [])):
        lock = p.get("signature", {}).get("lock")
        if lock is not None and lock not in numbers:
            problems.append(f"people[{i}].signature.lock：没有第 {lock} 次锁定")
    return problems


def _date_problem(text: str, place: str) -> list[str]:
    try:
        date.fromisoformat(text)
    except ValueError:
        return [f"{place}：日期不存在：{text!r}"]
    return []


# ---------------------------------------------------------------- reading

def read_file(path: str | Path) -> Hearing:
    """Read and check a hearing file; raise :class:`BadInput` naming what is wrong."""
    path = Path(path)
    raw = read_limited(path, MAX_JSON_BYTES, "听证会文件")   # not a FIFO, a device, a huge file
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"{path.name}：不是 UTF-8 编码的文本（第 {exc.start} 个字节处）。"
                       "请用 UTF-8 保存听证会文件。") from None
    return from_document(load_json(text, path.name))   # depth, big numbers, duplicate keys, surrogates


def from_document(doc: Any) -> Hearing:
    """The hearing of a ``hearing-desk/1`` document; its text is cleaned first
    (``domain.text.clean_text``: control, direction-override and zero-width characters)."""
    doc = clean_tree(doc)
    validate(doc)
    h = doc["hearing"]
    hearing = Hearing(
        title=h["title"],
        matter=h.get("matter"),
        organizer=h.get("organizer"),
        legal_bases=h.get("legal_bases"),
        purpose=h.get("purpose"),
        starts_at=_dt(h.get("starts_at")),
        ends_at=_dt(h.get("ends_at")),
        venue=h.get("venue"),
        role_labels={Role(k): v for k, v in h.get("role_labels", {}).items()},
        milestones=[Milestone(date.fromisoformat(m["date"]), m["event"]) for m in h["milestones"]]
        if "milestones" in h else None,
    )
    for p in doc.get("people", []):
        contact = p.get("contact")
        sig = p.get("signature")
        hearing.people.append(Person(
            id=p["id"], role=Role(p["role"]), name=p["name"],
            affiliation=p.get("affiliation"), description=p.get("description"),
            selection=p.get("selection"), category=p.get("category"), seq=p.get("seq"),
            # the format's default: a person the file says nothing about attended
            # (null: not checked yet, as a hearing still at 签到 writes it)
            attended=p.get("attended", True),
            contact=Contact(**contact) if contact is not None else None,
            signature=Signature(SignatureStatus(sig["status"]), sig.get("note"), sig.get("lock")) if sig else None,
        ))
    hearing.agenda = [AgendaItem(a["seq"], a["title"]) for a in doc.get("agenda", [])]
    for t in doc.get("transcript", []):
        hearing.transcript.append(Turn(
            seq=t["seq"], text=t["text"], speaker=t.get("speaker"),
            speaker_label=t.get("speaker_label"), at=_dt(t.get("at")),
            kind=TurnKind(t["kind"]) if "kind" in t else None, agenda_item=t.get("agenda_item"),
            recording=t["audio"]["recording"] if "audio" in t else None,
            audio_start_ms=t["audio"]["start_ms"] if "audio" in t else None,
            audio_end_ms=t["audio"].get("end_ms") if "audio" in t else None,
        ))
    hearing.transcript.sort(key=lambda t: t.seq)
    for o in doc.get("opinions", []):
        r = o.get("response")
        hearing.opinions.append(Opinion(
            id=o["id"], speaker=o["speaker"], text=o["text"], seq=o.get("seq"),
            basis=o.get("basis"), articles=list(o.get("articles", [])), topic=o.get("topic"),
            transcript_refs=list(o.get("transcript_refs", [])),
            response=Response(Decision(r["decision"]), r.get("analysis")) if r else None,
        ))
    links = doc.get("dispute_opinions", [])
    hearing.disputes = [Dispute(text, list(links[i]) if i < len(links) else [])
                        for i, text in enumerate(doc.get("disputes", []))]
    hearing.other_notes = doc.get("other_notes")
    if "report" in doc:
        r = doc["report"]
        hearing.report = ReportMeta(
            issuer=r.get("issuer"),
            date=date.fromisoformat(r["date"]) if "date" in r else None,
            attachments=list(r["attachments"]) if "attachments" in r else None,
        )
        hearing.basic_info_override = r.get("basic_info")
    if "draft" in doc:
        d = doc["draft"]
        hearing.draft = Draft(title=d.get("title"), articles=[
            DraftArticle(label=a["label"], text=a["text"], number=a.get("number"), chapter=a.get("chapter"))
            for a in d.get("articles", [])
        ])
    record = doc.get("record", {})
    hearing.locks = [TranscriptLock(number=k["number"], fingerprint=k["fingerprint"],
                                    locked_at=_dt(k.get("locked_at")), unlocked_at=_dt(k.get("unlocked_at")),
                                    scheme=k.get("scheme", 2)) for k in record.get("locks", [])]
    hearing.changes = [RecordChange(lock=c["lock"], changed_at=datetime.fromisoformat(c["changed_at"]),
                                    key=c["key"], what=c["what"], before=c["before"], after=c["after"])
                       for c in record.get("changes", [])]
    if "settings" in doc:
        hearing.settings = ProcedureSettings(**doc["settings"])
    hearing.recordings = [Recording(
        id=r["id"], file=r["file"], sha256=r.get("sha256"), duration_ms=r.get("duration_ms"),
        started_at=_dt(r.get("started_at")), sample_rate=r.get("sample_rate"), channels=r.get("channels"),
    ) for r in doc.get("recordings", [])]
    return hearing


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


# ---------------------------------------------------------------- writing

def _put(out: dict, key: str, value) -> None:
    if value is not None:
        out[key] = value


def to_document(hearing: Hearing, *, personal_data: bool = True) -> dict:
    """The hearing as an interchange document (a dict ready for ``json.dump``)."""
    h: dict[str, Any] = {"title": hearing.title}
    _put(h, "matter", hearing.matter)
    _put(h, "organizer", hearing.organizer)
    _put(h, "legal_bases", hearing.legal_bases)
    _put(h, "purpose", hearing.purpose)
    _put(h, "starts_at", hearing.starts_at.isoformat() if hearing.starts_at else None)
    _put(h, "ends_at", hearing.ends_at.isoformat() if hearing.ends_at else None)
    _put(h, "venue", hearing.venue)
    if hearing.role_labels:
        h["role_labels"] = {str(k): v for k, v in hearing.role_labels.items()}
    if hearing.milestones is not None:
        h["milestones"] = [{"date": m.date.isoformat(), "event": m.event} for m in hearing.milestones]
    doc: dict[str, Any] = {"format": FORMAT, "hearing": h}
    if hearing.people:
        doc["people"] = [_person(p, personal_data) for p in hearing.people]
    if hearing.agenda:
        doc["agenda"] = [{"seq": a.seq, "title": a.title} for a in hearing.agenda]
    if hearing.transcript:
        doc["transcript"] = [_turn(t) for t in sorted(hearing.transcript, key=lambda t: t.seq)]
    if hearing.opinions:
        doc["opinions"] = [_opinion(o) for o in hearing.opinions]
    if hearing.disputes:
        doc["disputes"] = [d.text for d in hearing.disputes]
        if any(d.opinion_ids for d in hearing.disputes):
            doc["dispute_opinions"] = [list(d.opinion_ids) for d in hearing.disputes]
    _put(doc, "other_notes", hearing.other_notes)
    if hearing.report is not None or hearing.basic_info_override:
        r: dict[str, Any] = {}
        if hearing.report is not None:
            _put(r, "issuer", hearing.report.issuer)
            _put(r, "date", hearing.report.date.isoformat() if hearing.report.date else None)
            _put(r, "attachments", hearing.report.attachments)
        _put(r, "basic_info", hearing.basic_info_override)
        doc["report"] = r
    if hearing.draft is not None:
        d: dict[str, Any] = {}
        _put(d, "title", hearing.draft.title)
        d["articles"] = []
        for a in hearing.draft.articles:
            art: dict[str, Any] = {"label": a.label}
            _put(art, "number", a.number)
            _put(art, "chapter", a.chapter)
            art["text"] = a.text
            d["articles"].append(art)
        doc["draft"] = d
    record: dict[str, Any] = {}
    if hearing.locks:
        record["locks"] = [_lock(k) for k in hearing.locks]
    if hearing.changes:
        record["changes"] = [{"lock": c.lock, "changed_at": c.changed_at.isoformat(), "key": c.key,
                              "what": c.what, "before": c.before, "after": c.after} for c in hearing.changes]
    if record:
        doc["record"] = record
    settings = _settings(hearing.settings)
    if settings:
        doc["settings"] = settings
    if hearing.recordings:
        doc["recordings"] = [_recording(r) for r in hearing.recordings]
    return doc


def _recording(r: Recording) -> dict:
    out: dict[str, Any] = {"id": r.id, "file": r.file}
    _put(out, "sha256", r.sha256)
    _put(out, "duration_ms", r.duration_ms)
    _put(out, "started_at", r.started_at.isoformat() if r.started_at else None)
    _put(out, "sample_rate", r.sample_rate)
    _put(out, "channels", r.channels)
    return out


def _lock(k: TranscriptLock) -> dict:
    out: dict[str, Any] = {"number": k.number}
    _put(out, "locked_at", k.locked_at.isoformat() if k.locked_at else None)
    _put(out, "unlocked_at", k.unlocked_at.isoformat() if k.unlocked_at else None)
    out["fingerprint"] = k.fingerprint
    out["scheme"] = k.scheme
    return out


def _settings(settings: ProcedureSettings) -> dict:
    """The settings that differ from the defaults (none: the field is left out)."""
    default = ProcedureSettings()
    return {f.name: getattr(settings, f.name) for f in fields(ProcedureSettings)
            if getattr(settings, f.name) != getattr(default, f.name)}


def _person(p: Person, personal_data: bool) -> dict:
    out: dict[str, Any] = {"id": p.id, "role": str(p.role)}
    _put(out, "seq", p.seq)
    _put(out, "selection", p.selection)
    out["name"] = p.name
    for key in ("affiliation", "description", "category"):
        _put(out, key, getattr(p, key))
    if p.attended is not True:              # true is the format's default: left out
        out["attended"] = p.attended        # false: marked absent; null: not checked yet
    if personal_data and p.contact is not None:
        c = {k: v for k, v in vars(p.contact).items() if v is not None}
        out["contact"] = c
    if p.signature is not None:
        s: dict[str, Any] = {"status": str(p.signature.status)}
        _put(s, "note", p.signature.note)
        _put(s, "lock", p.signature.lock)
        out["signature"] = s
    return out


def _turn(t: Turn) -> dict:
    out: dict[str, Any] = {"seq": t.seq}
    if t.speaker is not None:
        out["speaker"] = t.speaker
    _put(out, "speaker_label", t.speaker_label)
    _put(out, "at", t.at.isoformat() if t.at else None)
    _put(out, "kind", str(t.kind) if t.kind else None)
    _put(out, "agenda_item", t.agenda_item)
    out["text"] = t.text
    if t.recording is not None and t.audio_start_ms is not None:
        audio: dict[str, Any] = {"recording": t.recording, "start_ms": t.audio_start_ms}
        _put(audio, "end_ms", t.audio_end_ms)
        out["audio"] = audio
    return out


def _opinion(o: Opinion) -> dict:
    out: dict[str, Any] = {"id": o.id, "speaker": o.speaker}
    _put(out, "seq", o.seq)
    out["text"] = o.text
    _put(out, "basis", o.basis)
    if o.articles:
        out["articles"] = list(o.articles)
    _put(out, "topic", o.topic)
    if o.transcript_refs:
        out["transcript_refs"] = list(o.transcript_refs)
    if o.response is not None:
        r: dict[str, Any] = {"decision": str(o.response.decision)}
        _put(r, "analysis", o.response.analysis)
        out["response"] = r
    return out


def write_file(hearing: Hearing, path: str | Path, *, personal_data: bool = True) -> None:
    """Write the hearing file atomically: a half-written file never replaces a good one."""
    text = json.dumps(to_document(hearing, personal_data=personal_data), ensure_ascii=False, indent=2) + "\n"
    atomic_write_bytes(path, text.encode("utf-8"))
