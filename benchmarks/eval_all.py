"""Every corpus set in one mode, one summary line each — and what changed against an earlier run.

    uv run python benchmarks/eval_all.py OUT [--mode normal|pasted|printed|all] [SET ...]
    uv run python benchmarks/eval_all.py --diff BEFORE AFTER  (folders, or saved summary lines)

The first form writes each set's :func:`benchmarks.eval_import.report` to
``OUT/<set>.<mode>.txt`` (one process for all sets: about a minute a mode on a quiet machine)
and prints a line per set: furniture left, sentences lost, pair and value %, title, outlet,
date, author %, precision %. The second prints the lines that differ between two such runs,
marking any figure that got worse — the check a round runs after every merge ("no figure of
any set worse in any mode").
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import CORPUS
from benchmarks.eval_import import evaluate, key_sets, report

MODES = ("normal", "pasted", "printed")
FIELDS = (
    ("fu", r"furniture left +(\d+)"),
    ("lost", r"sentences lost +(\d+)"),
    ("pair", r"right pair +\S+ = (\d+)"),
    ("val", r"value/period +\S+ = (\d+)"),
    ("ti", r"title +\S+ = (\d+)"),
    ("ou", r"outlet +\S+ = (\d+)"),
    ("da", r"date +\S+ = (\d+)"),
    ("au", r"author +\S+ = (\d+)"),
    ("prec", r"precision +\S+ = (\d+)"),
)
_LOWER_IS_BETTER = ("fu", "lost")


def figures(report_text: str) -> dict[str, int]:
    """The summary figures of one set's report."""
    found = {name: re.search(pattern, report_text) for name, pattern in FIELDS}
    return {name: int(m.group(1)) for name, m in found.items() if m}


def line(figs: dict[str, int]) -> str:
    return " ".join(f"{name} {figs.get(name, '?')}" for name, _ in FIELDS)


def run(out: Path, modes: list[str], sets: list[str]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for mode in modes:
        for name in sets:
            if mode != "normal" and not any((CORPUS / name).glob("*.htm*")):
                continue  # (copies are made of web pages only)
            buffer = io.StringIO()
            with contextlib.redirect_stdout(buffer):
                label = name if mode == "normal" else f"{name} {mode}"
                report(label, evaluate(name, False, mode == "pasted", mode == "printed"))
            (out / f"{name}.{mode}.txt").write_text(buffer.getvalue(), encoding="utf-8")
            print(f"{name + '.' + mode:<26} {line(figures(buffer.getvalue()))}")


_SUMMARY_LINE = re.compile(r"^(\S+\.(?:normal|pasted|printed))\s+(fu\s.*)$")


def runs(path: Path) -> dict[str, dict[str, int]]:
    """One run's figures by "set.mode": from its report folder, or from the summary lines the
    first form printed (saved to a file). Anything else is refused: a diff that read nothing
    would say "no change" about two runs it never compared."""
    if path.is_dir():
        found = {f.stem: figures(f.read_text(encoding="utf-8")) for f in path.glob("*.txt")}
    elif path.is_file():
        found = {}
        for text in path.read_text(encoding="utf-8").splitlines():
            if m := _SUMMARY_LINE.match(text.strip()):
                words = m.group(2).split()
                found[m.group(1)] = {
                    k: int(v) for k, v in zip(words[::2], words[1::2], strict=False) if v.isdigit()
                }
    else:
        raise SystemExit(f"{path}: no such folder or file of an earlier run.")
    if not found:
        raise SystemExit(
            f"{path}: no set's figures in it (a report folder or saved summary lines)."
        )
    return found


def diff(before: Path, after: Path) -> int:
    """Print the lines that differ; the number of set/mode lines with a figure worse."""
    old, new = runs(before), runs(after)
    worse_lines = 0
    for key in sorted(old.keys() & new.keys()):
        a, b = old[key], new[key]
        if a == b:
            continue
        worse = [
            n
            for n in a.keys() & b.keys()
            if (b[n] > a[n] if n in _LOWER_IS_BETTER else b[n] < a[n])
        ]
        worse_lines += bool(worse)
        mark = f"  WORSE: {', '.join(sorted(worse))}" if worse else ""
        print(f"{key:<26} {line(a)}\n{'':<26} {line(b)}{mark}")
    for key in sorted(new.keys() - old.keys()):
        print(f"{key:<26} (new) {line(new[key])}")
    for key in sorted(old.keys() - new.keys()):  # (a run that lost a set is no "no change")
        print(f"{key:<26} (missing) {line(old[key])}  WORSE: not measured")
        worse_lines += 1
    return worse_lines


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--mode", choices=(*MODES, "all"), default="normal")
    parser.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_intermixed_args()  # (sets before or after --mode)
    if args.diff:
        return 1 if diff(*args.diff) else 0
    if args.out is None:
        parser.error("give OUT (a folder for the reports) or --diff BEFORE AFTER")
    run(args.out, list(MODES) if args.mode == "all" else [args.mode], args.sets or key_sets())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
