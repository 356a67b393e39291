"""The app on a real X server (Xvfb, Qt's xcb platform — not offscreen), as a user starts it.

The other GUI tests run offscreen, which never loads Qt's X11 plugin and its libraries; this
one does, so a machine missing them fails here instead of at a user's first `uv run briefer`.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefer.app_launch import missing_libraries_sentence, missing_xcb_packages

pytestmark = [pytest.mark.gui, pytest.mark.slow]

GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
image = app.primaryScreen().grabWindow(0).toImage()
colours = {image.pixel(x, y) for x in range(0, image.width(), 16)
           for y in range(0, image.height(), 16)}
image.save(sys.argv[1])
print(len(colours))
"""


@pytest.fixture
def xvfb(tmp_path: Path):
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        display = pipe.readline().strip()
    try:
        yield f":{display}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_app_starts_on_a_real_x_server_and_draws_its_window(
    xvfb: str, demo_store: Path, tmp_path: Path
) -> None:
    env = dict(os.environ, DISPLAY=xvfb, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    log = tmp_path / "app.err"
    with log.open("wb") as err:
        app = subprocess.Popen(
            [sys.executable, "-m", "briefer", "--store", str(demo_store)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
            stdin=subprocess.DEVNULL,
        )
    shot = tmp_path / "xcb-window.png"
    colours = 0
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and app.poll() is None:
            time.sleep(1.0)
            grab = subprocess.run(
                [sys.executable, "-c", GRAB, str(shot)],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            if grab.returncode == 0 and int(grab.stdout.strip() or 0) > 20:
                colours = int(grab.stdout.strip())
                break
        assert app.poll() is None, log.read_text(errors="replace")
        assert colours > 20, "the screen stayed blank: the window was never drawn"
        print(f"xcb smoke test: screenshot {shot} ({shot.stat().st_size} bytes, {colours} colours)")
    finally:
        if app.poll() is None:
            app.send_signal(signal.SIGTERM)  # quits through Qt, saving first
            try:
                app.wait(timeout=30)
            except subprocess.TimeoutExpired:
                app.kill()
    assert app.returncode == 0, log.read_text(errors="replace")


def test_missing_x11_libraries_are_named_with_their_package() -> None:
    missing = missing_xcb_packages(lambda soname: "cursor" not in soname)
    assert missing == ["libxcb-cursor0"]
    sentence = missing_libraries_sentence(missing)
    assert "apt-get install libxcb-cursor0" in sentence
    assert sentence.count(".") >= 1 and "\n" not in sentence


def test_this_machine_has_every_x11_library_qt_needs() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("X11 libraries are a Linux matter")
    assert missing_xcb_packages() == []
