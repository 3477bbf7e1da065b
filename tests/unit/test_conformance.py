"""Static conformance of every declared resource with Twilio's OpenAPI specs (no server).

Resources are discovered (:mod:`tests.catalog`), so a resource added to
``twilio_async/_resources`` is checked as soon as it exists. For each operation a resource
implements: every Python keyword maps to a spec parameter of that operation, in the right
location (query/form), with a compatible type; every spec parameter is exposed (paging and
path parameters excepted); required-ness agrees. For each record: exactly the schema's
properties (``from`` -> ``from_``), loosely compatible types, and enums listing exactly the
spec's values. Every failure names the operation or record and the field.

Header parameters (``X-Twilio-Webhook-Enabled`` on some v1/v2 operations) are not required:
the resource layer has no way to send headers.
"""

from __future__ import annotations

import collections.abc
import enum
import re
import typing
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

import attrs
import pytest
from typing_extensions import NotRequired, Required, TypedDict, Unpack

from tests import catalog
from tests import spec as oas
from tests.catalog import members, spec_enum, spec_kind
from twilio_async import OpenEnum
from twilio_async._models import Media, Message, MessageStatus
from twilio_async._resource import ListResource, ResourceSpec, api_names
from twilio_async._resources.messages import MEDIA, MESSAGES

RESOURCES = catalog.discover()
OPERATIONS = catalog.operations()
SEQUENCE_ORIGINS = frozenset(
    {
        collections.abc.Sequence,
        collections.abc.Collection,
        collections.abc.Iterable,
        collections.abc.Set,
        list,
        tuple,
        set,
        frozenset,
    }
)
MAPPING_ORIGINS = frozenset({collections.abc.Mapping, dict})


# -- reading schemas and annotations ---------------------------------------------------------
def literal_values(annotation: Any) -> list[Any] | None:
    """The values of a ``Literal[...]``, or ``None`` if it is not one."""
    if typing.get_origin(annotation) is Literal:
        return list(typing.get_args(annotation))
    return None


def open_enum(annotation: Any) -> type[OpenEnum] | None:
    """The ``OpenEnum`` subclass an annotation names, if it is one."""
    if isinstance(annotation, type) and issubclass(annotation, OpenEnum):
        return annotation
    return None


def is_a(annotation: Any, *classes: type) -> bool:
    """Whether ``annotation`` is (a subclass of) one of ``classes`` (bool is not an int)."""
    if not isinstance(annotation, type):
        return False
    if annotation is bool:
        return bool in classes
    return issubclass(annotation, classes)


def origin_in(annotation: Any, origins: frozenset[Any]) -> bool:
    """Whether a generic annotation's origin (``Sequence`` of ``Sequence[str]``) is listed."""
    origin = typing.get_origin(annotation)
    return origin in origins or annotation in origins


def is_own_value_type(annotation: Any) -> bool:
    """A twilio_async value class (``TwiML``) that the form encoder sends as ``str(value)``."""
    return (
        isinstance(annotation, type)
        and annotation.__module__.startswith("twilio_async")
        and not issubclass(annotation, enum.Enum)
        and not attrs.has(annotation)
    )


def says_true_or_false(schema: oas.JsonSchema) -> bool:
    """Whether a string parameter is documented as ``true``/``false`` (``AsyncAmd``): our
    encoder sends a ``bool`` as exactly those words."""
    description = str(schema.get("description", "")).lower()
    return "`true`" in description and "`false`" in description


def enum_drift(where: str, spec_values: list[Any], ours: list[Any]) -> list[str]:
    """Name the values one side has and the other lacks."""
    missing = [value for value in spec_values if value not in ours]
    extra = [value for value in ours if value not in spec_values]
    problems = []
    if missing:
        problems.append(f"{where}: lacks the spec's enum values {missing}")
    if extra:
        problems.append(f"{where}: has values the spec does not list {extra}")
    return problems


# -- parameters ------------------------------------------------------------------------------
def param_type_problems(where: str, annotation: Any, schema: oas.JsonSchema) -> list[str]:
    """Loose compatibility of a ``TypedDict`` annotation with a spec parameter schema."""
    kind = spec_kind(schema)
    alternatives = members(annotation)
    if not alternatives:
        return [f"{where}: annotation {annotation!r} allows only None"]
    if kind == "any" or typing.Any in alternatives:
        return []
    shown = f"spec type {kind}, annotated {annotation!r}"
    if kind == "array":
        problems = []
        for member in alternatives:
            if not origin_in(member, SEQUENCE_ORIGINS) or is_a(member, str):
                problems.append(f"{where}: {shown}: {member!r} is not a Sequence")
                continue
            items = typing.get_args(member)
            if items and isinstance(schema.get("items"), dict):
                problems += param_type_problems(f"{where}[]", items[0], schema["items"])
        return problems
    if kind == "enum":
        problems = []
        values = spec_enum(schema) or []
        for member in alternatives:
            literal = literal_values(member)
            member_enum = open_enum(member)
            if literal is not None:
                problems += enum_drift(f"{where} Literal", values, literal)
            elif member_enum is not None:
                ours = [item.value for item in member_enum]
                problems += enum_drift(f"{where} {member_enum.__name__}", values, ours)
            elif member is not str:
                problems.append(f"{where}: {shown}: use a Literal of the spec's values or str")
        return problems
    allowed: dict[str, tuple[tuple[type, ...], tuple[type, ...]]] = {
        # kind: (what must be present, what else may appear)
        "boolean": ((bool,), ()),
        "integer": ((int,), ()),
        "number": ((int, float, Decimal), (str,)),
        "date-time": ((datetime, date), (str,)),
        "date": ((date,), (str,)),
        "string": ((str,), ()),
        "object": ((), ()),
    }
    if kind not in allowed:
        return [f"{where}: unexpected spec type {kind!r}"]
    needed, extra = allowed[kind]

    def acceptable(member: Any, classes: tuple[type, ...]) -> bool:
        if kind in ("object", "string") and origin_in(member, MAPPING_ORIGINS):
            return True  # dicts go out as JSON (ContentVariables), objects as objects
        if kind == "string":
            if literal_values(member) is not None:
                return all(isinstance(value, str) for value in literal_values(member) or [])
            if is_own_value_type(member):
                return True
            if member is bool and says_true_or_false(schema):
                return True
        return is_a(member, *classes)

    bad = [m for m in alternatives if not acceptable(m, needed + extra)]
    if bad:
        return [f"{where}: {shown}: {', '.join(map(repr, bad))} does not fit"]
    if needed and not any(acceptable(m, needed) for m in alternatives):
        return [f"{where}: {shown}: needs one of {[c.__name__ for c in needed]}"]
    return []


def spec_params_by_location(op: catalog.Operation) -> dict[str, dict[str, oas.JsonSchema]]:
    """The operation's spec parameters, grouped by location (``path``/``query``/``body``/...)."""
    spec_op = op.spec_operation()
    openapi = op.resource.openapi
    return {
        location: {
            name: schema
            for name, (_, schema) in oas.request_params(
                spec_op, openapi, locations=(location,)
            ).items()
        }
        for location in ("path", "query", "body", "header")
    }


def required_keys(hints: dict[str, Any], params_type: type | None) -> set[str]:
    """The ``Required`` keys of a ``TypedDict``, read from its annotations.

    ``__required_keys__`` cannot be trusted: with ``from __future__ import annotations`` the
    class only sees the string ``"Required[str]"`` and reports every key as optional.
    """
    total = bool(getattr(params_type, "__total__", True))
    found = set()
    for key, annotation in hints.items():
        origin = typing.get_origin(annotation)
        if origin is Required or (total and origin is not NotRequired):
            found.add(key)
    return found


def parameter_problems(op: catalog.Operation) -> list[str]:
    """Every way an operation's parameters drift from the spec, each naming the field."""
    label = op.label
    try:
        spec_op = op.spec_operation()
    except (oas.SpecError, LookupError) as error:
        return [f"{label}: {op.kind.http_method} {error}"]
    by_location = spec_params_by_location(op)
    expected = op.kind.location
    names = dict(op.names)
    problems: list[str] = []
    params_type = op.params_type
    hints: dict[str, Any] = {}
    if params_type is None:
        if names:
            problems.append(
                f"{label}: ResourceSpec maps {sorted(names)} but the method's signature names "
                "no TypedDict (**params: Unpack[...])"
            )
    else:
        hints = typing.get_type_hints(params_type, include_extras=True)
        for key in sorted(hints.keys() - names.keys()):
            problems.append(f"{label}: {params_type.__name__}.{key} has no API name in the map")
        for key in sorted(names.keys() - hints.keys()):
            problems.append(f"{label}: maps {key!r} which {params_type.__name__} lacks")

    for python_name, api_name in sorted(names.items()):
        where = f"{label}({python_name}={api_name!r})"
        assert expected is not None, f"{label} maps parameters but has no location"
        schema = by_location[expected].get(api_name)
        if schema is None:
            elsewhere = [loc for loc, params in by_location.items() if api_name in params]
            if elsewhere:
                problems.append(f"{where}: the spec has it in {elsewhere[0]}, we send {expected}")
            else:
                known = sorted(by_location[expected])
                problems.append(f"{where}: not a {expected} parameter of the spec; it has {known}")
            continue
        if python_name in hints:
            problems += param_type_problems(where, hints[python_name], schema)

    exposed = set(names.values())
    for location in ("query", "body"):
        for api_name in sorted(by_location[location]):
            if api_name in exposed:
                continue
            if location == "query" and api_name in catalog.PAGING_PARAMS:
                continue
            problems.append(f"{label}: spec {location} parameter {api_name!r} is not exposed")

    if op.kind.params_attr == "filters" and "PageSize" not in by_location["query"]:
        problems.append(f"{label}: we send PageSize but the spec has no such query parameter")

    required = oas.required_params(spec_op, op.resource.openapi) - set(by_location["path"])
    ours_required = {names.get(key, key) for key in required_keys(hints, params_type)}
    for api_name in sorted(required - ours_required):
        python = next((k for k, v in names.items() if v == api_name), None)
        if python is not None:  # an unexposed one is reported above
            problems.append(f"{label}({python}={api_name!r}): the spec requires it; mark Required")
    for api_name in sorted(ours_required - required):
        problems.append(f"{label}: {api_name!r} is Required in Python but optional in the spec")
    return problems


# -- records ---------------------------------------------------------------------------------
def json_name(field_name: str) -> str:
    """The JSON key a record field decodes from (``from_`` -> ``from``)."""
    return field_name[:-1] if field_name.endswith("_") else field_name


def record_type_problems(where: str, annotation: Any, schema: oas.JsonSchema) -> list[str]:
    """Loose compatibility of a record field's type with its property schema."""
    kind = spec_kind(schema)
    alternatives = members(annotation)
    if kind == "any" or typing.Any in alternatives:
        return []
    if not alternatives:
        return [f"{where}: annotated {annotation!r}, only None"]
    shown = f"spec type {kind}, annotated {annotation!r}"
    converted = (str, int, float, Decimal, datetime, date, bool)  # Twilio strings carry these

    def fits(member: Any) -> bool:
        if kind == "enum":
            return open_enum(member) is not None
        if kind == "array":
            return origin_in(member, SEQUENCE_ORIGINS) and not is_a(member, str)
        if kind == "object":
            return origin_in(member, MAPPING_ORIGINS) or attrs.has(member)
        if kind == "date-time":
            return is_a(member, datetime)
        if kind == "date":
            return is_a(member, date)
        if kind == "string":
            return is_a(member, *converted) or open_enum(member) is not None
        by_kind: dict[str, tuple[type, ...]] = {
            "integer": (int,),
            "number": (int, float, Decimal),
            "boolean": (bool,),
        }
        return is_a(member, *by_kind.get(kind, ()))

    bad = [member for member in alternatives if not fits(member)]
    if bad:
        hint = " (use an OpenEnum subclass)" if kind == "enum" else ""
        return [f"{where}: {shown}{hint}"]
    return []


def record_problems(resource: catalog.Resource) -> list[str]:
    """Every drift between a resource's record class and its spec schema, naming the field."""
    record = resource.spec.record
    try:
        source, schema = catalog.record_schema(resource)
    except LookupError as error:
        return [str(error)]
    properties: dict[str, oas.JsonSchema] = schema.get("properties", {})
    hints = typing.get_type_hints(record)
    fields = {json_name(field.name): field.name for field in attrs.fields(record)}
    problems = [
        f"{record.__name__}: lacks {name!r} from {source}"
        for name in sorted(properties.keys())
        if name not in fields
    ]
    problems += [
        f"{record.__name__}.{fields[name]}: not in {source}"
        for name in sorted(fields)
        if name not in properties
    ]
    for name in sorted(fields.keys() & properties.keys()):
        where = f"{record.__name__}.{fields[name]}"
        annotation = hints[fields[name]]
        problems += record_type_problems(where, annotation, properties[name])
        values = spec_enum(properties[name])
        for member in members(annotation):
            member_enum = open_enum(member)
            if member_enum is None:
                continue
            if not values:
                problems.append(f"{where}: {member_enum.__name__} but the spec has no enum")
                continue
            ours = [item.value for item in member_enum]
            problems += enum_drift(f"{where} {member_enum.__name__}", values, ours)
    return problems


# -- the checks ------------------------------------------------------------------------------
def test_discovery_finds_the_declared_resources() -> None:
    """Guards the discovery itself: Messages and Media with all their operations."""
    by_spec = {id(resource.spec): resource for resource in RESOURCES}
    assert id(MESSAGES) in by_spec
    assert id(MEDIA) in by_spec
    labels = {op.label for op in OPERATIONS}
    assert labels >= {
        "MessageList.create",
        "MessageList.create_many",
        "MessageList.list",
        "MessageList.stream",
        "MessageList.page",
        "MessageContext.fetch",
        "MessageContext.update",
        "MessageContext.delete",
        "MediaList.list",
        "MediaList.stream",
        "MediaList.page",
        "MediaContext.fetch",
        "MediaContext.delete",
    }
    assert "MediaList.create" not in labels
    assert "MediaContext.update" not in labels


@pytest.mark.parametrize("resource", RESOURCES, ids=lambda r: r.label)
def test_resource_spec_has_classes_and_consistent_contexts(resource: catalog.Resource) -> None:
    problems = []
    if not resource.list_classes and not resource.context_classes:
        problems.append(f"{resource.label}: no ListResource/InstanceContext subclass uses it")
    for list_cls in resource.list_classes:
        context = getattr(list_cls, "_context", None)
        if context is not None and getattr(context, "_spec", None) is not resource.spec:
            problems.append(f"{list_cls.__name__}._context {context.__name__} has another spec")
    try:
        resource.openapi  # noqa: B018  (the product must map to a spec file)
    except LookupError as error:
        problems.append(str(error))
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.label)
def test_operation_parameters_match_the_spec(op: catalog.Operation) -> None:
    problems = parameter_problems(op)
    assert problems == [], f"{op.label} drifts from the spec:\n" + "\n".join(problems)


@pytest.mark.parametrize("resource", RESOURCES, ids=lambda r: r.label)
def test_record_matches_the_spec_schema(resource: catalog.Resource) -> None:
    problems = record_problems(resource)
    assert problems == [], f"{resource.spec.record.__name__} drifts:\n" + "\n".join(problems)


# -- the checks can fail: deliberately drifted declarations ---------------------------------
class DriftedCreateParams(TypedDict, total=False):
    """A drifted copy of MessageCreateParams (see the test below for each drift)."""

    to: str
    from_: str
    account: str
    body: int
    media_url: str
    provide_feedback: str
    send_at: str
    content_retention: Literal["retain", "forget"]
    bogus_option: str
    unmapped: str


_DRIFTED_NAMES = {
    **api_names(DriftedCreateParams, from_="From", account="AccountSid"),
    "date_sent": "DateSent",
}
del _DRIFTED_NAMES["unmapped"]


class DriftedMessages(ListResource[Message]):
    """A list resource whose declaration disagrees with the spec in every way we check."""

    _spec = ResourceSpec(
        record=Message,
        list_path=MESSAGES.list_path,
        instance_path=MESSAGES.instance_path,
        envelope="messages",
        create=_DRIFTED_NAMES,
    )

    async def create(self, **params: Unpack[DriftedCreateParams]) -> Message:
        """Never called: only the declaration is checked."""
        raise NotImplementedError

    async def page(self, **filters: Unpack[DriftedCreateParams]) -> None:
        """Declares filters in its signature that its ResourceSpec does not map."""
        raise NotImplementedError


def _drifted_problems(method_name: str) -> str:
    resource = catalog.Resource("test.DRIFTED", DriftedMessages._spec, (DriftedMessages,), ())
    (op,) = [op for op in catalog.operations((resource,)) if op.method_name == method_name]
    return "\n".join(parameter_problems(op))


def test_parameter_drift_is_reported_naming_each_field() -> None:
    report = _drifted_problems("create")

    assert "bogus_option='BogusOption'): not a body parameter" in report
    assert "body='Body'): spec type string, annotated <class 'int'>" in report
    assert "media_url='MediaUrl'): spec type array" in report
    assert "is not a Sequence" in report
    assert "provide_feedback='ProvideFeedback'): spec type boolean" in report
    assert "send_at='SendAt'): spec type date-time" in report
    assert "lacks the spec's enum values ['discard']" in report
    assert "values the spec does not list ['forget']" in report
    assert "maps 'date_sent' which DriftedCreateParams lacks" in report
    assert "DriftedCreateParams.unmapped has no API name in the map" in report
    assert "account='AccountSid'): the spec has it in path, we send body" in report
    assert "spec body parameter 'MessagingServiceSid' is not exposed" in report
    assert "to='To'): the spec requires it; mark Required" in report
    assert "from_='From'" not in report  # the one correct declaration


def test_unexposed_filters_are_reported() -> None:
    report = _drifted_problems("page")

    assert "spec query parameter 'DateSent<' is not exposed" in report
    assert "'PageSize'" not in report  # paging parameters belong to the generic layer
    assert "DriftedCreateParams.to has no API name in the map" in report


class DriftedStatus(OpenEnum):
    """MessageStatus without ``canceled`` and with an invented value."""

    QUEUED = "queued"
    SENT = "sent"
    INVENTED = "invented"


@attrs.frozen(kw_only=True)
class DriftedMessage:
    """Message without ``price``, with an extra field and wrong types."""

    sid: str | None = None
    from_: str | None = None
    status: DriftedStatus | None = None
    direction: str | None = None
    date_created: str | None = None
    error_code: bool | None = None
    subresource_uris: list[str] | None = None
    invented_field: str | None = None


def test_record_drift_is_reported_naming_each_field() -> None:
    drifted = ResourceSpec(
        record=DriftedMessage,
        list_path=MESSAGES.list_path,
        instance_path=MESSAGES.instance_path,
    )
    report = "\n".join(record_problems(catalog.Resource("test.DRIFTED", drifted, (), ())))

    assert "DriftedMessage: lacks 'price' from GET " in report
    assert "DriftedMessage.invented_field: not in GET" in report
    assert "DriftedMessage.from_" not in report  # from -> from_ is the documented mapping
    assert "lacks the spec's enum values ['sending'" in report
    assert "has values the spec does not list ['invented']" in report
    assert "DriftedMessage.direction: spec type enum" in report
    assert "use an OpenEnum subclass" in report
    assert "DriftedMessage.date_created: spec type date-time" in report
    assert "DriftedMessage.error_code: spec type integer" in report
    assert "DriftedMessage.subresource_uris: spec type object" in report


def test_record_schema_source_is_the_fetch_response() -> None:
    media = next(resource for resource in RESOURCES if resource.spec is MEDIA)
    source, schema = catalog.record_schema(media)

    assert source.startswith("GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/")
    assert {json_name(field.name) for field in attrs.fields(Media)} == set(schema["properties"])


def test_spec_enum_ignores_the_null_that_nullable_adds() -> None:
    assert spec_enum({"type": ["string", "null"], "enum": ["a", None]}) == ["a"]
    assert spec_kind({"type": ["string", "null"], "format": "date-time-rfc-2822"}) == "date-time"
    assert [m.value for m in MessageStatus if not m.is_known] == []
    assert re.fullmatch(r"\{AccountSid\}", catalog.openapi_path("{account_sid}"))
    assert isinstance(MessageStatus.SENT, enum.Enum)
