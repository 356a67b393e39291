"""Files that survive a crash: atomic writes (all or nothing) and fsync discipline.

- :func:`atomic_write` writes a file all at once or not at all. The content goes to a
  temporary file in the target's own folder (so the final rename never crosses file systems),
  is flushed to disk, and then replaces the target with ``os.replace``. If anything fails the
  temporary file is removed and an existing target is left as it was. Failures a user can
  cause (no such folder, no permission, the file open in Word, a full disk) become an
  :class:`~briefer.errors.ExportError` with one sentence naming the file.
- :func:`fsync_file` flushes one file's content to disk; :func:`sync_folder` flushes a
  folder's entries, so a rename or a new file in it is on disk too.
- :func:`file_system_now` reads the clock that stamps a folder's files, to tell how old a
  file left there is.

Used by the exports (DOCX, PDF, packs), the store's first-run creation and backups.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from briefer.errors import ExportError


def sync_folder(folder: Path) -> None:
    """fsync ``folder`` so a rename or a new entry in it is on disk (POSIX; best effort)."""
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS journals renames
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def file_system_now(folder: Path) -> float:
    """Now, by the clock that stamps files in ``folder``: the modification time a file made
    there gets (this process's clock if nothing can be made there).

    A file's age is measured against this, not against this process's clock, which need not
    agree: a network share stamps files by its server's clock, and a clock moved for tests
    (faketime) moves the process's time but not the kernel's timestamps. Against the process's
    clock, another process's temporary file made a moment ago could look years old and be
    removed as stale while that process still writes it.
    """
    try:
        fd, name = tempfile.mkstemp(prefix=".clock-", dir=folder)
    except OSError:
        return time.time()
    try:
        return os.fstat(fd).st_mtime
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(name)


def fsync_file(path: Path) -> None:
    """Flush ``path``'s content to disk (before a rename makes it the real file)."""
    with open(path, "rb+") as handle:  # Windows' _commit needs a handle open for writing
        os.fsync(handle.fileno())


_WINDOWS = sys.platform == "win32"
# Windows "sharing violation" / "lock violation": the file is open in another program.
_WINERROR_LOCKED = {32, 33}


def _read_umask() -> int:
    # Read once at import (single-threaded then): os.umask can only be read by setting it.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = 0 if _WINDOWS else _read_umask()


def atomic_write(out_path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(tmp)`` to fill a temporary file, then move it onto ``out_path``.

    ``write`` may raise :class:`ExportError` itself; it is passed on unchanged. Any other
    exception from ``write`` (a bug) is passed on too, after the temporary file is removed.
    """
    out_path = Path(out_path)
    folder = out_path.parent
    if out_path.is_dir():
        raise ExportError(f"Cannot save to “{out_path}” because it is a folder.")
    if not folder.is_dir():
        raise ExportError(f"Cannot save “{out_path}” because the folder “{folder}” does not exist.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise _export_error(err, out_path, stage="create") from err
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        fsync_file(tmp)
        _set_mode(tmp, out_path)
        os.replace(tmp, out_path)
    except BaseException as err:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(err, OSError) and not isinstance(err, ExportError):
            raise _export_error(err, out_path, stage="replace") from err
        raise
    sync_folder(folder)


def _set_mode(tmp: Path, out_path: Path) -> None:
    """Give the new file the mode a plain ``open()`` would have (mkstemp makes it 0600)."""
    if _WINDOWS:
        return
    try:
        mode = out_path.stat().st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_UMASK
    os.chmod(tmp, mode)


def _export_error(err: OSError, out_path: Path, *, stage: str) -> ExportError:
    """One clear sentence for what went wrong while saving ``out_path``."""
    folder = out_path.parent
    code = err.errno
    if code == errno.ENOSPC or getattr(err, "winerror", None) == 112:
        return ExportError(f"Cannot save “{out_path}” because the disk is full.")
    if code == errno.EROFS:
        return ExportError(f"Cannot save “{out_path}” because the disk is read-only.")
    if isinstance(err, FileNotFoundError):
        return ExportError(
            f"Cannot save “{out_path}” because the folder “{folder}” does not exist."
        )
    if getattr(err, "winerror", None) in _WINERROR_LOCKED:
        return ExportError(
            f"Cannot save “{out_path}” because it is open in another program; "
            "close it there and export again."
        )
    if isinstance(err, PermissionError):
        if stage == "replace" and out_path.exists():
            return ExportError(
                f"Cannot replace “{out_path}” because it is open in another program or "
                "read-only; close it there and export again."
            )
        return ExportError(
            f"Cannot save “{out_path}” because you do not have permission to write "
            f"in the folder “{folder}”."
        )
    reason = err.strerror or err.__class__.__name__
    return ExportError(f"Cannot save “{out_path}”: {reason}.")
