"""A bare domain left as the outlet, written as a name (pure).

When nothing on a page names its site but its address ("kun.uz", "https://www.daryo.uz/"),
the outlet falls back on the domain (``outletnames.outlet_of_url``, ``domainname`` when the
text spells it out). Sites known by their address write it as a name, its first letter in
capitals ("Kun.uz", "Agenda.ge", "Gazeta.uz"), without the scheme, "www." or a closing slash:
an outlet is shown among names. A domain the page writes in mixed case itself
("eKathimerini.com", "DutchNews.nl") is left as written. This module owns
:func:`domain_as_name`.
"""

from __future__ import annotations

import re

from briefer.ingest.domainoutlet import web_address_only
from briefer.ingest.reservedhost import reserved_host


def domain_as_name(outlet: str) -> str:
    """ "kun.uz" → "Kun.uz", "https://www.x.org/" → "X.org"; any other outlet as it is."""
    bare = outlet.strip()
    # (a reserved host, "x.invalid", "example.com", names no site: left as read)
    if not web_address_only(bare) or bare != bare.lower() or reserved_host(bare):
        return outlet
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", bare, flags=re.IGNORECASE).rstrip("/")
    return host[:1].upper() + host[1:]


__all__ = ["domain_as_name"]
