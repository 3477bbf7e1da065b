"""The one cattrs converter that turns JSON dicts into typed, frozen records.

It is built on first use (:func:`get_converter`), so importing the package does not import
cattrs.

Hooks are generated once per record class (cattrs' code generation); the per-field hooks
for the common shapes (``str | None`` and friends) are passthroughs or tiny functions so
that decoding a record costs a few microseconds, not reflection on every call.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

import attrs

from twilio_async import _lazy
from twilio_async._builder import FieldCode, make_builder, missing_identity, plain_slots_record
from twilio_async._dates import parse_any_datetime
from twilio_async._enums import OpenEnum
from twilio_async._exceptions import RecordDecodeError

if typing.TYPE_CHECKING:
    import cattrs

__all__ = ["get_converter", "structure", "structure_hook"]

T = TypeVar("T")


def _passthrough(value: Any, _: Any) -> Any:
    return value


def _optional_str(value: Any, _: Any) -> str | None:
    # Twilio sends strings or null here; checking every field costs more than it catches.
    return value  # type: ignore[no-any-return]


def _optional_int(value: Any, _: Any) -> int | None:
    if value is None or type(value) is int:
        return value
    if type(value) is str:  # Twilio sends counts as strings: "1"
        try:
            return int(value)
        except ValueError:
            if value.strip():
                raise
            return None
    if isinstance(value, float) and not value.is_integer():
        raise ValueError(f"expected a whole number, got {value!r}")
    return int(value)


def _optional_decimal(value: Any, _: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        # str() first: Decimal(0.1) would carry binary noise into a price.
        return Decimal(value if isinstance(value, str) else str(value))
    except InvalidOperation as exc:
        raise ValueError(f"not a decimal number: {value!r}") from exc


_DATE_CACHE: dict[str, datetime] = {}
_DATE_CACHE_SIZE = 4096


def _parse_datetime(value: str) -> datetime:
    # Records created together share timestamps (date_created == date_updated, a page of
    # messages sent in the same second), and datetimes are immutable: cache the parse.
    parsed = _DATE_CACHE.get(value)
    if parsed is None:
        parsed = parse_any_datetime(value)
        if len(_DATE_CACHE) >= _DATE_CACHE_SIZE:
            _DATE_CACHE.clear()
        _DATE_CACHE[value] = parsed
    return parsed


def _optional_datetime(value: Any, _: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    return _parse_datetime(value)


def _optional_date(value: Any, _: Any) -> date | None:
    if value is None or value == "":
        return None
    return date.fromisoformat(value[:10])


def _optional_bool(value: Any, _: Any) -> bool | None:
    if value is None or type(value) is bool:
        return value
    if value in ("true", "True"):
        return True
    if value in ("false", "False"):
        return False
    raise ValueError(f"expected a boolean, got {value!r}")


def _optional_mapping(value: Any, _: Any) -> Mapping[str, Any] | None:
    if value is None or isinstance(value, dict):
        return value
    raise TypeError(f"expected an object, got {type(value).__name__}")


def _optional_list(value: Any, _: Any) -> list[Any] | None:
    if value is None or isinstance(value, list):
        return value
    raise TypeError(f"expected an array, got {type(value).__name__}")


_SIMPLE_HOOKS: dict[Any, Callable[[Any, Any], Any]] = {
    str | None: _optional_str,
    int | None: _optional_int,
    bool | None: _optional_bool,
    Decimal | None: _optional_decimal,
    datetime | None: _optional_datetime,
    date | None: _optional_date,
    float | None: lambda v, _: None if v is None else float(v),
    dict[str, str] | None: _optional_mapping,
    dict[str, Any] | None: _optional_mapping,
    list[str] | None: _optional_list,
    list[Any] | None: _optional_list,
    list[dict[str, Any]] | None: _optional_list,
}


def _open_enum_member(tp: Any) -> type[OpenEnum] | None:
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and len(args) == 2:
        for arg in args:
            if isinstance(arg, type) and issubclass(arg, OpenEnum) and type(None) in args:
                return arg
    return None


def _open_enum_hook_factory(tp: Any) -> Callable[[Any, Any], Any]:
    enum_cls = _open_enum_member(tp)
    assert enum_cls is not None

    members = enum_cls._value2member_map_

    def hook(value: Any, _: Any) -> OpenEnum | None:
        if value is None:
            return None
        # The member map holds known values and every unknown value seen so far.
        member = members.get(value)
        return member if member is not None else enum_cls(value)  # type: ignore[return-value]

    hook.members = members  # type: ignore[attr-defined]  # for the builder's inline lookup
    return hook


def _json_key(name: str) -> str:
    # Python names that clash with keywords end in "_" (from_); the JSON key does not.
    return name[:-1] if name.endswith("_") else name


def _field_key(field: attrs.Attribute[Any]) -> str:
    """The JSON key of a field: its ``metadata["json"]`` (``accountSid``), else its name."""
    key = field.metadata.get("json")
    return key if isinstance(key, str) else _json_key(field.name)


def _record_hook_factory(cls: type[Any]) -> Callable[[Any, Any], Any]:
    """Generate ``build(o) -> cls`` once per record class.

    Like cattrs' own generated functions, but a passthrough field is a plain
    ``o.get(key)`` and nothing else is built on the way. Records whose fields are all
    optional with no validators get a builder that fills their slots directly (see
    ``_builder``) and dates in Twilio's fixed layouts are parsed on first read (see
    ``_lazy``). The result is the same frozen instance. Other classes use cattrs.
    """
    fields = attrs.fields(cls)
    if not plain_slots_record(cls):
        from cattrs.gen import make_dict_structure_fn, override

        renames = {
            f.name: override(rename=_field_key(f)) for f in fields if _field_key(f) != f.name
        }
        return make_dict_structure_fn(
            cls,
            get_converter(),
            _cattrs_detailed_validation=False,
            **renames,  # type: ignore[arg-type]
        )
    hints = typing.get_type_hints(cls)

    def on_error(data: Any, exc: Exception) -> Exception:
        return _explain(cls, data, exc)

    build = make_builder(cls, [_field_code(cls, f, hints[f.name]) for f in fields], on_error)
    build.explains_errors = True  # type: ignore[attr-defined]  # see structure_hook
    return build


# Inline fast paths for the common JSON shapes; anything else goes to the hook, which
# also produces the error message if the value is bad (see _explain).
# Digits only (the usual "1") are kept as a string for LazyField; int() of them can't fail.
_INLINE_DEFERRED_INT = (
    "v if v is None or type(v) is int or (type(v) is str and v.isdecimal()) else {hook}"
)
_INLINE_DECIMAL = "None if v is None else {Decimal}(v) if type(v) is str and v else {hook}"
_INLINE_ENUM = "None if v is None else {members}.get(v) or {hook}"
_INLINE_OBJECT = "v if v is None or type(v) is dict else {hook}"
_INLINE_ARRAY = "v if v is None or type(v) is list else {hook}"
# A date in one of Twilio's two fixed layouts is kept as a string for LazyField.
# (None, a date not sent yet, is None whatever the hook would say.)
_INLINE_DEFERRED_DATE = (
    "v if v is None or (type(v) is str and ((len(v) == 31 and v.endswith(' +0000')) "
    "or (len(v) == 20 and v[19] == 'Z' and v[10] == 'T'))) else {hook}"
)


def _required(field: attrs.Attribute[Any]) -> bool:
    """An identity field: no default, so the record cannot exist without it."""
    return field.default is attrs.NOTHING


def _decoded_type(field: attrs.Attribute[Any], tp: Any) -> Any:
    # A required field is decoded by the same hooks as an optional one of its type; the
    # builder refuses a missing or null value before they run.
    return tp | None if _required(field) else tp


def _field_code(cls: type[Any], field: attrs.Attribute[Any], tp: Any) -> FieldCode:
    name = field.name
    tp = _decoded_type(field, tp)
    hook: Callable[[Any, Any], Any] | None = get_converter().get_structure_hook(tp)
    setter = _lazy.slot_descriptor(cls, name).__set__
    inline: str | None = None
    env: dict[str, Any] = {}
    if hook in (_passthrough, _optional_str):
        hook = None
    elif hook is _optional_datetime:
        setter = _lazy.install(cls, name, _parse_datetime)
        inline = _INLINE_DEFERRED_DATE
    elif hook is _optional_int:
        setter = _lazy.install(cls, name, int)
        inline = _INLINE_DEFERRED_INT
    elif hook is _optional_mapping:
        inline = _INLINE_OBJECT
    elif hook is _optional_list:
        inline = _INLINE_ARRAY
    elif hook is _optional_decimal:
        inline, env = _INLINE_DECIMAL, {"Decimal": Decimal}
    elif isinstance(getattr(hook, "members", None), dict):
        inline, env = _INLINE_ENUM, {"members": hook.members}  # type: ignore[union-attr]
    return FieldCode(name, _field_key(field), hook, tp, setter, inline, env, _required(field))


_converter: cattrs.Converter | None = None


def get_converter() -> cattrs.Converter:
    """The converter, configured on first use (importing cattrs costs more than the rest)."""
    global _converter
    if _converter is None:
        import cattrs

        converter = cattrs.Converter()
        for tp, hook in _SIMPLE_HOOKS.items():
            converter.register_structure_hook(tp, hook)
        # A predicate, not register_structure_hook(Any, ...): cattrs rejects Any on 3.10.
        converter.register_structure_hook_func(lambda tp: tp is Any, _passthrough)
        converter.register_structure_hook_factory(
            lambda tp: _open_enum_member(tp) is not None, _open_enum_hook_factory
        )
        converter.register_structure_hook_factory(attrs.has, _record_hook_factory)
        _converter = converter
    return _converter


_decoders: dict[type[Any], Callable[[Mapping[str, Any]], Any]] = {}


def structure_hook(cls: type[T]) -> Callable[[Mapping[str, Any]], T]:
    """Return a fast ``data -> record`` function for ``cls`` (built once, then cached)."""
    decoder = _decoders.get(cls)
    if decoder is not None:
        return decoder
    bound = get_converter().get_structure_hook(cls)
    if getattr(bound, "explains_errors", False):
        # A generated builder checks its input and names the failing field itself.
        built = typing.cast(Callable[[Mapping[str, Any]], T], bound)
        _decoders[cls] = built
        return built

    def decode(data: Mapping[str, Any]) -> T:
        if type(data) is not dict and not isinstance(data, Mapping):
            raise _explain(cls, data, TypeError("not a mapping"))
        try:
            return typing.cast(T, bound(data, cls))
        except RecordDecodeError:
            raise
        except Exception as exc:
            raise _explain(cls, data, exc) from exc

    _decoders[cls] = decode
    return decode


def structure(data: Mapping[str, Any], cls: type[T]) -> T:
    """Build the typed record ``cls`` from a JSON object.

    Unknown keys are ignored; a value that cannot be converted raises
    :class:`~twilio_async.RecordDecodeError` naming the field.
    """
    return structure_hook(cls)(data)


def _explain(cls: type[Any], data: Any, exc: Exception) -> RecordDecodeError:
    """Find which field failed, so the error names it (only runs on the failure path)."""
    if not isinstance(data, Mapping):
        return RecordDecodeError(cls.__name__, f"expected a JSON object, got {type(data).__name__}")
    hints = typing.get_type_hints(cls)
    for field in attrs.fields(cls):
        key = _field_key(field)
        if _required(field) and data.get(key) in (None, ""):
            return missing_identity(cls, key)
        if key not in data:
            continue
        tp = _decoded_type(field, hints[field.name])
        try:
            get_converter().get_structure_hook(tp)(data[key], tp)
        except Exception as field_exc:
            return RecordDecodeError(cls.__name__, f"field {key!r}={data[key]!r:.80}: {field_exc}")
    return RecordDecodeError(cls.__name__, f"{type(exc).__name__}: {exc}")
