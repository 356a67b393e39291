"""What a self-test check reports (ok, FAIL, skip) and the facts the checks expect."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

OK, FAIL, SKIP = "ok", "FAIL", "skip"

PAIR = "VN-CL"
BRIEF_TYPE = "state-visit"
# Words the demo pack's VN-CL state-visit brief must carry exactly (NFC), per language.
EXPECTED_TEXT: dict[str, tuple[str, ...]] = {
    "vi": ("Lương Cường", "Đối tác toàn diện"),
    "en": ("Lương Cường", "Comprehensive Partnership"),
}
BASE14 = frozenset(
    {
        "Courier",
        "Courier-Bold",
        "Courier-Oblique",
        "Courier-BoldOblique",
        "Helvetica",
        "Helvetica-Bold",
        "Helvetica-Oblique",
        "Helvetica-BoldOblique",
        "Times-Roman",
        "Times-Bold",
        "Times-Italic",
        "Times-BoldItalic",
        "Symbol",
        "ZapfDingbats",
    }
)
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
MANIFEST_NAME = "briefer-bundle-manifest.json"  # written by packaging/briefer.spec
QT_PROBE_TIMEOUT_S = 20
QT_PROBE_UNAVAILABLE = 3  # the probe's exit code when Qt cannot be imported at all

W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True, slots=True)
class CheckResult:
    status: str  # ok | FAIL | skip
    name: str
    detail: str = ""

    def line(self) -> str:
        return f"{self.status:<4} {self.name}" + (f": {self.detail}" if self.detail else "")


class CheckFailed(Exception):
    """A check found something wrong; the message says what."""


class Skipped(Exception):
    """A check does not apply here; the message says why."""


def where_am_i() -> str:
    if getattr(sys, "frozen", False):
        return f"frozen bundle at {getattr(sys, '_MEIPASS', Path(sys.executable).parent)}"
    from briefer import resources

    return f"Python package at {Path(resources.__file__).parent}"
