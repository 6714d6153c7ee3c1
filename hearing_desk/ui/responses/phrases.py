"""Reusable answer phrases (常用答复语): kept in the settings (``responses/phrases``),
edited in the program's one phrases dialog (``ui/phrases.py``), inserted into the
analysis with Ctrl+Alt+1 … 9."""
from __future__ import annotations

SETTINGS_KEY = "responses/phrases"
