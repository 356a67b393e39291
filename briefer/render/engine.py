"""The template engine: jinja2's immutable sandbox with a size and work guard.

Templates are user-editable, so they are treated as untrusted input:

- the sandbox blocks internals (``''.__class__``, ``cycler.__init__.__globals__``…) and
  any change to lists/dicts given in the context;
- ``*``, ``**``, ``+``, ``%`` and ``~`` refuse results beyond ``MAX_SEQUENCE`` items or
  ``MAX_INT_BITS``; ``range()`` refuses more than ``MAX_RANGE`` items; every ``for`` loop
  counts against ``MAX_ITERATIONS`` per render; width-like arguments of filters and string
  methods are capped; the output is capped at ``MAX_OUTPUT`` characters and a render stops
  after ``MAX_SECONDS`` of the rendering thread's processor time (the guards themselves are
  ``guards``; this module owns the sandbox, its code generator, the loader and
  :class:`TemplateEngine`);
- every failure becomes one ``ExportError`` sentence: "The template 'x' could not be used: …".

Templates are looked up in a user folder first (when given), then in ``templates/``.
"""

from __future__ import annotations

import functools
import os
import posixpath
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
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
from briefer.paths import cache_dir
from briefer.render.guards import (
    BINOPS,
    BUDGET,
    MAX_OUTPUT,
    MAX_SECONDS,
    MAX_SEQUENCE,
    MAX_TEMPLATE_BYTES,
    Budget,
    check_brace_format,
    check_call,
    guard_filter,
    guarded_range,
    tick,
)
from briefer.render.markup import CITE_KEY
from briefer.render.template_cache import bytecode_cache
from briefer.resources import templates_dir

_CITE_KEY = re.compile(CITE_KEY)


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
    intercepted_binops = frozenset(BINOPS)

    def __init__(self, **options: Any) -> None:
        options.setdefault("undefined", StrictUndefined)
        options.setdefault("trim_blocks", True)
        options.setdefault("lstrip_blocks", True)
        options.setdefault("keep_trailing_newline", True)
        options.setdefault("autoescape", False)
        super().__init__(**options)
        self.globals.pop("lipsum", None)  # can produce unbounded text
        self.globals["range"] = guarded_range
        self.filters = {name: guard_filter(name, f) for name, f in self.filters.items()}

    # -- hooks called by sandboxed template code

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        tick()
        guard = BINOPS.get(operator)
        if guard is not None:
            return guard(left, right)
        return super().call_binop(context, operator, left, right)

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        tick()
        check_call(obj, args, kwargs)
        return super().call(context, obj, *args, **kwargs)

    def getattr(self, obj: Any, attribute: str) -> Any:
        tick()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        tick()
        return super().getitem(obj, argument)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapper = super().wrap_str_format(value)
        if wrapper is None:
            return None
        fmt = value.__self__
        check_brace_format(fmt)

        @functools.wraps(wrapper)
        def guarded(*args: Any, **kwargs: Any) -> str:
            if value.__name__ == "format_map" and args and isinstance(args[0], Mapping):
                check_brace_format(fmt, (), args[0])
            else:
                check_brace_format(fmt, args, kwargs)
            result = wrapper(*args, **kwargs)
            if len(result) > MAX_SEQUENCE:
                raise SecurityError(f"it builds a string longer than {MAX_SEQUENCE:,}")
            return result

        return guarded

    def guard_iter(self, iterable: Any) -> Iterator[Any]:
        """Wraps every ``for`` loop: counts iterations against the render's budget."""
        if isinstance(iterable, Iterable):
            for value in iterable:
                tick()
                yield value
            return
        yield from iterable  # lets Python raise its own "not iterable" error

    def guard_concat(self, values: Iterable[Any]) -> str:
        parts = [str(v) for v in values]
        if sum(len(p) for p in parts) > MAX_SEQUENCE:
            raise SecurityError(f"it builds a string longer than {MAX_SEQUENCE:,}")
        tick()
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
        self,
        user_dir: Path | str | None = None,
        *,
        search_path: Sequence[Path] | None = None,
        cache_dir: Path | None = None,
    ) -> None:
        """``cache_dir``: keep compiled templates there between processes (``template_cache``)."""
        paths: list[Path] = []
        if user_dir is not None:
            paths.append(Path(user_dir))
        paths.extend(search_path if search_path is not None else [templates_dir()])
        self.search_path: tuple[Path, ...] = tuple(paths)
        self.environment = GuardedSandbox(
            loader=_SizedLoader([str(p) for p in paths]),
            bytecode_cache=bytecode_cache(cache_dir) if cache_dir is not None else None,
        )
        self.environment.filters["cite"] = guard_filter("cite", cite_filter)

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
        token = BUDGET.set(Budget(MAX_SECONDS))
        try:
            template = load()
            out: list[str] = []
            size = 0
            for chunk in template.generate(dict(context)):
                size += len(chunk)
                if size > MAX_OUTPUT:
                    raise SecurityError(f"its output is longer than {MAX_OUTPUT:,} characters")
                out.append(chunk)
                tick()
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
            BUDGET.reset(token)


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
def _engine_for(user_dir: str | None, cache: str) -> TemplateEngine:
    return TemplateEngine(Path(user_dir) if user_dir else None, cache_dir=Path(cache))


def default_engine(user_dir: Path | str | None = None) -> TemplateEngine:
    """A shared engine (templates compiled once per process, and kept compiled between
    processes in the user's cache folder) for ``templates/`` and an optional user folder."""
    # The cache folder is part of the key: a BRIEFER_HOME set for a while (selftest) gets its own.
    return _engine_for(str(user_dir) if user_dir else None, str(cache_dir()))


def render_template(
    name: str, context: Mapping[str, Any], user_dir: Path | str | None = None
) -> str:
    return default_engine(user_dir).render(name, context)
