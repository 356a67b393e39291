"""The all-sets runner's diff: what changed between two runs, any worse figure marked."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.eval_all import diff, figures

REPORT = """[unseen9] 8 files
  furniture left        {fu} of 120 strings
  sentences lost        0 of 60
  key facts, right pair 40/40 = 100 %
  … right value/period  38/40 = {val} %
  title                 8/8 = 100 %
  outlet                7/8 = {ou} %
  date                  8/8 = 100 %
  author                6/8 = 75 %
  candidate precision   50/60 = 83 %
"""


def _run(folder: Path, **figs: int) -> Path:
    folder.mkdir()
    (folder / "unseen9.normal.txt").write_text(REPORT.format(**figs), encoding="utf-8")
    return folder


def test_figures_are_read_from_a_report() -> None:
    read = figures(REPORT.format(fu=2, val=95, ou=88))
    assert (read["fu"], read["val"], read["ou"], read["prec"]) == (2, 95, 88, 83)


def test_a_worse_figure_is_marked_and_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _run(tmp_path / "a", fu=2, val=95, ou=88)
    better = _run(tmp_path / "b", fu=0, val=95, ou=100)
    worse = _run(tmp_path / "c", fu=0, val=90, ou=100)
    assert diff(before, better) == 0
    assert "WORSE" not in capsys.readouterr().out
    assert diff(before, worse) == 1
    assert "WORSE: val" in capsys.readouterr().out
    assert diff(before, before) == 0
    assert capsys.readouterr().out == ""  # (nothing changed: nothing printed)


def test_saved_summary_lines_compare_like_report_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tmp_path / "before.txt"
    after = tmp_path / "after.txt"
    before.write_text(
        "unseen9.normal   fu 2 lost 0 pair 100 val 95 ti 100 ou 88 da 100 au 75 prec 83\n",
        encoding="utf-8",
    )
    after.write_text(
        "unseen9.normal   fu 0 lost 0 pair 100 val 90 ti 100 ou 88 da 100 au 75 prec 83\n",
        encoding="utf-8",
    )
    assert diff(before, after) == 1
    assert "WORSE: val" in capsys.readouterr().out
    # a file and a folder of the same run agree
    folder = _run(tmp_path / "f", fu=2, val=95, ou=88)
    capsys.readouterr()
    assert diff(folder, before) == 0
    assert capsys.readouterr().out == ""
    assert diff(folder, after) == 1


def test_a_run_that_holds_no_figures_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("Using CPython 3.11\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="no set's figures"):
        diff(empty, empty)
    with pytest.raises(SystemExit, match="no such folder"):
        diff(tmp_path / "missing", empty)


def test_a_set_missing_from_the_later_run_counts_as_worse(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _run(tmp_path / "a", fu=0, val=95, ou=88)
    (before / "unseen10.normal.txt").write_text(REPORT.format(fu=0, val=95, ou=88), "utf-8")
    after = _run(tmp_path / "b", fu=0, val=95, ou=88)
    assert diff(before, after) == 1
    assert "unseen10.normal" in capsys.readouterr().out
