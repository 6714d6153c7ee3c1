"""The recording bar and the listening controls of the 现场笔录 tab.

* :mod:`.bar` – :class:`~.bar.AudioBar` (layout: ``forms/audio_bar.ui``): microphone
  (or none), level meter, start / pause / stop; the recording to listen to, play the
  current turn from its start (F9), play/pause going back a few seconds on resume (F10),
  ±10 s (F11/F12, media keys), speed 0.75–1.5× (Shift+F11/F12), and a turn typed from
  the recording inserted where it was heard (Ctrl+I).
* :mod:`.hook` – the small contract with the transcript tab: what the tab must offer
  (:class:`~.hook.TranscriptHost`) and what it calls (:class:`~.hook.TurnMarks`: the
  speaker key or first key, and Enter). The tab builds the bar and gives it itself;
  the document is given the marks (``TranscriptDocument.use_audio_marks``).
"""
