"""The Qt GUI. Only this package imports Qt widgets."""
