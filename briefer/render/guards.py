"""The work and size guards of the template sandbox: what a template may build and how long
it may run.

``*``, ``**``, ``+``, ``%`` and ``~`` refuse results beyond ``MAX_SEQUENCE`` items or
``MAX_INT_BITS``; ``range()`` refuses more than ``MAX_RANGE`` items; every step counts against
the render's :class:`Budget` (``MAX_ITERATIONS`` loop iterations, ``MAX_SECONDS``); width-like
arguments of filters, string methods and format specs are capped. Each refusal is a jinja2
``SecurityError`` whose message finishes the sentence "the sandbox refused it: …". The
environment that calls these hooks is ``engine.GuardedSandbox``.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from typing import Any

from jinja2.exceptions import SecurityError

MAX_RANGE = 10_000
MAX_SEQUENCE = 1_000_000  # characters of a string / items of a list built by an operator
MAX_INT_BITS = 10_000  # bits of an integer built by * or **
MAX_WIDTH = 10_000  # width-like arguments: center(), indent(), ljust(), "{:>N}", "%Nd"
MAX_ITERATIONS = 1_000_000  # loop iterations per render
MAX_OUTPUT = 5_000_000  # characters of rendered markup
MAX_SECONDS = 10.0
MAX_TEMPLATE_BYTES = 1_000_000


class Budget:
    """Work allowed to one render (kept in a context variable, so renders never share it)."""

    __slots__ = ("deadline", "iterations")

    def __init__(self, seconds: float) -> None:
        # CPU time of the rendering thread, not the wall clock: a busy machine (or an export
        # waiting for a core) must not make a legitimate template "run too long", while a
        # runaway one still uses up its seconds.
        self.deadline = time.thread_time() + seconds
        self.iterations = 0

    def tick(self, steps: int = 1) -> None:
        self.iterations += steps
        if self.iterations > MAX_ITERATIONS:
            raise SecurityError(f"it loops more than {MAX_ITERATIONS:,} times")
        if time.thread_time() > self.deadline:
            raise SecurityError(f"it ran for more than {MAX_SECONDS:g} seconds of processor time")


BUDGET: ContextVar[Budget | None] = ContextVar("briefer_template_budget", default=None)


def tick(steps: int = 1) -> None:
    budget = BUDGET.get()
    if budget is not None:
        budget.tick(steps)


# ---- size checks -----------------------------------------------------------------------------


def _size(value: Any) -> int | None:
    if isinstance(value, (str, bytes, list, tuple)):
        return len(value)
    return None


def _check_int(value: Any) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > MAX_INT_BITS:
        raise SecurityError("it builds a number too large to print")


def _check_width(value: Any) -> None:
    if isinstance(value, bool):
        return
    if isinstance(value, (int, float)) and abs(value) > MAX_WIDTH:
        raise SecurityError(f"it asks for a width above {MAX_WIDTH:,}")
    if isinstance(value, str) and len(value) > MAX_WIDTH:
        raise SecurityError(f"it asks for a width above {MAX_WIDTH:,}")


# A conversion: optional mapping key "(name)", flags, width, precision.
_PERCENT_WIDTH = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")
_FORMAT_FIELD = re.compile(r"\{[^{}]*\}")


def _text_size(value: Any) -> int:
    """How many characters ``value`` prints as (capped just above the limit: the cap is
    all a guard needs, and ``str()`` of a huge list is not built whole)."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, dict):
        pairs = itertools.islice(value.items(), MAX_SEQUENCE)
        return sum(_text_size(k) + _text_size(v) + 4 for k, v in pairs) + 2
    if isinstance(value, (list, tuple, set, frozenset)):
        return sum(_text_size(v) + 2 for v in itertools.islice(value, MAX_SEQUENCE)) + 2
    return len(str(value)[: MAX_SEQUENCE + 1])


def _largest_value(values: Iterable[Any]) -> int:
    return max((_text_size(v) for v in values), default=0)


def _refuse_estimate(size: int) -> None:
    if size > MAX_SEQUENCE:
        raise SecurityError(
            f"it would build a string of about {size:,} characters (the limit is {MAX_SEQUENCE:,})"
        )


def _check_percent_format(fmt: str, values: Any = ()) -> None:
    """Refuse ``fmt % values`` *before* it runs when widths × fields would be too long.

    Each conversion prints at least its width or precision and at most the longest value
    given (a bound: ``'%(a)10000s' * 90000`` is 90,000 fields of 10,000 characters).
    """
    if isinstance(values, dict):
        longest = _largest_value(values.values())
    elif isinstance(values, tuple):
        longest = _largest_value(values)
    else:
        longest = _text_size(values)
    size = len(fmt)
    for match in _PERCENT_WIDTH.finditer(fmt):
        widths = [0]
        for group in match.groups():
            if group == "*" or (group and int(group) > MAX_WIDTH):
                raise SecurityError(f"it asks for a width above {MAX_WIDTH:,}")
            if group:
                widths.append(int(group))
        size += max(*widths, longest)
        if size > MAX_SEQUENCE:
            _refuse_estimate(size)


def check_brace_format(
    fmt: str, args: Sequence[Any] = (), kwargs: Mapping[str, Any] | None = None
) -> None:
    """Refuse ``fmt.format(...)`` before it runs when its fields would print too much."""
    if re.search(r"\{[^{}]*\{", fmt):
        raise SecurityError("it uses nested format fields")
    longest = max(_largest_value(args), _largest_value((kwargs or {}).values()))
    size = len(fmt)
    for field_text in _FORMAT_FIELD.findall(fmt):
        widths = [0]
        for digits in re.findall(r"\d+", field_text.partition(":")[2]):
            if int(digits) > MAX_WIDTH:
                raise SecurityError(f"it asks for a width above {MAX_WIDTH:,}")
            widths.append(int(digits))
        size += max(*widths, longest)
        if size > MAX_SEQUENCE:
            _refuse_estimate(size)


def _guarded_mul(left: Any, right: Any) -> Any:
    for seq, count in ((left, right), (right, left)):
        size = _size(seq)
        if size is not None and isinstance(count, int) and size * max(count, 0) > MAX_SEQUENCE:
            raise SecurityError(f"it builds a sequence longer than {MAX_SEQUENCE:,}")
    both_ints = isinstance(left, int) and isinstance(right, int)
    if both_ints and left.bit_length() + right.bit_length() > MAX_INT_BITS:
        raise SecurityError("it builds a number too large to print")
    return left * right


def _guarded_pow(left: Any, right: Any) -> Any:
    both_ints = isinstance(left, int) and isinstance(right, int)
    if both_ints and right > 0 and abs(left) > 1 and right * left.bit_length() > MAX_INT_BITS:
        raise SecurityError("it builds a number too large to print")
    if isinstance(left, float) or isinstance(right, float):
        try:
            return math.pow(left, right)
        except (OverflowError, ValueError) as err:
            raise SecurityError("it computes a power out of range") from err
    return left**right


def _guarded_add(left: Any, right: Any) -> Any:
    a, b = _size(left), _size(right)
    if a is not None and b is not None and a + b > MAX_SEQUENCE:
        raise SecurityError(f"it builds a sequence longer than {MAX_SEQUENCE:,}")
    return left + right


def _guarded_mod(left: Any, right: Any) -> Any:
    if isinstance(left, str):
        _check_percent_format(left, right)
    return left % right


BINOPS: dict[str, Callable[[Any, Any], Any]] = {
    "*": _guarded_mul,
    "**": _guarded_pow,
    "+": _guarded_add,
    "%": _guarded_mod,
}

_WIDTH_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})


def check_call(obj: Any, args: Sequence[Any], kwargs: Mapping[str, Any]) -> None:
    owner = getattr(obj, "__self__", None)
    name = getattr(obj, "__name__", "")
    if isinstance(owner, str):
        if name in _WIDTH_METHODS:
            for value in (*args, *kwargs.values()):
                _check_width(value)
            if name == "expandtabs":
                # Each tab becomes up to ``tabsize`` spaces: width × tabs, before the call.
                tabsize = next(iter((*args, *kwargs.values())), 8)
                if isinstance(tabsize, int):
                    _refuse_estimate(len(owner) + owner.count("\t") * max(tabsize, 0))
        elif name == "translate" and args and isinstance(args[0], Mapping):
            longest = _largest_value(args[0].values())
            _refuse_estimate(len(owner) * max(longest, 1))
        elif name == "replace" and len(args) >= 2:
            old, new = str(args[0]), str(args[1])
            occurrences = owner.count(old) if old else len(owner) + 1
            if len(owner) + occurrences * max(len(new) - len(old), 0) > MAX_SEQUENCE:
                raise SecurityError(f"it builds a string longer than {MAX_SEQUENCE:,}")
        elif name == "join" and args and isinstance(args[0], (list, tuple, str)):
            items = list(args[0])
            total = sum(len(str(i)) for i in items) + len(owner) * max(len(items) - 1, 0)
            if total > MAX_SEQUENCE:
                raise SecurityError(f"it builds a string longer than {MAX_SEQUENCE:,}")


def guarded_range(*args: int) -> range:
    """``range()`` for templates: at most ``MAX_RANGE`` items."""
    for value in args:
        _check_int(value)
    result = range(*args)
    if len(result) > MAX_RANGE:
        raise SecurityError(f"range() is limited to {MAX_RANGE:,} items in templates")
    return result


# Filters whose integer/string arguments size their output.
_WIDTH_FILTERS: dict[str, tuple[int, ...]] = {
    "center": (1,),
    "indent": (1,),
    "wordwrap": (1,),
    "truncate": (1,),
    "batch": (1,),
    "slice": (1,),
}


# Filters whose cost grows faster than their input: refuse inputs no brief needs.
_SLOW_TEXT_FILTERS = {"wordwrap": 100_000, "urlize": 100_000, "striptags": MAX_SEQUENCE}


def _check_join(items: Any, attribute: Any = None) -> None:
    """Count what ``join`` would build, item by item, and stop as soon as it is too long
    (building the string first and measuring it after took 20 s for a hostile template)."""
    if attribute is not None or not isinstance(items, Iterable) or isinstance(items, str):
        return
    total = 0
    for count, item in enumerate(items):
        tick()
        total += len(item) if isinstance(item, str) else len(str(item)[: MAX_SEQUENCE + 1])
        if total > MAX_SEQUENCE or count > MAX_SEQUENCE:
            raise SecurityError(f"it builds a string longer than {MAX_SEQUENCE:,}")


def _check_indent(text: str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> None:
    """``indent`` adds its width to every line: lines × width, before the call."""
    width = args[0] if args else kwargs.get("width", 4)
    each = len(width) if isinstance(width, str) else width if isinstance(width, int) else 0
    _refuse_estimate(len(text) + (text.count("\n") + 1) * max(each, 0))


def _check_wordwrap(text: str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> None:
    """``wordwrap`` inserts its wrap string at most once per space, line or ``width``."""
    width = args[0] if args else kwargs.get("width", 79)
    wrapstring = args[2] if len(args) > 2 else kwargs.get("wrapstring")
    if not isinstance(width, int) or not isinstance(wrapstring, str):
        return
    breaks = min(len(text), text.count(" ") + text.count("\n") + len(text) // max(width, 1) + 1)
    _refuse_estimate(len(text) + breaks * len(wrapstring))


def guard_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """The jinja2 filter ``func`` (registered as ``name``) with its arguments and result capped."""
    pass_arg = getattr(func, "jinja_pass_arg", None)
    offset = 1 if pass_arg is not None else 0  # environment/context comes first

    @functools.wraps(func)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        tick()
        value_args = args[offset:]
        if name in _WIDTH_FILTERS:
            for position in _WIDTH_FILTERS[name]:
                if position < len(value_args):
                    _check_width(value_args[position])
            for key in ("width", "length", "linecount", "slices"):
                if key in kwargs:
                    _check_width(kwargs[key])
        if name == "indent" and value_args and isinstance(value_args[0], str):
            _check_indent(value_args[0], value_args[1:], kwargs)
        elif name == "wordwrap" and value_args and isinstance(value_args[0], str):
            _check_wordwrap(value_args[0], value_args[1:], kwargs)
        elif name == "format" and value_args and isinstance(value_args[0], str):
            values = kwargs if kwargs else tuple(value_args[1:])
            _check_percent_format(value_args[0], values)
        elif name == "replace" and len(value_args) >= 3:
            check_call(str(value_args[0]).replace, value_args[1:3], {})
        elif name == "join" and value_args:
            items = value_args[0]
            if isinstance(items, Iterator):  # a one-shot generator: keep what was counted
                items = list(itertools.islice(items, MAX_SEQUENCE + 1))
                args = (*args[:offset], items, *value_args[1:])
            _check_join(items, kwargs.get("attribute"))
        if name in _SLOW_TEXT_FILTERS and value_args:
            text = value_args[0]
            if isinstance(text, str) and len(text) > _SLOW_TEXT_FILTERS[name]:
                raise SecurityError(
                    f"it asks '{name}' to work on {len(text):,} characters "
                    f"(at most {_SLOW_TEXT_FILTERS[name]:,})"
                )
        result = func(*args, **kwargs)
        if isinstance(result, str) and len(result) > MAX_SEQUENCE:
            raise SecurityError(f"it builds a string longer than {MAX_SEQUENCE:,}")
        return result

    return guarded
