"""Exports under real faults: a full disk, a locked or read-only target, the folder removed
while writing. Each gives one clear sentence, and a good earlier export stays byte-identical
with no temporary file left beside it.

Real faults where the machine allows them (a size-limited tmpfs, ``chattr +i``, a read-only
bind mount: root on Linux); otherwise the same error is injected into the writer.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefer import durable
from briefer.cli import main
from briefer.errors import ExportError
from briefer.export import docx, pdf
from briefer.services import Services

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
FORMATS = ("docx", "pdf")


def _run(*cmd: str) -> bool:
    try:
        return subprocess.run(cmd, capture_output=True, check=False, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.fixture(scope="module")
def brief_and_services(
    tmp_path_factory: pytest.TempPathFactory, demo_store_template: Path
) -> Iterator[tuple[Services, object]]:
    store = tmp_path_factory.mktemp("export-faults") / "store.sqlite"
    shutil.copyfile(demo_store_template, store)
    services = Services(store)
    brief = services.assemble("VN-CL", "fact-sheet", brief_date=None)
    yield services, brief
    services.close()


def export(services: Services, brief: object, fmt: str, out: Path) -> None:
    services.export_brief(brief, [fmt], out)  # type: ignore[arg-type]


def assert_one_sentence(message: str, out: Path) -> None:
    assert str(out) in message and "\n" not in message and message.endswith(".")


def leftovers(folder: Path, keep: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != keep)


# ---- disk full -----------------------------------------------------------------------------------


@contextlib.contextmanager
def small_disk(where: Path, size_kb: int) -> Iterator[bool]:
    """A tmpfs of ``size_kb`` at ``where`` (yields False when mounting is not allowed)."""
    where.mkdir()
    mounted = IS_ROOT and sys.platform.startswith("linux")
    mounted = mounted and _run(
        "mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(where)
    )
    try:
        yield mounted
    finally:
        if mounted:
            _run("umount", str(where))


def _fill(folder: Path, leave: int) -> Path:
    """Fill the file system at ``folder`` until fewer than ``leave`` bytes are free."""
    filler = folder / "filler.bin"
    with open(filler, "wb") as fh:
        free = shutil.disk_usage(folder).free
        with contextlib.suppress(OSError):
            fh.write(b"\0" * max(0, free - leave))
            fh.flush()
            os.fsync(fh.fileno())
    return filler


@contextlib.contextmanager
def injected(module: object, fail: Callable[[Path], None]) -> Iterator[None]:
    """Run ``fail(tmp)`` inside the writer's callback (before it writes)."""
    original = durable.atomic_write

    def wrapped(out_path: Path, write: Callable[[Path], None]) -> None:
        def first_fail(tmp: Path) -> None:
            fail(tmp)
            write(tmp)

        original(out_path, first_fail)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(module, "atomic_write", wrapped)
        yield


@pytest.mark.parametrize("fmt", FORMATS)
def test_disk_full(brief_and_services, tmp_path: Path, fmt: str) -> None:
    services, brief = brief_and_services
    with small_disk(tmp_path / "disk", 2048) as real:
        out = tmp_path / "disk" / f"brief.{fmt}"
        export(services, brief, fmt, out)  # a good export first
        good = out.read_bytes()
        if real:
            filler = _fill(out.parent, leave=len(good) // 4)
            with pytest.raises(ExportError) as caught:
                export(services, brief, fmt, out)
            filler.unlink()
        else:

            def full(_tmp: Path) -> None:
                raise OSError(errno.ENOSPC, "No space left on device")

            with (
                injected(docx if fmt == "docx" else pdf, full),
                pytest.raises(ExportError) as caught,
            ):
                export(services, brief, fmt, out)
        assert str(caught.value) == f"Cannot save “{out}” because the disk is full."
        assert out.read_bytes() == good
        assert leftovers(out.parent, out.name) == []
        export(services, brief, fmt, out)  # space again: it works
        assert out.read_bytes()[:4] in (b"PK\x03\x04", b"%PDF")


def test_disk_full_from_the_command_line(
    brief_and_services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services, _brief = brief_and_services
    with small_disk(tmp_path / "disk", 512) as real:
        if not real:
            pytest.skip("cannot mount a small tmpfs here (needs root on Linux)")
        out = tmp_path / "disk" / "brief.pdf"
        _fill(out.parent, leave=4096)
        code = main(
            ["export", "--pair", "VN-CL", "--format", "pdf", "--out", str(out),
             "--store", str(services.store_path)]
        )  # fmt: skip
        err = capsys.readouterr().err.strip().splitlines()
        assert code == 1 and err == [f"Cannot save “{out}” because the disk is full."]
        assert not out.exists() and leftovers(out.parent, "filler.bin") == []


# ---- locked or read-only target ------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_immutable_target(brief_and_services, tmp_path: Path, fmt: str) -> None:
    services, brief = brief_and_services
    out = tmp_path / f"brief.{fmt}"
    export(services, brief, fmt, out)
    good = out.read_bytes()
    locked = IS_ROOT and _run("chattr", "+i", str(out))
    try:
        if locked:
            with pytest.raises(ExportError) as caught:
                export(services, brief, fmt, out)
        else:

            def refused(_tmp: Path) -> None:
                raise PermissionError(errno.EACCES, "Permission denied")

            with (
                injected(docx if fmt == "docx" else pdf, refused),
                pytest.raises(ExportError) as caught,
            ):
                export(services, brief, fmt, out)
    finally:
        if locked:
            _run("chattr", "-i", str(out))
    message = str(caught.value)
    assert_one_sentence(message, out)
    if locked:
        assert message == (
            f"Cannot replace “{out}” because it is open in another program or read-only; "
            "close it there and export again."
        )
    assert out.read_bytes() == good
    assert leftovers(tmp_path, out.name) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_read_only_folder(brief_and_services, tmp_path: Path, fmt: str) -> None:
    services, brief = brief_and_services
    folder = tmp_path / "ro"
    folder.mkdir()
    out = folder / f"brief.{fmt}"
    export(services, brief, fmt, out)
    good = out.read_bytes()
    mounted = IS_ROOT and _run("mount", "--bind", str(folder), str(folder))
    if mounted and not _run("mount", "-o", "remount,ro,bind", str(folder)):
        _run("umount", str(folder))
        mounted = False
    try:
        if not mounted:
            pytest.skip("cannot make a read-only bind mount here (needs root on Linux)")
        with pytest.raises(ExportError) as caught:
            export(services, brief, fmt, out)
    finally:
        if mounted:
            _run("umount", str(folder))
    assert str(caught.value) == f"Cannot save “{out}” because the disk is read-only."
    assert out.read_bytes() == good
    assert leftovers(folder, out.name) == []


@pytest.mark.skipif(IS_ROOT or sys.platform == "win32", reason="root ignores folder permissions")
def test_folder_without_write_permission(brief_and_services, tmp_path: Path) -> None:
    services, brief = brief_and_services
    out = tmp_path / "brief.docx"
    export(services, brief, "docx", out)
    good = out.read_bytes()
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(ExportError, match="you do not have permission") as caught:
            export(services, brief, "docx", out)
    finally:
        tmp_path.chmod(0o755)
    assert_one_sentence(str(caught.value), out)
    assert out.read_bytes() == good


# ---- the folder removed while writing ------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_folder_removed_mid_export(brief_and_services, tmp_path: Path, fmt: str) -> None:
    services, brief = brief_and_services
    folder = tmp_path / "usb"
    folder.mkdir()
    out = folder / f"brief.{fmt}"

    def pull_the_stick(tmp: Path) -> None:
        shutil.rmtree(tmp.parent)

    with injected(docx if fmt == "docx" else pdf, pull_the_stick), pytest.raises(ExportError) as e:
        export(services, brief, fmt, out)
    assert str(e.value) == f"Cannot save “{out}” because the folder “{folder}” does not exist."
    assert not folder.exists()
