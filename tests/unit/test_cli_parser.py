"""The command line builds only the parser of the command it runs (issue 15: start-up); what
a user sees (help, usage, errors, the parsed arguments) is the same as with every parser."""

from __future__ import annotations

import argparse
import contextlib
import io
from collections.abc import Iterator

import pytest

from briefer.cli.main import build_parser
from briefer.cli.parsing import command_in


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> Iterator[tuple]:
    """Every command path, e.g. ('pairs',), ('pack', 'export')."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield (*prefix, name)
                yield from _commands(child, (*prefix, name))


ALL = sorted(set(_commands(build_parser())))


def _run(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[object, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result: object = vars(parser.parse_args(argv))
        except SystemExit as exc:
            result = ("exit", exc.code)
    return result, out.getvalue(), err.getvalue()


def test_there_are_commands_to_compare() -> None:
    assert {("pairs",), ("facts",), ("search",), ("export",), ("import",)} <= set(ALL)
    assert len(ALL) > 20


@pytest.mark.parametrize("path", ALL, ids=" ".join)
def test_help_and_errors_are_those_of_the_whole_parser(path: tuple[str, ...]) -> None:
    whole = build_parser()
    only = build_parser(path[0])
    for argv in ([*path, "--help"], [*path, "--no-such-option"], [*path]):
        assert _run(only, argv) == _run(whole, argv), argv


def test_parsed_arguments_are_the_same() -> None:
    argv = ["--store", "s.db", "facts", "--pair", "vn-cl", "--topic", "economic", "--json"]
    assert command_in(argv) == "facts"
    assert _run(build_parser("facts"), argv)[0] == _run(build_parser(), argv)[0]
    func = vars(build_parser("facts").parse_args(argv))["func"]
    assert func.__name__ == "cmd_facts"


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["pairs", "--json"], "pairs"),
        (["--json", "--store", "pairs", "facts"], "facts"),  # a store file named 'pairs'
        (["--sto", "x.db", "search", "a"], "search"),
        (["--help", "pairs"], None),
        (["--version"], None),
        ([], None),
    ],
)
def test_the_command_is_found_before_parsing(argv: list[str], command: str | None) -> None:
    assert command_in(argv) == command


def test_an_unknown_command_lists_every_command() -> None:
    assert _run(build_parser("pairz"), ["pairz"]) == _run(build_parser(), ["pairz"])
    assert "pairs" in _run(build_parser("pairz"), ["pairz"])[2]
