"""Generated ``dict -> record`` functions that fill a frozen record's slots directly.

A frozen attrs ``__init__`` stores each field through ``object.__setattr__`` (about
110 ns a field on CPython 3.11); a slot descriptor's ``__set__`` costs about the same.
A plain store into a slot of a class with no ``__setattr__`` is a specialised bytecode
that costs about 15 ns. So each record class gets a *twin*: a bare class with the same
``__slots__``. The builder fills a twin instance with plain stores and then switches
its ``__class__`` to the record class. CPython allows that switch only between classes
with the same layout, which :func:`slot_twin` checks once with a probe instance; where
it fails, the builder falls back to the slot descriptors. Either way the result is an
ordinary frozen record, the same as its ``__init__`` would build.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

import attrs

from twilio_async._exceptions import RecordDecodeError

T = TypeVar("T")

__all__ = [
    "FieldCode",
    "fast_constructor",
    "make_builder",
    "missing_identity",
    "plain_slots_record",
    "slot_twin",
]


def plain_slots_record(cls: type[Any]) -> bool:
    """Whether instances can be filled slot by slot without losing attrs behaviour."""
    return _plain_init(cls) and all(
        f.default is None or f.default is attrs.NOTHING for f in attrs.fields(cls)
    )


def _plain_init(cls: type[Any]) -> bool:
    """Whether ``cls.__init__`` only stores its arguments (or plain defaults) in slots."""
    return (
        "__slots__" in cls.__dict__
        and not hasattr(cls, "__attrs_post_init__")
        and not hasattr(cls, "__attrs_pre_init__")
        and all(
            f.validator is None
            and f.converter is None
            and f.init
            and not isinstance(f.default, attrs.Factory)  # type: ignore[arg-type]
            for f in attrs.fields(cls)
        )
    )


def missing_identity(cls: type[Any], key: str) -> RecordDecodeError:
    """The error for an answer without one of a record's identity fields (its SID, ...)."""
    return RecordDecodeError(
        cls.__name__, f"field {key!r} is missing: it identifies the record, so it is required"
    )


def slot_twin(cls: type[Any]) -> type[Any] | None:
    """A bare class whose instances can become ``cls`` instances, or ``None``."""
    from twilio_async._record import Record

    # The twin shares the record's base (object, or Record and its one slot): same layout.
    if cls.__bases__ not in ((object,), (Record,)):
        return None
    twin = type(
        f"_{cls.__name__}Slots",
        cls.__bases__,
        {"__slots__": cls.__dict__["__slots__"], "__module__": cls.__module__},
    )
    probe: Any = object.__new__(twin)
    try:
        probe.__class__ = cls
    except TypeError:  # e.g. a __weakref__ slot: CPython 3.11 reports a layout mismatch
        return None
    return twin


@attrs.frozen
class FieldCode:
    """How the builder fills one field.

    ``hook(value, type)`` converts the JSON value (``None``: store it as it is).
    ``inline`` is an optional Python expression over the JSON value ``v`` that handles
    the common case without a call and defers to ``{hook}`` otherwise; its other
    ``{names}`` refer to the objects in ``env``. ``setter`` stores into the slot when
    the record has no slot twin. A ``required`` field (a record's identity: its SID, the
    keys that address it) missing, ``null`` or empty raises ``RecordDecodeError``.
    """

    name: str
    key: str
    hook: Callable[[Any, Any], Any] | None
    type: Any
    setter: Callable[[Any, Any], None]
    inline: str | None = None
    env: dict[str, Any] = attrs.field(factory=dict)
    required: bool = False


def _value_code(field: FieldCode, namespace: dict[str, Any]) -> tuple[str, str]:
    """Return (statements before the store, the expression to store)."""
    get = f"g({field.key!r})"
    if field.required:
        # Fetch once, refuse a missing identity, then convert the value already in hand.
        before = f"    v = {get}\n    if v is None or v == '': __missing({field.key!r})\n"
        if field.hook is None:
            return before, "v"
        inner, value = _value_code(attrs.evolve(field, required=False), namespace)
        return before, value if inner else value.replace(f"({get},", "(v,", 1)
    if field.hook is None:
        return "", get
    prefix = f"__{field.name}_"
    namespace[prefix + "hook"] = field.hook
    namespace[prefix + "type"] = field.type
    call = f"{prefix}hook(v, {prefix}type)"
    if field.inline is None:
        return "", call.replace("(v,", f"({get},", 1)
    names = {name: prefix + name for name in field.env}
    namespace.update({prefix + name: value for name, value in field.env.items()})
    return f"    v = {get}\n", field.inline.format(hook=call, **names)


def make_builder(
    cls: type[Any],
    fields: list[FieldCode],
    on_error: Callable[[Any, Exception], Exception],
) -> Callable[..., Any]:
    """Compile ``build(o, _=None) -> cls`` for a plain slots record.

    Whatever goes wrong (``o`` is not a mapping, a field hook raises) is raised as
    ``on_error(o, exc)``, so the builder is the whole decoder: one call per record.
    """
    twin = slot_twin(cls)

    def missing(key: str) -> None:
        raise missing_identity(cls, key)

    namespace: dict[str, Any] = {
        "__cls": cls,
        "__new": object.__new__,
        "__twin": twin,
        "__on_error": on_error,
        "__missing": missing,
        "__RecordDecodeError": RecordDecodeError,
    }
    lines = ["def build(o, _=None):", "  try:", "    g = o.get"]
    lines.append("    obj = __new(__twin)" if twin is not None else "    obj = __new(__cls)")
    for field in fields:
        before, value = _value_code(field, namespace)
        if before:
            lines.append(before.rstrip("\n"))
        if twin is not None:
            lines.append(f"    obj.{field.name} = {value}")
        else:
            namespace[f"__{field.name}_set"] = field.setter
            lines.append(f"    __{field.name}_set(obj, {value})")
    if twin is not None:
        lines.append("    obj.__class__ = __cls")
    lines.append("    return obj")
    lines.append("  except __RecordDecodeError:")  # a missing identity already says it all
    lines.append("    raise")
    lines.append("  except Exception as exc:")
    lines.append("    raise __on_error(o, exc) from exc")
    source = "\n".join(lines) + "\n"
    exec(compile(source, f"<twilio_async build {cls.__name__}>", "exec"), namespace)
    return namespace["build"]  # type: ignore[no-any-return]


def fast_constructor(cls: type[T]) -> Callable[..., T]:
    """A keyword-only constructor that builds the same ``cls`` instance as ``cls(...)``
    with plain stores into its slot twin, for a frozen slots attrs class built on a hot
    path (no validators, converters, factories or init hooks); ``cls`` itself when it
    has no slot twin or is not that plain."""
    twin = slot_twin(cls)
    if twin is None or not _plain_init(cls):
        return cls
    fields = attrs.fields(cast("type[attrs.AttrsInstance]", cls))
    namespace: dict[str, Any] = {"__new": object.__new__, "__twin": twin, "__cls": cls}
    params = []
    for field in fields:
        if field.default is attrs.NOTHING:
            params.append(field.name)
        else:
            namespace[f"__default_{field.name}"] = field.default
            params.append(f"{field.name}=__default_{field.name}")
    lines = [f"def make(*, {', '.join(params)}):", "    obj = __new(__twin)"]
    lines += [f"    obj.{field.name} = {field.name}" for field in fields]
    lines += ["    obj.__class__ = __cls", "    return obj"]
    source = "\n".join(lines) + "\n"
    exec(compile(source, f"<twilio_async make {cls.__name__}>", "exec"), namespace)
    return namespace["make"]  # type: ignore[no-any-return]
