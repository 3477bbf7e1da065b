"""The official SDK as an oracle: every operation it has, and the request each one sends.

The official ``twilio`` package (pinned to the release generated from the same spec snapshot)
is walked by introspection, never from a hand-written list:

* the ``Client``'s domain properties, each domain's version properties (``api.v2010``), each
  version's mounts, and, recursively, the child properties of List and Context objects;
* a List that can be called is called with a plausible key (``__call__(sid)`` gets
  ``"XX"`` + 32 hex digits, ``phone_number`` gets ``"+15017122661"``, other keys get a typed
  value from their annotation) to reach its Context;
* each List/Context class is walked once (breadth first, names sorted, so the shortest
  navigation wins); the non-deprecated shortcuts (the 24 on ``Client`` such as
  ``client.messages``, and domain-level ones such as ``client.api.account``) are recorded as
  aliases: their own operations and those of the Context they return when called.

Every operation method (``create``, ``fetch``, ``update``, ``delete``, ``list``, ``stream``,
``page``; not the ``*_async`` and ``*_with_http_info`` twins) is called with every keyword set
to a value derived from its annotation (see :func:`typed_value`), through a recording
``HttpClient`` that answers with a canned response. The request as ``requests`` would put it on
the wire (method, URL, query, form or JSON body, the headers the operation set) is recorded.
"""

from __future__ import annotations

import ast
import datetime as dt
import hashlib
import inspect
import json
import logging
import sys
import textwrap
import typing
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import requests
from twilio.base.domain import Domain
from twilio.base.instance_context import InstanceContext
from twilio.base.list_resource import ListResource
from twilio.base.version import Version
from twilio.http import HttpClient
from twilio.http.response import Response
from twilio.rest import Client

ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
AUTH_TOKEN = "parity-auth-token-0123456789abcd"
#: The operation methods, in the order they are recorded for one object.
OPERATIONS = ("create", "fetch", "update", "delete", "list", "stream", "page")
#: Keywords every list-like operation gets instead of a typed value.
LIST_KEYWORDS = {"limit": 1, "page_size": 1}
DATETIME = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
DATE = dt.date(2024, 1, 2)
#: JSON request models nest (content types, their actions...); deeper ones are left empty.
MAX_MODEL_DEPTH = 8
#: Headers every request carries (or the transport owns); the rest were set by the operation.
STANDARD_HEADERS = frozenset(
    {
        "user-agent",
        "x-twilio-client",
        "accept",
        "accept-charset",
        "accept-encoding",
        "connection",
        "content-type",
        "content-length",
    }
)
#: A body every decoder can live with: a v1-style ``meta`` page and a v2010 envelope at once.
CANNED_BODY = json.dumps(
    {
        "meta": {
            "key": "records",
            "page": 0,
            "page_size": 1,
            "first_page_url": None,
            "previous_page_url": None,
            "next_page_url": None,
            "url": None,
        },
        "records": [],
        "page": 0,
        "page_size": 1,
        "start": 0,
        "end": 0,
        "first_page_uri": None,
        "previous_page_uri": None,
        "next_page_uri": None,
        "uri": None,
    }
)

Step = tuple[str, Any]  # ("attr", name) or ("call", (key values...))
Pairs = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class CapturedRequest:
    """One request as it would go on the wire, normalised for comparison."""

    method: str
    url: str  # scheme, host and path; no query
    query: Pairs
    body_kind: str  # "none", "form" or "json"
    form: Pairs
    json_body: Any
    headers: Pairs  # only those the operation set explicitly (lower-case names)


@dataclass(frozen=True)
class OracleCall:
    """One SDK operation: how to reach it, how it was called, what it sent."""

    op_id: str  # e.g. "api.v2010.account.messages(sid).media.list"
    group: str  # "tree" or "alias"
    steps: tuple[Step, ...]
    method: str
    kwargs: dict[str, Any]  # plain Python values (JSON request models as dicts)
    request: CapturedRequest | None
    error: str | None  # an exception the SDK raised before sending, if any


# -- capturing requests --------------------------------------------------------------------


def sorted_pairs(pairs: Iterable[tuple[str, str]]) -> Pairs:
    """A multidict as a sorted tuple of pairs (order-insensitive comparison)."""
    return tuple(sorted(pairs))


def _canonical_json(value: str) -> str:
    if value[:1] in ("{", "["):
        try:
            return json.dumps(json.loads(value), sort_keys=True, separators=(",", ":"))
        except ValueError:
            pass
    return value


def parameter_pairs(pairs: Iterable[tuple[str, str]]) -> Pairs:
    """Query or form pairs, sorted, with JSON-valued fields in one canonical spelling.

    The SDK sends ``Attributes={"key": "value"}`` (``json.dumps`` defaults); a compact
    ``{"key":"value"}`` is the same JSON to Twilio, so values are compared as JSON.
    """
    return sorted_pairs((name, _canonical_json(value)) for name, value in pairs)


class RecordingHttpClient(HttpClient):
    """An ``HttpClient`` that records each request and answers with a canned response."""

    def __init__(self) -> None:
        super().__init__(logger=logging.getLogger(__name__), is_async=False)
        self.captured: list[CapturedRequest] = []

    def request(  # type: ignore[override]
        self,
        method: str,
        url: str,
        params: dict[str, object] | None = None,
        data: dict[str, object] | None = None,
        headers: dict[str, str] | None = None,
        auth: tuple[str, str] | None = None,
        timeout: float | None = None,
        allow_redirects: bool = False,
    ) -> Response:
        headers = dict(headers or {})
        content_type = headers.get("Content-Type", "")
        is_json = content_type in ("application/json", "application/scim+json")
        # Let requests encode exactly as TwilioHttpClient would (lists as repeated keys...).
        prepared = requests.Request(
            method=method.upper(),
            url=url,
            params=params,
            headers=headers,
            auth=auth,
            **({"json": data} if is_json else {"data": data}),
        ).prepare()
        self.captured.append(capture_prepared(prepared, explicit=set(headers)))
        if method.upper() == "DELETE":
            return Response(204, "", {})
        return Response(200, CANNED_BODY, {"Content-Type": "application/json"})


def capture_prepared(prepared: requests.PreparedRequest, explicit: set[str]) -> CapturedRequest:
    """Normalise a prepared ``requests`` request."""
    body = prepared.body.decode() if isinstance(prepared.body, bytes) else prepared.body
    return normalise(
        method=prepared.method or "",
        url=prepared.url or "",
        body=body or "",
        headers=prepared.headers.items(),
        wanted={name.lower() for name in explicit} - STANDARD_HEADERS,
    )


def normalise(
    *, method: str, url: str, body: str, headers: Iterable[tuple[str, str]], wanted: set[str]
) -> CapturedRequest:
    """One request in comparable form, whichever HTTP library built it.

    ``wanted`` names (lower-case) the headers to keep.
    """
    parts = urlsplit(url)
    header_pairs = sorted_pairs((name.lower(), value) for name, value in headers)
    content_type = dict(header_pairs).get("content-type", "")
    form: Pairs = ()
    json_body: Any = None
    if not body:
        kind = "none"
    elif "json" in content_type:
        kind, json_body = "json", json.loads(body)
    else:
        kind, form = "form", parameter_pairs(parse_qsl(body, keep_blank_values=True))
    return CapturedRequest(
        method=method,
        url=urlunsplit((parts.scheme, parts.netloc, parts.path, "", "")),
        query=parameter_pairs(parse_qsl(parts.query, keep_blank_values=True)),
        body_kind=kind,
        form=form,
        json_body=json_body,
        headers=tuple(pair for pair in header_pairs if pair[0] in wanted),
    )


# -- typed values ----------------------------------------------------------------------------


class JsonObject(dict[str, Any]):
    """A dict the SDK also accepts where it calls ``.to_dict()`` on an ``object`` body."""

    def to_dict(self) -> dict[str, Any]:
        return dict(self)


def _module_namespace(obj: Any) -> dict[str, Any]:
    module = sys.modules[getattr(obj, "__module__", "builtins")]
    namespace: dict[str, Any] = dict(vars(typing))
    namespace.update(vars(module))
    return namespace


def _resolve(annotation: Any, namespace: dict[str, Any]) -> Any:
    if isinstance(annotation, typing.ForwardRef):
        annotation = annotation.__forward_arg__
    if isinstance(annotation, str):
        try:
            return eval(annotation, namespace)  # the SDK's own annotation text
        except Exception:  # a name the module never imports: the value is sent as text
            return str
    return annotation


def _enum_values(cls: type) -> list[str]:
    return [v for k, v in vars(cls).items() if not k.startswith("_") and isinstance(v, str)]


def _is_model(cls: Any) -> bool:
    return inspect.isclass(cls) and callable(getattr(cls, "to_dict", None))


def _model_fields(cls: type) -> list[tuple[str, Any]]:
    """``(json_key, annotation)`` of a request model, read from its ``__init__`` source."""
    source = textwrap.dedent(inspect.getsource(cls.__init__))  # type: ignore[misc]
    fields = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.value, ast.Call)
            and node.value.args
            and isinstance(node.value.args[0], ast.Constant)
        ):
            fields.append((str(node.value.args[0].value), ast.unparse(node.annotation)))
    return fields


def _build_model(cls: type, depth: int) -> tuple[Any, dict[str, Any]]:
    """An SDK request model with every field set, and the plain dict it stands for."""
    namespace = _module_namespace(cls)
    payload_sdk: dict[str, Any] = {}
    payload_plain: dict[str, Any] = {}
    fields = _model_fields(cls) if depth <= MAX_MODEL_DEPTH else []
    for key, annotation in fields:
        sdk_value, plain_value = typed_value(key, _resolve(annotation, namespace), namespace, depth)
        if isinstance(sdk_value, dt.date):
            # The SDK puts JSON models through json.dumps, which cannot encode dates: a user
            # of the SDK has to pass the ISO text, so that is what both clients get.
            sdk_value = plain_value = sdk_value.isoformat()
        payload_sdk[key] = sdk_value
        payload_plain[key] = plain_value
    return cls(payload_sdk), payload_plain  # type: ignore[call-arg]


def typed_value(
    name: str, annotation: Any, namespace: dict[str, Any], depth: int = 0
) -> tuple[Any, Any]:
    """A value for a keyword from its annotation: ``(value for the SDK, plain value)``.

    str -> the keyword's name, int -> 7, float -> 1.5, bool -> True, datetime/date -> fixed
    values, enum -> its first value, List[X] -> two values, object/dict -> a small dict,
    a JSON request model -> the model with every field set (plain: its dict).
    """
    annotation = _resolve(annotation, namespace)
    origin = typing.get_origin(annotation)
    if origin is typing.Union:
        members = [a for a in typing.get_args(annotation) if a is not object]
        members = [a for a in members if a is not type(None)]
        annotation = _resolve(members[0], namespace) if members else object
        origin = typing.get_origin(annotation)
    if origin in (list, typing.List):  # noqa: UP006 - the SDK's annotations
        (item,) = typing.get_args(annotation) or (str,)
        item = _resolve(item, namespace)
        if item is str:
            values = [(f"{name}1", f"{name}1"), (f"{name}2", f"{name}2")]
        elif inspect.isclass(item) and not _is_model(item) and _enum_values(item):
            values = [(v, v) for v in _enum_values(item)[:2]]
        else:
            values = [typed_value(name, item, namespace, depth + 1)]
        return [v[0] for v in values], [v[1] for v in values]
    if origin in (dict, typing.Dict) or annotation in (object, dict, typing.Any):  # noqa: UP006
        return JsonObject(key="value"), {"key": "value"}
    if annotation is bool:
        return True, True
    if annotation is int:
        return 7, 7
    if annotation is float:
        return 1.5, 1.5
    if annotation is dt.datetime:
        return DATETIME, DATETIME
    if annotation is dt.date:
        return DATE, DATE
    if _is_model(annotation):
        return _build_model(annotation, depth + 1)
    if inspect.isclass(annotation) and annotation is not str and _enum_values(annotation):
        value = _enum_values(annotation)[0]
        return value, value
    return name, name


def key_value(name: str, annotation: Any, namespace: dict[str, Any], where: str) -> Any:
    """A plausible instance key for ``List.__call__``."""
    if name == "sid" or name.endswith("_sid"):
        return "XX" + hashlib.md5(f"{where}/{name}".encode()).hexdigest()
    if name in ("phone_number", "destination_number", "number"):
        return "+15017122661"
    if name in ("iso_country", "iso_code", "country", "country_code"):
        return "US"
    annotation = _resolve(annotation, namespace)
    if annotation is str or annotation is inspect.Parameter.empty:
        return f"{name}1"
    return typed_value(name, annotation, namespace)[1]


# -- walking the tree ------------------------------------------------------------------------


def _public_properties(obj: Any) -> list[str]:
    return sorted(
        name
        for name, attr in inspect.getmembers(type(obj))
        if isinstance(attr, property) and not name.startswith("_")
    )


def _get(obj: Any, name: str) -> tuple[Any, bool]:
    """``getattr`` that reports whether the property warned it is deprecated."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            value = getattr(obj, name)
        except Exception:
            return None, False
    return value, any(issubclass(w.category, DeprecationWarning) for w in caught)


def _is_resource(value: Any) -> bool:
    return isinstance(value, ListResource | InstanceContext)


def _call_step(lst: Any, op_id: str) -> tuple[Step, str, Any] | None:
    """Call a List with plausible keys: ``(step, id suffix, context)`` or None."""
    if not callable(lst):
        return None
    params = list(inspect.signature(lst).parameters.values())
    namespace = _module_namespace(type(lst))
    keys = tuple(key_value(p.name, p.annotation, namespace, op_id) for p in params)
    context = lst(*keys)
    suffix = "(" + ", ".join(p.name for p in params) + ")"
    return ("call", keys), suffix, context


def follow(root: Any, steps: Iterable[Step]) -> Any:
    """Apply navigation steps to a client (either SDK's or ours)."""
    obj = root
    for kind, arg in steps:
        obj = getattr(obj, arg) if kind == "attr" else obj(*arg)
    return obj


def _attr(name: str) -> Step:
    return ("attr", name)


def _walk(client: Client) -> Iterator[tuple[Any, tuple[Step, ...], str, str]]:
    """Yield ``(List or Context, steps, id, group)`` for every node to record."""
    seen: set[type] = set()
    yielded: set[str] = set()
    queue: deque[tuple[Any, tuple[Step, ...], str]] = deque()
    aliases: list[tuple[Any, tuple[Step, ...], str]] = []
    for domain_name in _public_properties(client):
        domain, deprecated = _get(client, domain_name)
        if _is_resource(domain) and not deprecated:
            aliases.append((domain, (_attr(domain_name),), domain_name))
        if not isinstance(domain, Domain):
            continue
        later = []
        for name in _public_properties(domain):
            value, deprecated = _get(domain, name)
            steps = (_attr(domain_name), _attr(name))
            if isinstance(value, Version):
                for mount in _public_properties(value):
                    node, deprecated = _get(value, mount)
                    if _is_resource(node) and not deprecated:
                        queue.append(
                            (node, (*steps, _attr(mount)), f"{domain_name}.{name}.{mount}")
                        )
            elif _is_resource(value) and not deprecated:
                later.append((value, steps, f"{domain_name}.{name}"))
        # Domain-level names (client.api.account, client.preview_iam.organization) are
        # walked after the versions so that they only add what no version mounts.
        queue.extend(later)
        aliases.extend(later)
    while queue:
        node, steps, op_id = queue.popleft()
        if type(node) in seen:
            continue
        seen.add(type(node))
        yielded.add(op_id)
        yield node, steps, op_id, "tree"
        if isinstance(node, ListResource):
            called = _call_step(node, op_id)
            if called is not None:
                step, suffix, context = called
                queue.append((context, (*steps, step), op_id + suffix))
        for name in _public_properties(node):
            child, deprecated = _get(node, name)
            if _is_resource(child) and not deprecated:
                queue.append((child, (*steps, _attr(name)), f"{op_id}.{name}"))
    for node, steps, op_id in aliases:
        if op_id in yielded:  # a domain-level name that no version mounts: walked above
            continue
        yield node, steps, op_id, "alias"
        called = _call_step(node, op_id) if isinstance(node, ListResource) else None
        if called is not None:
            step, suffix, context = called
            yield context, (*steps, step), op_id + suffix, "alias"


def _operation_methods(node: Any) -> Iterator[tuple[str, Callable[..., Any]]]:
    for name in OPERATIONS:
        method = getattr(node, name, None)
        if callable(method):
            yield name, method


def _kwargs_for(name: str, method: Callable[..., Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    namespace = _module_namespace(method)
    sdk_kwargs: dict[str, Any] = {}
    plain_kwargs: dict[str, Any] = {}
    for param in inspect.signature(method).parameters.values():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        if name in ("list", "stream", "page") and param.name in LIST_KEYWORDS:
            sdk_value = plain_value = LIST_KEYWORDS[param.name]
        else:
            sdk_value, plain_value = typed_value(param.name, param.annotation, namespace)
        sdk_kwargs[param.name] = sdk_value
        plain_kwargs[param.name] = plain_value
    return sdk_kwargs, plain_kwargs


def _invoke(name: str, method: Callable[..., Any], kwargs: dict[str, Any]) -> None:
    result = method(**kwargs)
    if name == "stream":
        for _ in result:
            break


def build_oracle() -> list[OracleCall]:
    """Walk the official SDK and record one :class:`OracleCall` per operation."""
    http = RecordingHttpClient()
    client = Client(ACCOUNT_SID, AUTH_TOKEN, http_client=http)
    calls: list[OracleCall] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for node, steps, node_id, group in _walk(client):
            for name, method in _operation_methods(node):
                sdk_kwargs, plain_kwargs = _kwargs_for(name, method)
                http.captured.clear()
                error = None
                try:
                    _invoke(name, method, sdk_kwargs)
                except Exception as exc:  # canned bodies do not decode into everything
                    error = f"{type(exc).__name__}: {exc}"
                request = http.captured[0] if http.captured else None
                calls.append(
                    OracleCall(
                        op_id=f"{node_id}.{name}",
                        group=group,
                        steps=steps,
                        method=name,
                        kwargs=plain_kwargs,
                        request=request,
                        error=None if request is not None else error,
                    )
                )
    return calls
