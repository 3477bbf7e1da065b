"""A node of the generated REST tree: :class:`Resource` binds a transport to path values.

Generated list resources, instance contexts, versions and domains derive from it; their
methods hand an :class:`~twilio_async._operation.Operation` and the caller's keywords to
:meth:`Resource._call` and friends, which send it through the transport and decode the
answer into the operation's record.
"""

from __future__ import annotations

import warnings
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Coroutine,
    Mapping,
)
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, Concatenate, ParamSpec, TypeVar

from twilio_async._encoding import key_text, segment
from twilio_async._operation import (
    PLACEHOLDER,
    HttpInfo,
    Operation,
    OperationRequest,
    Redirect,
    UnsupportedOperationError,
)
from twilio_async._paging import Page, Pager
from twilio_async._record import set_request_id

if TYPE_CHECKING:
    from twilio_async._transport import ApiResponse, Transport

__all__ = ["Resource", "with_http_info"]

R = TypeVar("R")
T = TypeVar("T")
P = ParamSpec("P")
S = TypeVar("S", bound="Resource")


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


def _declared(resource: Resource, name: str) -> str | None:
    """The type the generated ``__call__`` declares for path key ``name``."""
    annotations = getattr(type(resource).__call__, "__annotations__", {})
    declared = annotations.get(name)
    return declared if isinstance(declared, str) else None


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
        path = PLACEHOLDER.sub(lambda m: next(values, m.group(0)), self._path)
        shown = path or "/".join(self._values)
        return f"<{type(self).__name__}{' ' + shown if shown else ''}>"

    def _child(self, cls: type[T], /, **keys: str | int | date) -> T:
        """A resource below this one: it inherits our path values (plus ``keys``, in order)."""
        values = self._values
        for name, key in keys.items():
            # The generated declaration's type is read only for a key that is not a str.
            text = key if isinstance(key, str) else key_text(key, name, _declared(self, name))
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
            auth=op.auth,
        )

    async def _call(self, op: Operation[R], params: Mapping[str, Any]) -> R:
        """Send ``op`` and return its record (``True`` for an answer with no body)."""
        if op.record is Redirect:
            return (await self._call_info(op, params)).data
        if op.record is None:
            data = await self._send(op, params, False)
            return True if data is None else data  # type: ignore[return-value]
        response: ApiResponse = await self._send(op, params, True)
        record = op.decoder()(response.data)
        set_request_id(record, response.request_id)
        return record

    async def _call_info(self, op: Operation[R], params: Mapping[str, Any]) -> HttpInfo[R]:
        """Like :meth:`_call`, with the status code and response headers."""
        response: ApiResponse = await self._send(op, params, True)
        data = response.data
        if op.record is Redirect:
            location = response.headers.get("Location")
            data = Redirect(location=location, status_code=response.status_code)
        elif op.record is not None:
            data = op.decoder()(data)
            set_request_id(data, response.request_id)
        elif data is None:
            data = True
        return HttpInfo(data=data, status_code=response.status_code, headers=response.headers)

    # -- lists ------------------------------------------------------------------------
    def _first_request(
        self, op: Operation[Any], filters: Mapping[str, Any], page_size: int | None
    ) -> OperationRequest:
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
        pager = Pager(self._transport, op, request.headers)
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
        pager = Pager(self._transport, op, request.headers)
        return pager.iterate(op.url_path(self._values), request.query, limit)

    async def _list(
        self,
        op: Operation[R],
        filters: Mapping[str, Any],
        limit: int | None,
        page_size: int | None,
    ) -> list[R]:
        return [item async for item in self._stream(op, filters, limit, page_size)]


def with_http_info(
    op: Operation[R], method: Callable[Concatenate[S, P], Awaitable[R]]
) -> Callable[Concatenate[S, P], Coroutine[Any, Any, HttpInfo[R]]]:
    """The ``*_with_http_info`` twin of a generated method, defined once for all of them.

    ``create_with_http_info = with_http_info(_LIST_CREATE, create)`` in a generated class
    takes exactly ``create``'s keywords (mypy reads them from ``create``'s signature) and
    returns its result as an :class:`~twilio_async.HttpInfo` with the status code and
    headers. ``__wrapped__`` is ``method``.
    """
    name = f"{method.__name__}_with_http_info"

    async def twin(self: S, /, *args: P.args, **params: P.kwargs) -> HttpInfo[R]:
        if args:  # generated methods take keywords only
            raise TypeError(f"{name}() takes keyword arguments only")
        return await self._call_info(op, params)

    twin.__name__ = name
    twin.__qualname__ = f"{method.__qualname__}_with_http_info"
    twin.__doc__ = f"Like ``{method.__name__}``, with the status code and response headers."
    twin.__wrapped__ = method  # type: ignore[attr-defined]
    return twin
