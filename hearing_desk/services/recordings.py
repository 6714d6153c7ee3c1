"""Use cases of the hearing's sound: a recording begun, finished, recovered after a
crash, found for playing, carried beside a hearing file.

Recordings live in the recordings folder (``paths.recordings_dir()``, in the user data
folder); the hearing refers to each by file name, SHA-256 and length
(:class:`~hearing_desk.domain.Recording`). While one is being recorded its row has no
hash and its sound is in ``<stem>.parts/`` (:mod:`hearing_desk.audio.pcm`): at the next
start :meth:`RecordingService.recover` repairs what a killed program left and makes it
the FLAC file it would have become.

**In a hearing file** the recordings travel *beside* the JSON: ``export --json
F.json`` writes each finished recording's file into F.json's folder under its own
name, and ``import F.json`` looks for them there, checks each against its SHA-256 and
copies it into the recordings folder. A file that is missing is reported and its
reference kept (it can be put in the folder later); a file whose hash differs is
refused, and nothing is imported.
"""
from __future__ import annotations

import logging
import shutil
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from ..audio import pcm
from ..audio.pcm import Piece
from ..domain import Hearing, Recording
from ..domain.audio import next_recording_id
from ..errors import BadInput, NotFound
from ..paths import recordings_dir
from ..storage.database import Database
from ..storage.repository import hearings, recordings
from .record import now_local

log = logging.getLogger(__name__)


class RecordingService:
    def __init__(self, db: Database, folder: Path | None = None):
        self.db = db
        self._folder = folder

    @property
    def folder(self) -> Path:
        folder = self._folder or recordings_dir()
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    # ------------------------------------------------------------------ reading
    def all(self, hearing_id: int) -> list[Recording]:
        with self.db.session() as s:
            return recordings.load_recordings(s, hearing_id)

    def get(self, hearing_id: int, key: str) -> Recording:
        with self.db.session() as s:
            return recordings.row_to_recording(recordings.recording_row(s, hearing_id, key))

    def path(self, recording: Recording) -> Path:
        return self.folder / recording.file

    def parts(self, recording: Recording) -> Path:
        return self.folder / (Path(recording.file).stem + pcm.PARTS_SUFFIX)

    def pieces(self, recording: Recording) -> list[Piece]:
        """What to play: the FLAC file of a finished recording; the segments (with their
        starts) of one being recorded. Empty when its sound is not on this computer."""
        if recording.finished:
            path = self.path(recording)
            return [Piece(path, 0)] if path.is_file() else []
        out, at = [], 0
        for seg in pcm.segments(self.parts(recording)):
            out.append(Piece(seg, at))
            at += pcm.read_header(seg).ms(max(0, seg.stat().st_size - pcm.HEADER_BYTES))
        return out

    # ------------------------------------------------------------------ recording
    def begin(self, hearing_id: int) -> Recording:
        """A new recording of the hearing (its row now, so that a crash leaves a trace)."""
        started = now_local()
        with self.db.session() as s:
            hearings.require_hearing(s, hearing_id)
            key = next_recording_id(recordings.load_recordings(s, hearing_id))
            name = f"听证会{hearing_id}-{started:%Y%m%d-%H%M%S}-{key}.flac"
            n = 1
            while (self.folder / name).exists() or (self.folder / (Path(name).stem + pcm.PARTS_SUFFIX)).exists():
                n += 1
                name = f"听证会{hearing_id}-{started:%Y%m%d-%H%M%S}-{key}-{n}.flac"
            recording = Recording(id=key, file=name, started_at=started)
            recordings.add_recording(s, hearing_id, recording)
            hearings.touch(s, hearing_id)
        return recording

    def finish(self, hearing_id: int, key: str) -> Recording:
        """Make the recording's segments its FLAC file and store hash and length."""
        recording = self.get(hearing_id, key)
        if recording.finished:
            return recording
        parts, path = self.parts(recording), self.path(recording)
        if parts.is_dir():
            done = pcm.finish(parts, path)
            rate, channels = done.sample_rate, done.channels
        elif path.is_file():                        # killed after the FLAC was written
            import soundfile as sf

            info = sf.info(str(path))
            rate, channels = info.samplerate, info.channels
        else:
            raise NotFound(f"录音 {recording.file} 的声音文件不见了（{self.folder}）。")
        finished = replace(recording, sha256=pcm.sha256_of(path), duration_ms=pcm.duration_ms(path),
                           sample_rate=rate, channels=channels)
        with self.db.session() as s:
            recordings.write_recording(recordings.recording_row(s, hearing_id, key), finished)
            hearings.touch(s, hearing_id)
        return finished

    def unfinished(self) -> list[tuple[int, Recording]]:
        with self.db.session() as s:
            return recordings.unfinished_recordings(s)

    def recover(self, *, skip: tuple[int, str] | None = None) -> list[str]:
        """Finish every recording a killed program left (segments repaired, FLAC
        written); returns what was done, as sentences for the user. ``skip``: the one
        being recorded now."""
        told = []
        for hearing_id, recording in self.unfinished():
            if skip == (hearing_id, recording.id):
                continue
            try:
                done = self.finish(hearing_id, recording.id)
            except (OSError, ValueError, NotFound) as exc:
                log.warning("could not recover recording %s: %s", recording.file, exc)
                told.append(f"录音 {recording.file} 无法恢复：{exc}")
                continue
            told.append(f"已恢复上次中断的录音 {done.file}（{(done.duration_ms or 0) // 1000} 秒）。")
        return told

    # ------------------------------------------------------------------ hearing files
    def export_beside(self, hearing: Hearing, json_path: Path) -> list[str]:
        """Write each finished recording of ``hearing`` into the folder of ``json_path``;
        returns warnings (a recording still being made, a file missing here)."""
        warnings = []
        target = Path(json_path).parent
        for r in hearing.recordings:
            if not r.finished:
                warnings.append(f"录音 {r.id}（{r.file}）还在录制或未恢复，没有随听证会文件导出。")
                continue
            source = self.path(r)
            dest = target / r.file
            if dest.resolve() == source.resolve():
                continue
            if not source.is_file():
                warnings.append(f"录音 {r.id} 的文件 {r.file} 不在录音文件夹（{self.folder}）中，没有导出。")
                continue
            if dest.is_file() and dest.stat().st_size == source.stat().st_size and pcm.sha256_of(dest) == r.sha256:
                continue
            tmp = dest.with_name(dest.name + ".tmp")
            shutil.copyfile(source, tmp)
            tmp.replace(dest)
        return warnings

    def check_beside(self, hearing: Hearing, json_path: Path) -> list[str]:
        """Before an import: every recording file beside ``json_path`` matches its hash
        (else :class:`BadInput`); returns warnings for files that are not there."""
        warnings, problems = [], []
        folder = Path(json_path).parent
        for i, r in enumerate(hearing.recordings):
            beside = folder / r.file
            if not r.finished:
                warnings.append(f"recordings[{i}]：录音 {r.file} 没有完成（无 sha256），只导入了它的引用。")
                continue
            if not beside.is_file():
                if not (self.folder / r.file).is_file():
                    warnings.append(f"recordings[{i}]：文件 {r.file} 不在 {folder} 中，只导入了它的引用；"
                                    f"把它放进 {self.folder} 即可播放。")
                continue
            if pcm.sha256_of(beside) != r.sha256:
                problems.append(f"recordings[{i}].sha256：{r.file} 的内容与听证会文件中的 SHA-256 不符"
                                "（文件被改动或不是这场听证会的录音）")
        if problems:
            raise BadInput(f"听证会文件旁的录音有 {len(problems)} 处问题，未导入任何内容：", problems)
        return warnings

    def import_beside(self, hearing: Hearing, json_path: Path) -> Hearing:
        """Copy the recording files beside ``json_path`` into the recordings folder (a
        different file of the same name already there: the copy gets a new name)."""
        folder = Path(json_path).parent
        kept: list[Recording] = []
        for r in hearing.recordings:
            beside = folder / r.file
            if not r.finished or not beside.is_file():
                kept.append(r)
                continue
            dest = self.folder / r.file
            if dest.exists() and pcm.sha256_of(dest) != r.sha256:
                dest = self.folder / f"{Path(r.file).stem}-{(r.sha256 or '')[:8]}{Path(r.file).suffix}"
            if not dest.exists():
                tmp = dest.with_name(dest.name + ".tmp")
                shutil.copyfile(beside, tmp)
                tmp.replace(dest)
            kept.append(replace(r, file=dest.name))
        hearing.recordings = kept
        return hearing


def started_text(recording: Recording) -> str:
    return recording.started_at.strftime("%Y-%m-%d %H:%M") if isinstance(recording.started_at, datetime) else ""
