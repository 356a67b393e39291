"""The typed boundary between the DOCX writer and lxml / python-docx's XML layer.

lxml ships no type information, and python-docx's element classes derive from lxml's, so to
the type checker every WordprocessingML element would be ``Any``. :class:`Element` names the
few lxml calls the writer makes, with precise types; the functions here are the only places
where an untyped lxml or python-docx object becomes an :class:`Element` (one ``cast`` each).
The rest of ``briefer.export`` handles elements through this type only.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableMapping
from functools import cache
from typing import Protocol, cast, overload

from docx.oxml import ns
from docx.oxml import parser as oxml
from lxml import etree


class Element(Protocol):
    """An lxml element as the writer uses it (python-docx's ``BaseOxmlElement`` is one)."""

    tag: str
    text: str | None

    @property
    def attrib(self) -> MutableMapping[str, str]: ...

    @overload
    def get(self, key: str) -> str | None: ...

    @overload
    def get(self, key: str, default: str) -> str: ...

    def set(self, key: str, value: str) -> None: ...

    def append(self, element: Element, /) -> None: ...

    def extend(self, elements: Iterable[Element], /) -> None: ...

    def insert(self, index: int, element: Element, /) -> None: ...

    def remove(self, element: Element, /) -> None: ...

    def addprevious(self, element: Element, /) -> None: ...

    def addnext(self, element: Element, /) -> None: ...

    def find(self, path: str) -> Element | None: ...

    def findall(self, path: str) -> list[Element]: ...

    def __iter__(self) -> Iterator[Element]: ...

    def __len__(self) -> int: ...


@cache
def qn(tag: str) -> str:
    """The Clark name of a prefixed tag or attribute ("w:p" → "{http://…/main}p")."""
    return str(ns.qn(tag))


@cache
def clark_and_nsmap(tag: str) -> tuple[str, dict[str, str]]:
    """The Clark name of ``tag`` and the namespace map it declares (resolved once)."""
    prefixed = ns.NamespacePrefixedTag(tag)
    return str(prefixed.clark_name), dict(prefixed.nsmap)


def make(tag: str) -> Element:
    """A new, parentless element of python-docx's element classes (its own parser)."""
    clark, nsmap = clark_and_nsmap(tag)
    return cast(Element, oxml.oxml_parser.makeelement(clark, nsmap=nsmap))


def make_child(parent: Element, tag: str) -> Element:
    """A new element appended to ``parent`` (sharing the parent's namespace map)."""
    return cast(Element, etree.SubElement(parent, clark_and_nsmap(tag)[0]))


def parse(xml: str) -> Element:
    """An element tree parsed by python-docx's parser."""
    return cast(Element, oxml.parse_xml(xml))


def element_of(node: object) -> Element:
    """A python-docx element object (a part's root, the styles, the body …) as an Element.

    python-docx types these as its own classes, which derive from untyped lxml ones."""
    return cast(Element, node)


def nsdecls(*prefixes: str) -> str:
    """``xmlns:…`` declarations for ``prefixes``, to write in an XML literal."""
    return str(ns.nsdecls(*prefixes))
