"""Web addresses on a reserved domain, which name no site (pure).

Owns telling an address that can belong to no outlet: the names set aside for examples and
tests (RFC 2606, RFC 6761: ".invalid", ".test", ".example", ".localhost", and the example.com,
.net, .org domains). A page saved or printed without its real address shows one of these,
and its domain is no publisher's name.
"""

from __future__ import annotations

from typing import Final
from urllib.parse import urlsplit

_RESERVED_TLDS: Final = frozenset({"invalid", "test", "example", "localhost"})
_RESERVED_DOMAINS: Final = frozenset({"example.com", "example.net", "example.org"})


def reserved_host(url: str) -> bool:
    """True when the address's host is a reserved name no site can hold."""
    try:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    except ValueError:
        return False
    host = host.rstrip(".")
    if not host:
        return False
    if host.rsplit(".", 1)[-1] in _RESERVED_TLDS:
        return True
    return any(host == d or host.endswith(f".{d}") for d in _RESERVED_DOMAINS)


__all__ = ["reserved_host"]
