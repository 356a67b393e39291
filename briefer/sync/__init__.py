"""The shared PostgreSQL hub: its schema and roles, change sets, three-way merge, sync.

- :mod:`briefer.sync.hub` — the hub's named migrations, roles and grants; connecting.
- :mod:`briefer.sync.payload` — facts and sources as the plain dicts that travel.
- :mod:`briefer.sync.merge` — the pure three-way, field-by-field merge.
- :mod:`briefer.sync.ledger` — what the laptop remembers: settings, last synced copies,
  uploads in flight, what changed here, open sync conflicts.
- :mod:`briefer.sync.local` — the laptop's side: applying the hub's changes.
- :mod:`briefer.sync.engine` — pull and push in chunks, resumable and idempotent.
- :mod:`briefer.sync.conflicts` — one list of conflicts from sync and packs; resolving.

Fact packs move the same facts by file: the pack format and its untrusted reader are pure
(:mod:`briefer.packs`); writing a pack from this store and merging one into it are here —
:mod:`briefer.sync.pack_export`, :mod:`briefer.sync.pack_import` (in an air-gapped store,
:mod:`briefer.sync.pack_changeset`: the pack as sync's change set),
:mod:`briefer.sync.pack_conflicts`, :mod:`briefer.sync.pack_local`.
"""
