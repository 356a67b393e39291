"""What the app loads before its window can show (issue 15: window < 1 s at 300k facts).

The hub's client (psycopg, ~75 ms of CPU) and the sync engine load on first use, after the
window shows: a fresh process that imports the window's modules has not loaded them.
"""

from __future__ import annotations

import os
import subprocess
import sys


def test_the_window_modules_do_not_load_the_hub_client() -> None:
    code = (
        "import sys\n"
        "import briefer.ui.app\n"
        "print(sorted(m for m in ('psycopg', 'briefer.sync.engine', 'briefer.services.sync') "
        "if m in sys.modules))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_the_sync_service_still_answers_through_the_window_modules() -> None:
    from briefer.services import sync
    from briefer.ui import shared_briefs, sync_control

    assert sync_control.sync_service.status is sync.status
    assert shared_briefs.sync_service.team_briefs is sync.team_briefs
