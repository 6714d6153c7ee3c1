"""A process that records as the program does – RecordingService.begin, then the
Recorder on the default microphone – and prints its position every 50 ms:

    pos <ms captured> <ms synced to disk> <time.time()>

The kill -9 test and benchmarks/bench_audio.py kill it and recover what it left.

    python -m tests.tools.record_child DB HEARING_ID [INPUT_KEY]
"""
from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer

from hearing_desk.audio.capture import Recorder, inputs
from hearing_desk.services.recordings import RecordingService
from hearing_desk.storage.database import Database


def main(argv: list[str]) -> int:
    app = QCoreApplication([])
    db = Database(argv[0])
    service = RecordingService(db)
    key = argv[2] if len(argv) > 2 else None
    if key is None:
        found = inputs()
        if not found:
            print("no microphone", file=sys.stderr)
            return 3
        key = found[0].key
    recording = service.begin(int(argv[1]))
    recorder = Recorder()
    recorder.failed.connect(lambda text: print("failed", text, file=sys.stderr, flush=True))
    recorder.start(service.parts(recording), key)
    print("recording", recording.id, service.parts(recording), flush=True)

    def report() -> None:
        print("pos", recorder.position_ms(), recorder.synced_ms(), f"{time.time():.3f}", flush=True)

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(report)
    timer.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
