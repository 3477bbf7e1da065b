"""What one API call is: the :class:`Operation` declaration, and how it sorts keywords.

Every generated resource (``twilio_async.rest``) is a declaration: a module of records,
parameter ``TypedDict``s and :class:`Operation` constants, plus thin classes whose
methods pass their keywords to ``Resource._call`` (:mod:`twilio_async._resource`) and
friends. Everything an operation needs to build its request is in its declaration,
copied from Twilio's OpenAPI spec by the generator: the verbatim spec path, where each
Python keyword goes (query, form, JSON body or header) under which API name, how dates
and JSON-valued fields are encoded, the record its answer decodes into and how its pages
link.

Path parameters travel as a tuple of values in path order: a list resource holds its
parent's values, an instance context adds its own key, and a child resource takes the
values of the object it hangs on, exactly as Twilio's paths nest.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, Final, Generic, Literal, TypeVar

import attrs

from twilio_async._converter import structure_hook
from twilio_async._encoding import ENCODERS, Encoding, collapse, segment
from twilio_async._exceptions import TwilioError
from twilio_async._redaction import register_template

__all__ = [
    "AuthMode",
    "PAGING_QUERY",
    "HttpInfo",
    "Operation",
    "OperationRequest",
    "Paging",
    "Redirect",
    "UnsupportedOperationError",
]

R = TypeVar("R")
T = TypeVar("T")

PLACEHOLDER = re.compile(r"\{[^}]+\}")

#: Query parameters the paging code owns (never exposed as keywords).
PAGING_QUERY: Final = frozenset({"PageSize", "Page", "PageToken"})

#: How a list operation's pages link (see :class:`~twilio_async._paging.Pager`): ``meta``
#: (v1+ APIs: a ``meta`` object with ``next_page_url`` and the records' key), ``v2010``
#: (``next_page_uri`` beside the records), ``token`` (``meta.next_token``), ``page_number``
#: (``has_next`` and ``current_page``).
Paging = Literal["meta", "v2010", "token", "page_number"]
#: How an operation authenticates, besides the client's own credentials (``None``):
#: ``"bearer"`` an OAuth2 bearer token, ``"optional"`` the client's Basic credentials if it
#: has any, ``"none"`` none (the token endpoint: its credentials are in the form).
AuthMode = Literal["bearer", "optional", "none"]


class UnsupportedOperationError(TwilioError, NotImplementedError):
    """This operation exists in Twilio's API but twilio_async cannot send it yet."""


@attrs.frozen(kw_only=True, slots=True)
class HttpInfo(Generic[T]):
    """What a ``*_with_http_info`` method returns: the result with its HTTP details."""

    data: T
    status_code: int
    headers: Mapping[str, str] = attrs.field(repr=False)

    @property
    def etag(self) -> str | None:
        """The ``ETag`` header, for ``if_match=`` on a later update or delete."""
        return self.headers.get("ETag")


@attrs.frozen(kw_only=True, slots=True)
class Redirect:
    """What an operation that answers with a redirect returns: where it points."""

    location: str | None
    status_code: int


@attrs.frozen(kw_only=True, slots=True)
class Operation(Generic[R]):
    """One REST operation, as the spec declares it.

    ``path`` is the spec's own path (``/v1/Services/{ServiceSid}/Entities/{Identity}``);
    its placeholders are filled, in order, from the values of the resource it is called
    on. ``query``, ``form``, ``headers`` map Python keywords to API names; ``body`` names
    the one keyword whose value is the JSON request body. ``encode`` picks an
    :data:`~twilio_async._encoding.Encoding` rule for keywords that need one (date-only
    values, JSON-valued fields); ``collapse`` names the API prefix of a keyword whose
    mapping is sent flattened (``AddOns.a.b=1``). ``paging`` is a :data:`Paging` style, or
    ``None`` (not paged); ``envelope`` is the key of a page's records. ``auth`` is
    ``"bearer"`` for an operation that only takes an OAuth2 bearer token, ``"optional"`` for
    one the spec declares without security (token endpoints), ``None`` for the client's own
    credentials.
    """

    id: str
    method: str
    product: str
    path: str
    spec: str
    record: type[R] | None = None
    query: Mapping[str, str] = attrs.field(factory=dict)
    form: Mapping[str, str] = attrs.field(factory=dict)
    headers: Mapping[str, str] = attrs.field(factory=dict)
    body: str | None = None
    required: frozenset[str] = frozenset()
    encode: Mapping[str, Encoding] = attrs.field(factory=dict)
    collapse: Mapping[str, str] = attrs.field(factory=dict)
    paging: Paging | None = None
    envelope: str | None = None
    max_page_size: int | None = None
    #: Header keywords also sent as query parameters, as the official SDK does on list pages.
    header_in_query: frozenset[str] = frozenset()
    auth: AuthMode | None = None
    unsupported: str | None = None
    _template: str = attrs.field(init=False)
    # Paths already built, by path values: a resource's calls repeat the same values.
    _paths: dict[tuple[str, ...], str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_template", PLACEHOLDER.sub("{}", self.path))
        object.__setattr__(self, "_paths", {})
        # Telemetry, logs and errors show this operation's URLs by its template.
        register_template(self.id, self.path)

    @property
    def placeholders(self) -> int:
        """How many path parameters the path takes."""
        return self._template.count("{}")

    def url_path(self, values: tuple[str, ...]) -> str:
        """The path with each value escaped as one segment."""
        path = self._paths.get(values)
        if path is None:
            path = self._build_path(values)
            if len(self._paths) >= 64:
                self._paths.clear()
            self._paths[values] = path
        return path

    def _build_path(self, values: tuple[str, ...]) -> str:
        count = self.placeholders
        if len(values) < count:
            raise TypeError(f"{self.id} needs {count} path values, got {len(values)}")
        try:
            return self._template.format(*(segment(v, "path parameter") for v in values[:count]))
        except ValueError:
            # Name the parameter (only on failure: the names cost a regex per call).
            for name, value in zip(PLACEHOLDER.findall(self.path), values, strict=False):
                if value == "" and name == "{AccountSid}":
                    raise ValueError(
                        f"{self.id} needs an Account SID: the client has none (an OAuth-only "
                        "client); pass account_sid= or set TWILIO_ACCOUNT_SID"
                    ) from None
                segment(value, f"{self.id}: path parameter {name[1:-1]}")
            raise

    def decoder(self) -> Callable[[Any], R]:
        """Record builder for this operation's answer (identity when it has no record)."""
        if self.record is None:
            return _identity
        return structure_hook(self.record)

    def split(self, params: Mapping[str, Any]) -> OperationRequest:
        """Sort keyword arguments into query, form, JSON body and headers (API names)."""
        if self.required:
            missing = [key for key in self.required if params.get(key) is None]
            if missing:
                raise TypeError(
                    f"{self.id}: missing required parameter(s) {', '.join(sorted(missing))}"
                )
        query: dict[str, Any] = {}
        form: dict[str, Any] | None = {} if self.form or self.method in ("POST", "PUT") else None
        headers: dict[str, str] = {}
        json_body: Any = None
        encode = self.encode
        collapsed = self.collapse
        query_names = self.query
        form_names = self.form
        for key, value in params.items():
            if value is None:
                continue
            if key in collapsed:
                target = query if key in query_names else form if form is not None else query
                target.update(collapse(collapsed[key], value))
                continue
            rule = encode.get(key)
            if rule is not None:
                value = ENCODERS[rule](value)
            if key in query_names:
                query[query_names[key]] = value
            elif form is not None and key in form_names:
                form[form_names[key]] = value
            elif key in self.headers:
                headers[self.headers[key]] = value
                if key in self.header_in_query:
                    query[self.headers[key]] = value
            elif key == self.body:
                json_body = value
            else:
                known = sorted({*self.query, *self.form, *self.headers, *filter(None, [self.body])})
                raise TypeError(
                    f"unexpected parameter {key!r} for {self.id}; known parameters: "
                    f"{', '.join(known) or 'none'}"
                )
        if json_body is not None or self.body is not None:
            form = None
        return OperationRequest(query, form, json_body, headers)


def _identity(value: Any) -> Any:
    return value


@attrs.frozen(slots=True)
class OperationRequest:
    """An operation's keywords sorted by where they go, under their API names."""

    query: dict[str, Any]
    form: dict[str, Any] | None
    json: Any
    headers: dict[str, str]
