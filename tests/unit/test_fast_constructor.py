"""``fast_constructor``: the same frozen instance as the class's ``__init__``, cheaper."""

from __future__ import annotations

import copy
import pickle

import attrs
import pytest

from twilio_async._builder import fast_constructor
from twilio_async._journal import PENDING, SENT, JournalEntry, make_entry


@attrs.frozen(kw_only=True, weakref_slot=False)
class Plain:
    name: str
    count: int = 0
    note: str | None = None


def test_builds_what_the_class_builds() -> None:
    make = fast_constructor(Plain)
    assert make is not Plain  # a plain slots class gets its own constructor
    built = make(name="a", note="n")
    assert type(built) is Plain
    assert built == Plain(name="a", note="n")
    assert hash(built) == hash(Plain(name="a", note="n"))
    assert built.count == 0  # defaults as the class declares them
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built.name = "b"  # type: ignore[misc]
    assert attrs.evolve(built, count=2) == Plain(name="a", count=2, note="n")
    assert pickle.loads(pickle.dumps(built)) == built == copy.copy(built)


def test_refuses_what_the_class_would_refuse() -> None:
    make = fast_constructor(Plain)
    with pytest.raises(TypeError, match="name"):
        make()  # a required field missing
    with pytest.raises(TypeError, match="colour"):
        make(name="a", colour="red")  # no such field
    with pytest.raises(TypeError):
        make("a")  # keyword-only


@attrs.frozen
class Weak:
    name: str


@attrs.frozen(weakref_slot=False)
class Checked:
    name: str = attrs.field(validator=attrs.validators.instance_of(str))


@attrs.frozen(weakref_slot=False)
class WithFactory:
    names: list[str] = attrs.Factory(list)


@pytest.mark.parametrize("cls", [Weak, Checked, WithFactory])
def test_classes_it_cannot_copy_keep_their_own_init(cls: type) -> None:
    assert fast_constructor(cls) is cls


def test_journal_entries_on_the_hot_path_equal_built_ones() -> None:
    fields = {"key": "7", "state": PENDING, "intent": "[]", "intended_at": 1.5, "owner": "o"}
    assert make_entry(**fields) == JournalEntry(**fields)
    sent = make_entry(**fields | {"state": SENT, "sid": "SM1"})
    assert type(sent) is JournalEntry
    assert (sent.sid, sent.code) == ("SM1", None)
