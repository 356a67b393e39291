"""Entry point of the frozen app: the same ``briefer`` command as the wheel's console script.

``briefer`` alone opens the desktop app; ``briefer selftest``, ``briefer export …`` and the
other commands work from the same executable (on Windows through ``briefer-cli.exe``, the
console twin of the windowed ``briefer.exe``; see packaging/README.md).
"""

from __future__ import annotations

import os
import sys


def _give_windowed_app_streams() -> None:
    # A windowed Windows executable starts with sys.stdout/sys.stderr set to None; anything
    # that writes to them (json.dump, logging's last-resort handler) would raise.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def _drop_finder_arguments() -> None:
    # Old macOS Finder launches pass a process serial number (-psn_0_12345); it is not ours.
    sys.argv[1:] = [arg for arg in sys.argv[1:] if not arg.startswith("-psn_")]


if __name__ == "__main__":
    _give_windowed_app_streams()
    _drop_finder_arguments()
    from briefer.cli import main

    sys.exit(main())
