"""The transport's first stage: one logical request, built once, before any attempt.

:func:`build_call` turns what a resource asks for (method, URL, query, form or JSON body,
header parameters, which credentials) into a :class:`Call`: the URL with its query string,
the encoded body and the validated extra headers. Every attempt of the call sends exactly
these bytes, so a retry can never send something different from the first try.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from twilio_async._encoding import encode_form, encode_value, json_body
from twilio_async._headers import header_name, header_value

if TYPE_CHECKING:
    from twilio_async._session import Auth
    from twilio_async._telemetry import Observer

__all__ = ["FORM", "JSON", "ApiResponse", "Call", "build_call", "header_pairs"]

FORM = b"application/x-www-form-urlencoded"
JSON = b"application/json"

# Headers the transport owns: neither a header parameter nor with_options(headers=...)
# replaces them.
RESERVED_HEADERS = frozenset(
    {"authorization", "host", "content-length", "content-type", "user-agent", "accept"}
)


class Call:
    """One logical request (possibly several attempts), as the stages after building see it.

    ``params`` are the API-named parameters, kept for errors (redacted there) and never
    sent again; ``headers`` are the extra headers beyond the client's own. ``auth`` gives
    each attempt its ``Authorization`` (``None``: the session's own credentials);
    ``reauthorized`` records the one repeat after a refused bearer token. ``idempotent``
    marks a POST that cannot act twice (the retry rules then treat it like a GET); ``raw``
    keeps the body undecoded (:attr:`ApiResponse.content`).
    """

    __slots__ = (
        "auth",
        "content",
        "content_type",
        "deadline_at",
        "headers",
        "idempotent",
        "method",
        "operation",
        "params",
        "raw",
        "reauthorized",
        "trace",
        "url",
        "with_response",
    )

    def __init__(
        self,
        method: str,
        url: str,
        content: bytes | None,
        content_type: bytes,
        headers: list[tuple[bytes, bytes]] | None,
        params: Mapping[str, Any] | None,
        deadline_at: float | None,
        with_response: bool,
        operation: str | None,
        auth: Auth | None = None,
        idempotent: bool = False,
        raw: bool = False,
    ) -> None:
        self.method = method
        self.url = url
        self.content = content
        self.content_type = content_type
        self.headers = headers
        self.params = params
        self.deadline_at = deadline_at
        self.with_response = with_response or raw
        self.operation = operation
        self.auth = auth
        self.idempotent = idempotent
        self.raw = raw
        self.reauthorized = False
        self.trace: Observer | None = None


class ApiResponse:
    """A decoded JSON body with the status code and headers it came with (and, for a raw
    call, the body as received in ``content``, ``data`` being ``None``).

    The headers are either a mapping already (an ``httpx.Response``'s) or the transport's
    raw ``(name, value)`` pairs, made into ``httpx.Headers`` only when :attr:`headers` is
    read: a record needs only :attr:`request_id`.
    """

    __slots__ = ("_headers", "_raw_headers", "content", "data", "status_code")

    def __init__(
        self,
        data: Any,
        status_code: int,
        headers: Mapping[str, str] | list[tuple[bytes, bytes]],
        content: bytes = b"",
    ) -> None:
        self.data = data
        self.status_code = status_code
        if isinstance(headers, list):
            self._raw_headers: list[tuple[bytes, bytes]] | None = headers
            self._headers: Mapping[str, str] | None = None
        else:
            self._raw_headers = None
            self._headers = headers
        self.content = content

    @property
    def headers(self) -> Mapping[str, str]:
        """The response headers (case-insensitive, as ``httpx.Headers``)."""
        headers = self._headers
        if headers is None:
            import httpx

            headers = self._headers = httpx.Headers(self._raw_headers)
        return headers

    @property
    def request_id(self) -> str | None:
        """The ``Twilio-Request-Id`` header, if Twilio sent one."""
        raw = self._raw_headers
        if raw is None:
            return _request_id_of(self._headers)
        for name, value in raw:
            if len(name) == 17 and name.lower() == b"twilio-request-id":
                return value.decode("latin-1")
        return None


def _request_id_of(headers: Any) -> str | None:
    """The ``Twilio-Request-Id`` of a response's headers.

    Reads httpx's normalised header list directly: ``headers.get`` first works out the
    encoding of every header of a fresh ``httpx.Headers`` and ``headers.raw`` copies the
    list, several times the cost of this one look-up on every call. Falls back to ``get``
    for any other mapping (or an httpx that keeps its headers differently).
    """
    items = getattr(headers, "_list", None)
    if items is None:
        value = headers.get("Twilio-Request-Id")
        return value if isinstance(value, str) else None
    for _, lower, value in items:
        if lower == b"twilio-request-id":
            return str(value.decode("latin-1"))
    return None


def header_pairs(headers: Mapping[str, Any], what: str) -> list[tuple[bytes, bytes]]:
    """Validated ``(name, value)`` byte pairs; ``None`` values are left out.

    A name the client sets itself (``Authorization``, ``Host``, ...), a name that is not
    an HTTP token or a value that cannot be sent as is (:mod:`twilio_async._headers`) is
    refused with a ``ValueError`` naming it; ``what`` says where it came from.
    """
    reserved = RESERVED_HEADERS.intersection(
        name.lower() for name in headers if isinstance(name, str)
    )
    if reserved:
        raise ValueError(
            f"the {', '.join(sorted(reserved))} header is set by the client itself "
            f"and cannot be passed as {what}"
        )
    return [
        (header_name(name), header_value(name, encode_value(value)))
        for name, value in headers.items()
        if value is not None
    ]


def _merge(
    defaults: list[tuple[bytes, bytes]], extra: list[tuple[bytes, bytes]]
) -> list[tuple[bytes, bytes]]:
    # A header parameter of the operation wins over a with_options(headers=...) default.
    named = {name.lower() for name, _ in extra}
    return [pair for pair in defaults if pair[0].lower() not in named] + extra


def build_call(
    method: str,
    url: str,
    *,
    query: Mapping[str, Any] | None,
    form: Mapping[str, Any] | None,
    json: Any,
    headers: Mapping[str, Any] | None,
    default_headers: list[tuple[bytes, bytes]],
    deadline_at: float | None,
    with_response: bool,
    operation: str | None,
    content: bytes | None = None,
    content_type: str | None = None,
    auth: Auth | None = None,
    idempotent: bool = False,
    raw: bool = False,
) -> Call:
    """Encode a request once: query string, form, JSON or raw body, extra headers."""
    if query:
        encoded = encode_form(query)
        if encoded:
            url = f"{url}{'&' if '?' in url else '?'}{encoded}"
    body_type = FORM
    if content is not None:
        body_type = header_value("Content-Type", content_type or "application/octet-stream")
    elif json is not None:
        content = json_body(json)
        body_type = JSON
    else:
        content = encode_form(form).encode() if form is not None else None
    extra = header_pairs(headers, "a parameter") if headers else None
    if default_headers:
        extra = _merge(default_headers, extra) if extra else default_headers
    params = form if form is not None else (json if isinstance(json, Mapping) else query)
    return Call(
        method,
        url,
        content,
        body_type,
        extra,
        params,
        deadline_at,
        with_response,
        operation,
        auth,
        idempotent,
        raw,
    )
