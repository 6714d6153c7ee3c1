"""A private PulseAudio server with a null sink and a microphone that hears it: a sound
card for machines that have none (CI). What ``paplay --device=hd_null F.wav`` plays,
``QAudioSource`` records from the source ``hd_mic`` (a remap of the sink's monitor,
because Qt does not offer monitors as microphones).

    with pulse_server(tmp_path) as env:      # env: os.environ plus XDG_RUNTIME_DIR
        subprocess.Popen(["paplay", "--device=hd_null", "x.wav"], env=env)

Needs ``pulseaudio`` and ``pulseaudio-utils`` (./hd test installs them on Debian/Ubuntu).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SINK = "hd_null"
MIC = "hd_mic"


class NoPulseAudio(RuntimeError):
    pass


@contextmanager
def pulse_server(folder: Path) -> Iterator[dict]:
    for tool in ("pulseaudio", "pactl", "paplay"):
        if shutil.which(tool) is None:
            raise NoPulseAudio(f"{tool} is needed (apt-get install pulseaudio pulseaudio-utils, or ./hd test)")
    runtime = Path(folder) / "pulse-runtime"
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(folder),
           "PULSE_RUNTIME_PATH": str(runtime / "pulse")}
    env.pop("PULSE_SERVER", None)
    log = open(Path(folder) / "pulseaudio.log", "wb")
    server = subprocess.Popen(
        ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit", "-n",
         "--disable-shm", "--log-target=stderr",
         f"--load=module-null-sink sink_name={SINK} rate=16000 channels=1",
         "--load=module-native-protocol-unix"],
        env=env, stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 15
        while subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode != 0:
            if server.poll() is not None or time.monotonic() > deadline:
                raise NoPulseAudio("pulseaudio did not start: see " + str(Path(folder) / "pulseaudio.log"))
            time.sleep(0.05)
        subprocess.run(["pactl", "load-module", "module-remap-source", f"master={SINK}.monitor",
                        f"source_name={MIC}", "source_properties=device.description=HD-Test-Mic"],
                       env=env, check=True, capture_output=True)
        subprocess.run(["pactl", "set-default-source", MIC], env=env, check=True, capture_output=True)
        subprocess.run(["pactl", "set-default-sink", SINK], env=env, check=True, capture_output=True)
        yield env
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
