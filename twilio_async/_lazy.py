"""Deferred parsing of record fields: dates, and counts sent as strings.

Parsing a date costs more than everything else in a record put together, and most code
that lists messages never reads most of their dates. So when a date string arrives in
one of Twilio's two fixed layouts, the decoder stores the string in the record's slot
and this descriptor, installed on the record class in place of the slot's own
descriptor, parses it on first read and stores the datetime back. Readers always see a
``datetime`` (or ``None``); equality, hashing, ``repr``, pickling and ``attrs.evolve``
all read through the descriptor, so they see it too. Integer fields that Twilio sends as
strings of digits (``"num_segments": "1"``) are deferred the same way: ``int()`` of a
string the decoder checked with ``str.isdecimal`` cannot fail.

The decoder only defers strings of the fixed shape (31 characters ending in ``+0000``,
or 20 ending in ``Z``); anything else is parsed at decode time, so garbage is reported
by :func:`~twilio_async.structure` as usual. Only a string of that shape that is not a
real date (day 32, a misspelt month) reaches the first read, and that read raises
:class:`~twilio_async.RecordDecodeError` naming the field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from twilio_async._exceptions import RecordDecodeError

__all__ = ["LazyField", "install", "slot_descriptor"]


class LazyField:
    """Data descriptor over a slot that may hold a string not yet parsed."""

    __slots__ = ("name", "owner", "parse", "slot")

    def __init__(self, slot: Any, name: str, owner: str, parse: Callable[[str], Any]) -> None:
        self.slot = slot
        self.name = name
        self.owner = owner
        self.parse = parse

    def __get__(self, obj: object | None, objtype: type | None = None) -> Any:
        if obj is None:
            return self
        value = self.slot.__get__(obj, objtype)
        if type(value) is not str:
            return value
        try:
            parsed = self.parse(value)
        except ValueError as exc:
            raise RecordDecodeError(self.owner, f"field {self.name!r}={value!r}: {exc}") from None
        self.slot.__set__(obj, parsed)
        return parsed

    def __set__(self, obj: object, value: Any) -> None:
        self.slot.__set__(obj, value)

    def __delete__(self, obj: object) -> None:
        self.slot.__delete__(obj)

    def __repr__(self) -> str:
        return f"<lazy field {self.name!r} of {self.owner}>"


def slot_descriptor(cls: type[Any], name: str) -> Any:
    """The descriptor for field ``name``: on ``cls`` or, for an inherited field, a base."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    raise AttributeError(f"{cls.__name__} has no slot {name!r}")


def install(cls: type[Any], name: str, parse: Callable[[str], Any]) -> Any:
    """Put a :class:`LazyField` on ``cls.name``; return the slot's own ``__set__``."""
    current = slot_descriptor(cls, name)
    if not isinstance(current, LazyField):
        current = LazyField(current, name, cls.__name__, parse)
        setattr(cls, name, current)
    return current.slot.__set__
