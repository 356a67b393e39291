"""Briefer's desktop interface (PySide6): the only package that may import Qt.

Widgets reach the store only through :class:`briefer.services.Services`, and only from
background operations (:mod:`briefer.ui.ops`); models adapt lists of domain objects.
"""
