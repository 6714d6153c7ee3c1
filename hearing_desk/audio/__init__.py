"""The hearing's sound: recording that survives ``kill -9``, and playback by position.

* :mod:`.pcm` (no Qt): raw PCM segments in WAV files, written and fsynced about twice a
  second; a segment left by a killed program gets its header repaired at the next
  start; a finished recording becomes one FLAC file (libsndfile through ``soundfile``).
* :mod:`.capture` (QtMultimedia): :class:`~.capture.Recorder` reads a microphone through
  ``QAudioSource`` (or a WAV file fed at real speed, for tests and benchmarks) into the
  segments and reports the level and the position.
* :mod:`.playback` (QtMultimedia): :class:`~.playback.Player` plays a recording from a
  position in milliseconds, a passage, back a few seconds on resume, at 0.75–1.5×.

Positions are milliseconds of recorded sound (a pause records nothing, so it takes
no room in the positions). Nothing here imports Qt widgets; the recording bar and the
listening controls are ``hearing_desk/ui/audio/``.
"""
