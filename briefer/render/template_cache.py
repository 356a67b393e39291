"""Compiled templates kept between processes, in the user's cache folder.

Compiling a template (jinja2's lexer, parser and Briefer's guarded code generator) is most of
what the first render of a process costs; the compiled code of the same template is the same
every time. :func:`bytecode_cache` gives the engine a jinja2 bytecode cache whose entries are
checked against what made them:

- the template's text: jinja2 stores the SHA-1 of the source with the code and compiles again
  when the text differs (an edited user template is never run from stale code);
- the sandbox that compiled it: the folder is named by a hash of ``engine.py`` and ``guards.py``
  (the code generator that routes loops and operators through the guards, and the guards),
  jinja2's version and Python's, so code compiled by an older or different sandbox is never
  loaded. Without those sources to hash (a bundle stripped of them) there is no cache.

The code still runs in the sandbox with every limit (the guards act at run time); the cache
only skips compiling. A cache file that cannot be read or is damaged is a miss, and a cache
that cannot be written is no cache: an export never fails because of it.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket, FileSystemBytecodeCache

_SANDBOX_SOURCES = ("engine.py", "guards.py")


class _QuietCache(FileSystemBytecodeCache):
    """jinja2's file cache, made to treat every failure of its own as a miss."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a damaged cache file (pickle, marshal): compile afresh
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            Path(self.directory).mkdir(parents=True, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:  # read-only or full disk: the render goes on uncached
            pass


def sandbox_fingerprint() -> str | None:
    """A hash of what compiles templates, or None when its sources cannot be read."""
    digest = hashlib.sha256(f"{jinja2.__version__}|{sys.version}".encode())
    here = Path(__file__).parent
    try:
        for name in _SANDBOX_SOURCES:
            digest.update((here / name).read_bytes())
    except OSError:
        return None
    return digest.hexdigest()[:20]


def bytecode_cache(cache_dir: Path) -> FileSystemBytecodeCache | None:
    """A cache of compiled templates under ``cache_dir`` (None: compile every time)."""
    fingerprint = sandbox_fingerprint()
    if fingerprint is None:
        return None
    return _QuietCache(str(cache_dir / f"templates-{fingerprint}"), "%s.jinja")
