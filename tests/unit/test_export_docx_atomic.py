"""``atomic_write``: a failed export never leaves a half file or a damaged earlier export."""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

import pytest

from briefer import durable
from briefer.durable import atomic_write
from briefer.errors import ExportError
from briefer.export.docx import write_docx
from tests.samples import sample_document


def _one_sentence(err: pytest.ExceptionInfo[ExportError], path: Path) -> str:
    message = str(err.value)
    assert str(path) in message
    assert "\n" not in message
    assert message.endswith(".")
    assert message.count(". ") == 0  # a single sentence
    return message


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def test_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    atomic_write(target, lambda tmp: tmp.write_bytes(b"data"))
    assert target.read_bytes() == b"data"
    assert _leftovers(tmp_path, {"out.bin"}) == []
    if sys.platform != "win32":
        assert stat.S_IMODE(target.stat().st_mode) & 0o044  # not mkstemp's private 0600


def test_failure_midway_leaves_no_temp_and_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "brief.docx"
    target.write_bytes(b"previous export")

    def half_then_crash(tmp: Path) -> None:
        tmp.write_bytes(b"half a fi")
        raise RuntimeError("bug in a writer")

    with pytest.raises(RuntimeError, match="bug in a writer"):  # bugs pass through unchanged
        atomic_write(target, half_then_crash)
    assert target.read_bytes() == b"previous export"
    assert _leftovers(tmp_path, {"brief.docx"}) == []


def test_disk_full_is_an_export_error(tmp_path: Path) -> None:
    target = tmp_path / "brief.docx"
    target.write_bytes(b"previous export")

    def disk_full(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportError) as caught:
        atomic_write(target, disk_full)
    assert "disk is full" in _one_sentence(caught, target)
    assert target.read_bytes() == b"previous export"
    assert _leftovers(tmp_path, {"brief.docx"}) == []


def test_missing_folder_is_an_export_error(tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "brief.docx"
    with pytest.raises(ExportError) as caught:
        write_docx(sample_document(), target)
    assert "does not exist" in _one_sentence(caught, target)


def test_target_that_is_a_folder_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as caught:
        atomic_write(tmp_path, lambda tmp: tmp.write_bytes(b"x"))
    assert "folder" in _one_sentence(caught, tmp_path)


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root (or Windows) ignores mode bits"
)
def test_read_only_folder_is_an_export_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    target = folder / "brief.docx"
    try:
        with pytest.raises(ExportError) as caught:
            write_docx(sample_document(), target)
    finally:
        folder.chmod(0o700)
    assert "permission" in _one_sentence(caught, target)
    assert _leftovers(folder, set()) == []


def test_no_permission_to_create_is_an_export_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same as a read-only folder, for runs as root where mode bits do not bite."""

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(durable.tempfile, "mkstemp", refuse)
    target = tmp_path / "brief.docx"
    with pytest.raises(ExportError) as caught:
        write_docx(sample_document(), target)
    assert "permission" in _one_sentence(caught, target)
    assert not target.exists()


def test_locked_target_is_an_export_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows refuses to replace a file open in Word: the old file stays, no temp is left."""
    target = tmp_path / "brief.docx"
    target.write_bytes(b"open in Word")

    def locked(src: object, dst: object) -> None:
        err = PermissionError(errno.EACCES, "The process cannot access the file")
        err.winerror = 32  # type: ignore[attr-defined]
        raise err

    monkeypatch.setattr(durable.os, "replace", locked)
    with pytest.raises(ExportError) as caught:
        write_docx(sample_document(), target)
    assert "open in another program" in _one_sentence(caught, target)
    assert target.read_bytes() == b"open in Word"
    assert _leftovers(tmp_path, {"brief.docx"}) == []


def test_read_only_target_is_an_export_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "brief.docx"
    target.write_bytes(b"old")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(durable.os, "replace", refuse)
    with pytest.raises(ExportError) as caught:
        atomic_write(target, lambda tmp: tmp.write_bytes(b"new"))
    assert "open in another program or read-only" in _one_sentence(caught, target)
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path, {"brief.docx"}) == []


def test_export_error_from_the_writer_passes_through(tmp_path: Path) -> None:
    def refuse(tmp: Path) -> None:
        raise ExportError("The brief cites “x”, which has no source note.")

    with pytest.raises(ExportError, match="no source note"):
        atomic_write(tmp_path / "a.docx", refuse)
    assert _leftovers(tmp_path, set()) == []
