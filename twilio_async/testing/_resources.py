"""The fake's storage for every resource but Messages: records by collection, parent, key.

A record is stored as the field values it was given (its identity, path values, dates and
the request's parameters); the rest of a response is the shape's defaults, filled in when
it is rendered (:mod:`twilio_async.testing._generic`).
"""

from __future__ import annotations

import itertools
import threading
from typing import Any

import attrs

__all__ = ["ResourceStore", "StoredRecord"]

Parents = tuple[str, ...]


@attrs.define(eq=False)
class StoredRecord:
    """One record: its key within its parent, creation order and its field values."""

    key: str
    seq: int
    parents: Parents
    fields: dict[str, Any]

    @property
    def sid(self) -> str:
        """The key, under the name the pager's tokens use."""
        return self.key


class ResourceStore:
    """Records of every collection, thread-safe (the server may run in another thread)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._records: dict[int, dict[Parents, dict[str, StoredRecord]]] = {}
        self._seq = itertools.count()

    def get(self, collection: int, parents: Parents, key: str) -> StoredRecord | None:
        """The record with ``key`` under ``parents``, if stored."""
        with self._lock:
            return self._records.get(collection, {}).get(parents, {}).get(key)

    def put(
        self, collection: int, parents: Parents, key: str, fields: dict[str, Any]
    ) -> StoredRecord:
        """Store a record (replacing one with the same key, keeping its place)."""
        with self._lock:
            records = self._records.setdefault(collection, {}).setdefault(parents, {})
            known = records.get(key)
            record = StoredRecord(key, known.seq if known else next(self._seq), parents, fields)
            records[key] = record
            return record

    def delete(self, collection: int, parents: Parents, key: str) -> bool:
        """Remove a record; False if there was none."""
        with self._lock:
            return self._records.get(collection, {}).get(parents, {}).pop(key, None) is not None

    def under(self, collection: int, parents: Parents) -> list[StoredRecord]:
        """The records under ``parents``, in creation order."""
        with self._lock:
            return sorted(self._records.get(collection, {}).get(parents, {}).values(), key=_by_seq)

    def all(self, collection: int) -> list[StoredRecord]:
        """Every record of a collection, whatever its parents, in creation order."""
        with self._lock:
            found = [
                r for group in self._records.get(collection, {}).values() for r in group.values()
            ]
        return sorted(found, key=_by_seq)


def _by_seq(record: StoredRecord) -> int:
    return record.seq
