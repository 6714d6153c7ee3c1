"""Hearing Desk: records public hearings (听证会) and writes their legal documents."""
__version__ = "0.1.0"
