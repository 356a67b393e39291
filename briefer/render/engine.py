"""The template engine: jinja2's immutable sandbox with a size and work guard.

Templates are user-editable, so they are treated as untrusted input:

- the sandbox blocks internals (``''.__class__``, ``cycler.__init__.__globals__``…) and
  any change to lists/dicts given in the context;
- ``*``, ``**``, ``+``, ``%`` and ``~`` refuse results beyond ``MAX_SEQUENCE`` items or
  ``MAX_INT_BITS``; ``range()`` refuses more than ``MAX_RANGE`` items; every ``for`` loop
  counts against ``MAX_ITERATIONS`` per render; width-like arguments of filters and string
  methods are capped; the output is capped at ``MAX_OUTPUT`` characters and a render stops
  after ``MAX_SECONDS``;
- every failure becomes one ``ExportError`` sentence: "The template 'x' could not be used: …".

Templates are looked up in a user folder first (when given), then in ``templates/``.
"""

from __future__ import annotations

import functools
import itertools
import math
import os
import posixpath
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, TemplateNotFound, TemplateSyntaxError, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.environment import Environment
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.loaders import split_template_path
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from briefer.errors import ExportError
from briefer.render.markup import CITE_KEY
from briefer.resources import templates_dir

_CITE_KEY = re.compile(CITE_KEY)

MAX_RANGE = 10_000
MAX_SEQUENCE = 1_000_000  # characters of a string / items of a list built by an operator
MAX_INT_BITS = 10_000  # bits of an integer built by * or **
MAX_WIDTH = 10_000  # width-like arguments: center(), indent(), ljust(), "{:>N}", "%Nd"
MAX_ITERATIONS = 1_000_000  # loop iterations per render
MAX_OUTPUT = 5_000_000  # characters of rendered markup
MAX_SECONDS = 10.0
MAX_TEMPLATE_BYTES = 1_000_000


class _Budget:
    """Work allowed to one render (kept in a context variable, so renders never share it)."""

    __slots__ = ("deadline", "iterations")

    def __init__(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds
        self.iterations = 0

    def tick(self, steps: int = 1) -> None:
        self.iterations += steps
        if self.iterations > MAX_ITERATIONS:
            raise SecurityError(f"it loops more than {MAX_ITERATIONS:,} times")
        if time.monotonic() > self.deadline:
            raise SecurityError(f"it ran for more than {MAX_SECONDS:g} seconds")


_BUDGET: ContextVar[_Budget | None] = ContextVar("briefer_template_budget", default=None)


def _tick(steps: int = 1) -> None:
    budget = _BUDGET.get()
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


def _check_brace_format(
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


_BINOPS: dict[str, Callable[[Any, Any], Any]] = {
    "*": _guarded_mul,
    "**": _guarded_pow,
    "+": _guarded_add,
    "%": _guarded_mod,
}

_WIDTH_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})


def _check_call(obj: Any, args: Sequence[Any], kwargs: Mapping[str, Any]) -> None:
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


def _guarded_range(*args: int) -> range:
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
        _tick()
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


def _guard_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    pass_arg = getattr(func, "jinja_pass_arg", None)
    offset = 1 if pass_arg is not None else 0  # environment/context comes first

    @functools.wraps(func)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        _tick()
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
            _check_call(str(value_args[0]).replace, value_args[1:3], {})
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


class _GuardedCodeGenerator(CodeGenerator):
    """Routes ``~`` and every ``for`` loop's iterable through the environment's guards."""

    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        for loop in node.find_all(nodes.For):
            loop.iter = nodes.Call(
                nodes.EnvironmentAttribute("guard_iter", lineno=loop.lineno),
                [loop.iter],
                [],
                None,
                None,
                lineno=loop.lineno,
            )
        super().visit_Template(node, frame)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.guard_concat((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class GuardedSandbox(ImmutableSandboxedEnvironment):
    """jinja2's (immutable) sandbox, plus limits on sizes, loops, time and output."""

    code_generator_class = _GuardedCodeGenerator
    intercepted_binops = frozenset(_BINOPS)

    def __init__(self, **options: Any) -> None:
        options.setdefault("undefined", StrictUndefined)
        options.setdefault("trim_blocks", True)
        options.setdefault("lstrip_blocks", True)
        options.setdefault("keep_trailing_newline", True)
        options.setdefault("autoescape", False)
        super().__init__(**options)
        self.globals.pop("lipsum", None)  # can produce unbounded text
        self.globals["range"] = _guarded_range
        self.filters = {name: _guard_filter(name, f) for name, f in self.filters.items()}

    # -- hooks called by sandboxed template code

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        _tick()
        guard = _BINOPS.get(operator)
        if guard is not None:
            return guard(left, right)
        return super().call_binop(context, operator, left, right)

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        _tick()
        _check_call(obj, args, kwargs)
        return super().call(context, obj, *args, **kwargs)

    def getattr(self, obj: Any, attribute: str) -> Any:
        _tick()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        _tick()
        return super().getitem(obj, argument)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapper = super().wrap_str_format(value)
        if wrapper is None:
            return None
        fmt = value.__self__
        _check_brace_format(fmt)

        @functools.wraps(wrapper)
        def guarded(*args: Any, **kwargs: Any) -> str:
            if value.__name__ == "format_map" and args and isinstance(args[0], Mapping):
                _check_brace_format(fmt, (), args[0])
            else:
                _check_brace_format(fmt, args, kwargs)
            result = wrapper(*args, **kwargs)
            if len(result) > MAX_SEQUENCE:
                raise SecurityError(f"it builds a string longer than {MAX_SEQUENCE:,}")
            return result

        return guarded

    def guard_iter(self, iterable: Any) -> Iterator[Any]:
        """Wraps every ``for`` loop: counts iterations against the render's budget."""
        if isinstance(iterable, Iterable):
            for value in iterable:
                _tick()
                yield value
            return
        yield from iterable  # lets Python raise its own "not iterable" error

    def guard_concat(self, values: Iterable[Any]) -> str:
        parts = [str(v) for v in values]
        if sum(len(p) for p in parts) > MAX_SEQUENCE:
            raise SecurityError(f"it builds a string longer than {MAX_SEQUENCE:,}")
        _tick()
        return "".join(parts)


class _SizedLoader(FileSystemLoader):
    """A file loader that stays inside its folders and refuses oversized template files.

    A template (or a file it includes) is read only if its real path, symlinks resolved,
    lies inside the folder it was found in: a symlink in the user's template folder that
    points at ``/etc/passwd`` must not put that file into a document. The size is checked
    before reading.
    """

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)
        for searchpath in self.searchpath:
            filename = posixpath.join(searchpath, *pieces)
            if os.path.isfile(filename):
                break
        else:
            raise TemplateNotFound(template)
        root = os.path.realpath(searchpath)
        real = os.path.realpath(filename)
        if os.path.commonpath([root, real]) != root:
            raise SecurityError(f"'{template}' is a link to a file outside the template folder")
        if os.path.getsize(real) > 4 * MAX_TEMPLATE_BYTES:  # UTF-8: at most 4 bytes a character
            raise SecurityError(f"the file is larger than {MAX_TEMPLATE_BYTES:,} characters")
        with open(real, encoding=self.encoding) as handle:
            source = handle.read(MAX_TEMPLATE_BYTES + 1)
        if len(source) > MAX_TEMPLATE_BYTES:
            raise SecurityError(f"the file is larger than {MAX_TEMPLATE_BYTES:,} characters")
        mtime = os.path.getmtime(real)

        def uptodate() -> bool:
            try:
                return os.path.getmtime(real) == mtime
            except OSError:
                return False

        return source, os.path.normpath(filename), uptodate


# ---- public API ------------------------------------------------------------------------------


class TemplateEngine:
    """Renders brief templates to markup, from a user folder (first) and ``templates/``."""

    def __init__(
        self, user_dir: Path | str | None = None, *, search_path: Sequence[Path] | None = None
    ) -> None:
        paths: list[Path] = []
        if user_dir is not None:
            paths.append(Path(user_dir))
        paths.extend(search_path if search_path is not None else [templates_dir()])
        self.search_path: tuple[Path, ...] = tuple(paths)
        self.environment = GuardedSandbox(loader=_SizedLoader([str(p) for p in paths]))
        self.environment.filters["cite"] = _guard_filter("cite", cite_filter)

    def render(self, name: str, context: Mapping[str, Any]) -> str:
        """Render the template file ``name`` (e.g. ``state-visit.j2``) with plain ``context``."""
        return self._run(name, lambda: self.environment.get_template(name), context)

    def render_string(self, source: str, context: Mapping[str, Any], name: str = "<text>") -> str:
        """Render template text (a template typed or pasted by the user)."""
        if len(source) > MAX_TEMPLATE_BYTES:
            raise ExportError(
                _sentence(name, f"it is larger than {MAX_TEMPLATE_BYTES:,} characters")
            )
        return self._run(name, lambda: self.environment.from_string(source), context)

    def _run(self, name: str, load: Callable[[], Any], context: Mapping[str, Any]) -> str:
        token = _BUDGET.set(_Budget(MAX_SECONDS))
        try:
            template = load()
            out: list[str] = []
            size = 0
            for chunk in template.generate(dict(context)):
                size += len(chunk)
                if size > MAX_OUTPUT:
                    raise SecurityError(f"its output is longer than {MAX_OUTPUT:,} characters")
                out.append(chunk)
                _tick()
            return "".join(out)
        except ExportError:
            raise
        except TemplateNotFound as err:
            missing = err.name or name
            where = ", ".join(str(p) for p in self.search_path)
            reason = f"'{missing}' was not found in {where}"
            raise ExportError(_sentence(name, reason)) from err
        except TemplateSyntaxError as err:
            reason = f"line {err.lineno} has a syntax error ({_clip(err.message or '')})"
            raise ExportError(_sentence(name, reason)) from err
        except SecurityError as err:
            raise ExportError(
                _sentence(name, f"the sandbox refused it: {_clip(str(err))}")
            ) from err
        except UndefinedError as err:
            raise ExportError(_sentence(name, _clip(str(err)))) from err
        except RecursionError as err:
            raise ExportError(_sentence(name, "it calls itself without end")) from err
        except MemoryError as err:
            raise ExportError(_sentence(name, "it needs more memory than is available")) from err
        except Exception as err:  # a user template can raise anything; it is input, not a bug
            reason = f"{type(err).__name__}: {_clip(str(err))}" if str(err) else type(err).__name__
            raise ExportError(_sentence(name, reason)) from err
        finally:
            _BUDGET.reset(token)


def cite_filter(value: Any) -> str:
    """``{{ ["f-1", "f-2"]|cite }}`` → ``[@f-1][@f-2]`` (a string or a list of fact uuids)."""
    keys = [value] if isinstance(value, str) else list(value or ())
    return "".join(f"[@{k}]" for k in keys if isinstance(k, str) and _CITE_KEY.fullmatch(k))


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split()).rstrip(".")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _sentence(name: str, reason: str) -> str:
    return f"The template '{name}' could not be used: {reason}."


@functools.lru_cache(maxsize=8)
def _engine_for(user_dir: str | None) -> TemplateEngine:
    return TemplateEngine(Path(user_dir) if user_dir else None)


def default_engine(user_dir: Path | str | None = None) -> TemplateEngine:
    """A shared engine (templates compiled once) for ``templates/`` and an optional user folder."""
    return _engine_for(str(user_dir) if user_dir else None)


def render_template(
    name: str, context: Mapping[str, Any], user_dir: Path | str | None = None
) -> str:
    return default_engine(user_dir).render(name, context)
