"""Making a rename or a new file survive a crash: fsync of the folder that holds it.

Shared by the atomic export writer, the store's first-run creation and backups.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


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
