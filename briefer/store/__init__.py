"""The store: SQLite through sqlite-utils. Data access only (no Qt, no policy).

Importing the package wires the backups' hooks into the connection (see
:mod:`briefer.store.backups`), so a store opened through any module of this package gets the
checks on opening and the way back from damage.
"""

from briefer.store import backups as backups
