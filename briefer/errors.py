"""Errors a user can cause. Each carries one clear sentence; none is a bug.

Anything else that escapes the core is a bug and is reported with a traceback in the log.
"""


class BrieferError(Exception):
    """A user-facing error: ``str(err)`` is one sentence fit to show as it is."""


class StoreError(BrieferError):
    """The store cannot be opened or used (missing folder, not SQLite, damaged, locked)."""


class StoreTooNewError(StoreError):
    """The store was written by a newer Briefer than this one."""


class InputError(BrieferError):
    """A file or value given by the user cannot be used."""


class ExportError(BrieferError):
    """An export could not be written."""


class MissingStoreError(StoreError):
    """The store file is gone but good backups of it exist: restore, don't start afresh."""

    def __init__(self, message: str, backup: object = None) -> None:
        super().__init__(message)
        self.backup = backup  # the newest good backup (a briefer.store.backups.catalogue.Backup)


class StaleBriefError(BrieferError):
    """A brief was saved elsewhere since this copy was loaded; saving would lose those edits."""

    def __init__(self, message: str, current_revision: int = 0) -> None:
        super().__init__(message)
        self.current_revision = current_revision
