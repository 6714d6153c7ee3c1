"""The program's errors, each with a message in Chinese for the user.

Below every layer: the domain, storage, file formats, documents, services and the
window all raise and catch these, and import nothing else of the program to do so.
"""
from __future__ import annotations

from pathlib import Path


class HearingDeskError(Exception):
    """Something the user can act on; ``str(error)`` is the Chinese message."""

    exit_status = 1


class BadInput(HearingDeskError):
    """A malformed file, an empty field, a broken reference: exit status 2."""

    exit_status = 2

    def __init__(self, message: str, problems: list[str] | None = None):
        super().__init__(message)
        self.problems = problems or []

    def __str__(self) -> str:
        text = super().__str__()
        if self.problems:
            text += "\n" + "\n".join(f"  - {p}" for p in self.problems)
        return text


class NotFound(HearingDeskError):
    exit_status = 2


class DatabaseInUse(HearingDeskError):
    """Another copy of the program has the database file open."""


class DatabaseTooNew(HearingDeskError):
    """The database was written by a newer version of the program."""


class DatabaseDamaged(HearingDeskError):
    """The file at ``path`` cannot be opened for writing as it is (damaged, another
    program's, emptied, read-only); it was not changed."""

    def __init__(self, message: str, path: Path):
        super().__init__(message)
        self.path = path


def describe_failure(exc: BaseException) -> str:
    """A failure as it may be logged or shown: never the typed text, the SQL or its
    parameters (personal data), only what went wrong (``database is locked``)."""
    if isinstance(exc, HearingDeskError):
        return str(exc)
    orig = getattr(exc, "orig", None)            # SQLAlchemy's DBAPIError: the driver's own error
    if orig is not None:
        first = str(orig).splitlines()[0] if str(orig) else ""
        return f"{type(orig).__name__}: {first[:120]}"
    if isinstance(exc, OSError):
        return f"{type(exc).__name__}: {exc.strerror or exc.errno}"
    return type(exc).__name__


class StaleEdit(HearingDeskError):
    """The row was changed by another window or program since this one read it: the
    save is refused (nothing written), so that neither change is lost."""


class HearingLeased(HearingDeskError):
    """Another window holds the hearing's editing lease: this one may only read it."""


class TranscriptLocked(HearingDeskError):
    """The transcript is locked for signing: what its pages print cannot change until
    it is unlocked."""


class CheckedOut(HearingDeskError):
    """The hearing is checked out of this archive to a laptop's file: the archive refuses
    every change of it until it is checked in (or the check-out is cancelled)."""


class CheckinConflict(HearingDeskError):
    """The hearing changed in the archive while it was checked out (or its check-out was
    cancelled): nothing is merged; ``--force`` or ``--as-new`` only when the user says so."""
