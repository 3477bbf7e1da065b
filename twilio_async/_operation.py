"""The generic layer under the generated REST surface: one :class:`Operation` per API call.

Every generated resource (``twilio_async.rest``) is a declaration: a module of records,
parameter ``TypedDict``s and :class:`Operation` constants, plus thin classes whose
methods pass their keywords to :meth:`Resource._call` and friends. Everything an
operation needs to build its request is in its declaration, copied from Twilio's
OpenAPI spec by the generator: the verbatim spec path, where each Python keyword goes
(query, form, JSON body or header) under which API name, how dates and JSON-valued
fields are encoded, the record its answer decodes into and how its pages link.

Path parameters travel as a tuple of values in path order: a list resource holds its
parent's values, an instance context adds its own key, and a child resource takes the
values of the object it hangs on, exactly as Twilio's paths nest.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, Final, Generic, TypeVar

import attrs
import orjson

from twilio_async._converter import structure_hook
from twilio_async._exceptions import InvalidResponseError, TwilioError
from twilio_async._resource import Page, page_link, segment
from twilio_async._transport import ApiResponse, Transport

if TYPE_CHECKING:
    from twilio_async._bulk import BulkResult, ProgressCallback
    from twilio_async._journal import Campaign, Journal, JournalEntry

__all__ = [
    "ApiResponse",
    "HttpInfo",
    "Operation",
    "Redirect",
    "Resource",
    "UnsupportedOperationError",
]

R = TypeVar("R")
T = TypeVar("T")

_PLACEHOLDER = re.compile(r"\{[^}]+\}")

#: Query parameters the paging code owns (never exposed as keywords).
PAGING_QUERY: Final = frozenset({"PageSize", "Page", "PageToken"})


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


def _date_only(value: Any) -> Any:
    return value.strftime("%Y-%m-%d") if isinstance(value, date) else value


def _json_text(value: Any) -> Any:
    if isinstance(value, (Mapping, list, tuple)):
        return orjson.dumps(value).decode()
    return value


def _json_items(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_json_text(item) for item in value]
    return _json_text(value)


#: How a parameter's value is turned into what the generic encoder then sends.
ENCODERS: Final[Mapping[str, Callable[[Any], Any]]] = {
    "date": _date_only,
    "json": _json_text,
    "json_items": _json_items,
}


@attrs.frozen(kw_only=True, slots=True)
class Operation(Generic[R]):
    """One REST operation, as the spec declares it.

    ``path`` is the spec's own path (``/v1/Services/{ServiceSid}/Entities/{Identity}``);
    its placeholders are filled, in order, from the values of the resource it is called
    on. ``query``, ``form``, ``headers`` map Python keywords to API names; ``body`` names
    the one keyword whose value is the JSON request body. ``encode`` picks a rule from
    :data:`ENCODERS` for keywords that need one (date-only values, JSON-valued fields).
    ``paging`` is ``"meta"`` (v1+ APIs), ``"v2010"``, ``"token"``, ``"page_number"`` or
    ``None`` (not paged); ``envelope`` is the key of a page's records.
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
    encode: Mapping[str, str] = attrs.field(factory=dict)
    paging: str | None = None
    envelope: str | None = None
    max_page_size: int | None = None
    #: Header keywords also sent as query parameters, as the official SDK does on list pages.
    header_in_query: frozenset[str] = frozenset()
    unsupported: str | None = None
    _template: str = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_template", _PLACEHOLDER.sub("{}", self.path))

    @property
    def placeholders(self) -> int:
        """How many path parameters the path takes."""
        return self._template.count("{}")

    def url_path(self, values: tuple[str, ...]) -> str:
        """The path with each value escaped as one segment."""
        count = self.placeholders
        if len(values) < count:
            raise TypeError(f"{self.id} needs {count} path values, got {len(values)}")
        return self._template.format(*(segment(v, "path parameter") for v in values[:count]))

    def decoder(self) -> Callable[[Any], R]:
        """Record builder for this operation's answer (identity when it has no record)."""
        if self.record is None:
            return _identity
        return structure_hook(self.record)

    def split(self, params: Mapping[str, Any]) -> _Request:
        """Sort keyword arguments into query, form, JSON body and headers (API names)."""
        missing = self.required.difference(k for k, v in params.items() if v is not None)
        if missing:
            raise TypeError(
                f"{self.id}: missing required parameter(s) {', '.join(sorted(missing))}"
            )
        query: dict[str, Any] = {}
        form: dict[str, Any] | None = {} if self.form or self.method in ("POST", "PUT") else None
        headers: dict[str, str] = {}
        json_body: Any = None
        encode = self.encode
        for key, value in params.items():
            if value is None:
                continue
            rule = encode.get(key)
            if rule is not None and rule.startswith("map:"):
                # ``AddOnsData={"a": {"b": 1}}`` is sent as ``AddOns.a.b=1``, as the SDK does.
                target = query if key in self.query else form if form is not None else query
                target.update(_collapse(rule[4:], value))
                continue
            if rule is not None:
                value = ENCODERS[rule](value)
            if key in self.query:
                query[self.query[key]] = value
            elif form is not None and key in self.form:
                form[self.form[key]] = value
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
        return _Request(query, form, json_body, headers)


def _collapse(prefix: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        return {prefix: value}
    flat: dict[str, Any] = {}
    for key, item in value.items():
        flat.update(_collapse(f"{prefix}.{key}", item))
    return flat


def _identity(value: Any) -> Any:
    return value


@attrs.frozen(slots=True)
class _Request:
    query: dict[str, Any]
    form: dict[str, Any] | None
    json: Any
    headers: dict[str, str]


def _drop_authorization(op: Operation[Any], headers: dict[str, str]) -> None:
    # Flex Insights declares an Authorization header parameter; the client's own
    # credentials authenticate every request (the official SDK overrides it the same way).
    for name in [n for n in headers if n.lower() == "authorization"]:
        del headers[name]
        warnings.warn(
            f"{op.id}: the authorization parameter is not sent; the client authenticates "
            "with its own credentials",
            UserWarning,
            stacklevel=4,
        )


def _check_supported(op: Operation[Any]) -> None:
    if op.unsupported is not None:
        raise UnsupportedOperationError(f"{op.id} is not supported: {op.unsupported}")


def _key_text(value: int | date) -> str:
    if isinstance(value, date):
        return value.strftime("%Y-%m-%d")
    return str(value)


class Resource:
    """A node of the REST tree bound to a transport and to its path values.

    Generated list resources, instance contexts, versions and domains derive from it.
    """

    __slots__ = ("_transport", "_values")

    _path: ClassVar[str] = ""

    def __init__(self, transport: Transport, values: tuple[str, ...] = ()) -> None:
        self._transport = transport
        self._values = values

    def __repr__(self) -> str:
        values = iter(self._values)
        path = _PLACEHOLDER.sub(lambda m: next(values, m.group(0)), self._path)
        shown = path or "/".join(self._values)
        return f"<{type(self).__name__}{' ' + shown if shown else ''}>"

    def _child(self, cls: type[T], /, **keys: str | int | date) -> T:
        """A resource below this one: it inherits our path values (plus ``keys``, in order)."""
        values = self._values
        for name, key in keys.items():
            text = key if isinstance(key, str) else _key_text(key)
            segment(text, name)  # a bad key fails here, not at the first request
            values = (*values, text)
        return cls(self._transport, values)  # type: ignore[call-arg]

    async def _send(self, op: Operation[Any], params: Mapping[str, Any], info: bool) -> Any:
        _check_supported(op)
        request = op.split(params)
        if request.headers:
            _drop_authorization(op, request.headers)
        return await self._transport.request(
            op.method,
            op.product,
            op.url_path(self._values),
            query=request.query or None,
            form=request.form,
            json=request.json,
            headers=request.headers or None,
            with_response=info,
            operation=op.id,
        )

    async def _call(self, op: Operation[R], params: Mapping[str, Any]) -> R:
        """Send ``op`` and return its record (``True`` for an answer with no body)."""
        if op.record is Redirect:
            return (await self._call_info(op, params)).data
        data = await self._send(op, params, False)
        if op.record is None:
            return True if data is None else data  # type: ignore[return-value]
        return op.decoder()(data)

    async def _call_info(self, op: Operation[R], params: Mapping[str, Any]) -> HttpInfo[R]:
        """Like :meth:`_call`, with the status code and response headers."""
        response: ApiResponse = await self._send(op, params, True)
        data = response.data
        if op.record is Redirect:
            location = response.headers.get("Location")
            data = Redirect(location=location, status_code=response.status_code)
        elif op.record is not None:
            data = op.decoder()(data)
        elif data is None:
            data = True
        return HttpInfo(data=data, status_code=response.status_code, headers=response.headers)

    async def _create_many(
        self,
        op: Operation[R],
        items: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
        max_in_flight: int | None,
        collect: bool,
        # Any: a journaled create_many also hands over Skipped, the others never do.
        on_result: Callable[[int, Any], object] | None,
        progress: bool | ProgressCallback,
        journal: Journal | None = None,
        key: Callable[[Any], str] | None = None,
    ) -> BulkResult[R]:
        """``op`` for every item, at most ``max_in_flight`` in flight (see ``_bulk``); with
        a ``journal``, as a resumable campaign (see ``_journal``)."""
        from twilio_async._bulk import create_many, rich_progress

        campaign = self._campaign(journal, key) if journal is not None else None

        close: Callable[[], None] | None = None
        callback: ProgressCallback | None = None
        if progress is True:
            callback, close = rich_progress()
        elif callable(progress):
            callback = progress
        transport = self._transport

        async def create(params: Mapping[str, Any]) -> R:
            return await self._call(op, params)

        try:
            return await create_many(
                create,
                items,
                max_in_flight=max_in_flight or transport.limiter.maximum,
                retries=lambda: transport.retries,
                collect=collect,
                on_result=on_result,
                progress=callback,
                campaign=campaign,
            )
        finally:
            if close is not None:
                close()

    def _campaign(self, journal: Journal, key: Callable[[Any], str] | None) -> Campaign:
        from twilio_async._journal import LOOKUP_LIMIT, Campaign

        def item_key(index: int, item: Mapping[str, Any]) -> str:
            return str(index) if key is None else str(key(item))

        def lookup(entry: JournalEntry) -> AsyncIterator[Any]:
            # Messages to the item's recipient, newest first: enough to settle it.
            stream: Any = getattr(self, "stream", None)
            if stream is None:
                raise TypeError(f"{type(self).__name__} cannot look items up by recipient")
            result: AsyncIterator[Any] = stream(to=entry.to, limit=LOOKUP_LIMIT, page_size=100)
            return result

        return Campaign(journal, item_key, lookup, batch=self._transport.limiter.maximum)

    # -- lists ------------------------------------------------------------------------
    def _first_request(
        self, op: Operation[Any], filters: Mapping[str, Any], page_size: int | None
    ) -> _Request:
        request = op.split(filters)
        if page_size is not None:
            limit = op.max_page_size or 1000
            if not 1 <= page_size <= limit:
                raise ValueError(f"page_size must be between 1 and {limit}")
            request.query["PageSize"] = page_size
        return request

    async def _page(
        self,
        op: Operation[R],
        filters: Mapping[str, Any],
        page_size: int | None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[R]:
        """One page of ``op`` (the first by default); ``next_page()`` follows the links."""
        _check_supported(op)
        request = self._first_request(op, filters, page_size)
        if page_token is not None:
            request.query["PageToken"] = page_token
        if page_number is not None:
            request.query["Page"] = page_number
        _drop_authorization(op, request.headers)
        pager = _Pager(self._transport, op, request.headers)
        return await pager.page(op.url_path(self._values), request.query)

    def _stream(
        self,
        op: Operation[R],
        filters: Mapping[str, Any],
        limit: int | None,
        page_size: int | None,
    ) -> AsyncIterator[R]:
        """Iterate over records of ``op``, one page in memory at a time."""
        if limit is not None and limit < 0:
            raise ValueError("limit must be >= 0")
        if page_size is None and limit is not None:
            page_size = max(1, min(limit, op.max_page_size or 1000))
        _check_supported(op)
        request = self._first_request(op, filters, page_size)  # bad filters fail here
        _drop_authorization(op, request.headers)
        pager = _Pager(self._transport, op, request.headers)
        return pager.iterate(op.url_path(self._values), request.query, limit)

    async def _list(
        self,
        op: Operation[R],
        filters: Mapping[str, Any],
        limit: int | None,
        page_size: int | None,
    ) -> list[R]:
        return [item async for item in self._stream(op, filters, limit, page_size)]


class _Pager:
    """Fetches the pages of one list operation in any of Twilio's paging styles."""

    __slots__ = ("_decode", "_headers", "_op", "_transport")

    def __init__(self, transport: Transport, op: Operation[Any], headers: dict[str, str]) -> None:
        self._transport = transport
        self._op = op
        self._headers = headers or None
        self._decode = op.decoder()

    async def _raw(
        self, path_or_url: str, query: Mapping[str, Any] | None
    ) -> tuple[list[Any], str | None]:
        op = self._op
        data = await self._transport.request(
            "GET",
            op.product,
            path_or_url,
            query=query or None,
            headers=self._headers,
            operation=op.id,
        )
        if not isinstance(data, Mapping):
            raise InvalidResponseError(
                f"{op.id}: a list page must be a JSON object, not {type(data).__name__}",
                method="GET",
                url=path_or_url,
            )
        return self._split(data, path_or_url, query)

    def _split(
        self, data: Mapping[str, Any], path_or_url: str, query: Mapping[str, Any] | None
    ) -> tuple[list[Any], str | None]:
        op = self._op
        meta = data.get("meta")
        next_url: Any = None
        key = op.envelope
        if op.paging == "meta" and isinstance(meta, Mapping):
            key = key or meta.get("key")
            next_url = meta.get("next_page_url")
        elif op.paging == "v2010":
            next_url = data.get("next_page_uri")
        elif op.paging == "token" and isinstance(meta, Mapping):
            token = meta.get("next_token")
            if token:
                next_url = _with_query(path_or_url, query, {"Token": token})
        elif op.paging == "page_number" and data.get("has_next"):
            current = data.get("current_page")
            if isinstance(current, int):
                next_url = _with_query(path_or_url, query, {"Page": current + 1})
        records = data.get(key) if key else None
        if records is not None and not isinstance(records, list):
            raise InvalidResponseError(
                f"{op.id}: the page's {key!r} must be a JSON array", method="GET", url=path_or_url
            )
        # Refuses a link that would leave the API host (issue 11): credentials go with it.
        return records or [], page_link(next_url, path_or_url)

    async def page(self, path: str, query: Mapping[str, Any]) -> Page[Any]:
        records, next_url = await self._raw(path, query)
        return Page(
            items=[self._decode(record) for record in records],
            next_page_url=next_url,
            fetch=self._next_page,
        )

    async def _next_page(self, url: str) -> Page[Any]:
        return await self.page(url, {})

    async def iterate(
        self, path: str, query: Mapping[str, Any], limit: int | None
    ) -> AsyncIterator[Any]:
        if limit == 0:
            return
        remaining = limit
        decode = self._decode
        seen: set[str] = set()
        records, next_url = await self._raw(path, query)
        while True:
            for record in records:
                yield decode(record)
                if remaining is not None:
                    remaining -= 1
                    if remaining <= 0:
                        return
            if next_url is None:
                return
            if next_url in seen:
                raise InvalidResponseError(
                    f"{self._op.id}: paging loop: the next-page link loops back to a page "
                    "already fetched",
                    method="GET",
                    url=next_url,
                )
            seen.add(next_url)
            records, next_url = await self._raw(next_url, None)


def _with_query(path: str, query: Mapping[str, Any] | None, extra: Mapping[str, Any]) -> str:
    from twilio_async._encoding import encode_form

    base, _, old = path.partition("?")
    merged = dict(query or {})
    if old:
        from urllib.parse import parse_qsl

        merged = {**dict(parse_qsl(old)), **merged}
    merged.update(extra)
    return f"{base}?{encode_form(merged)}"
