"""What both connection kinds share: request heads as bytes, limits, and the httpx response.

``FastTransport`` runs HTTP/1.1 on an asyncio ``Protocol`` (``_connection``) or, on other
event loops, over anyio byte streams (``_stream``); both write the head built here and hand
back a :data:`RawResponse` that :func:`response_from` turns into an ``httpx.Response``.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "MAX_HEAD_BYTES",
    "NO_TIMEOUTS",
    "RawResponse",
    "encode_request",
    "request_head",
    "response_from",
]

#: (status code, raw header pairs, body, whether the server allows reusing the connection)
RawResponse = tuple[int, list[tuple[bytes, bytes]], bytes, bool]

#: Most bytes a response head (status line and headers) may take; httpx stops near 100 KiB.
MAX_HEAD_BYTES = 64 * 1024
#: Default bound on a response body; Twilio's JSON documents are a few KiB to a few MiB.
DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024
#: Bodies below this size are sent in the same write as the head: one syscall, one segment.
COALESCE_LIMIT = 64 * 1024
LAST_CHUNK = b"0\r\n\r\n"
NO_TIMEOUTS: Mapping[str, float | None] = {}

_METHODS = {
    name: name.encode("ascii")
    for name in ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
}
_CHUNKED_HEADER = (b"Transfer-Encoding", b"chunked")
_RESPONSE_EXTENSIONS = {"http_version": b"HTTP/1.1"}


def encode_request(request: httpx.Request) -> tuple[bytes, bytes | None]:
    """The request head, and the body when it is in memory (None: stream it)."""
    method = request.method
    method_bytes = _METHODS.get(method) or method.encode("ascii")
    raw_headers = request.headers.raw
    try:
        body: bytes | None = request.content
    except httpx.RequestNotRead:
        body = None
        headers = request.headers
        if "Content-Length" not in headers and "Transfer-Encoding" not in headers:
            raw_headers.append(_CHUNKED_HEADER)
    return request_head(method_bytes, request.url.raw_path, raw_headers, request), body


def is_chunked_upload(request: httpx.Request) -> bool:
    """Whether a streamed body goes out in chunks (no Content-Length was given)."""
    return "Content-Length" not in request.headers


def request_head(
    method: bytes,
    target: bytes,
    headers: list[tuple[bytes, bytes]],
    request: httpx.Request | None = None,
) -> bytes:
    """The bytes of a request head: request line, ``headers`` as given, blank line."""
    parts = [method, b" ", target, b" HTTP/1.1\r\n"]
    for name, value in headers:
        parts += (name, b": ", value, b"\r\n")
    parts.append(b"\r\n")
    head = b"".join(parts)
    # One line per header plus the request line and the blank line: any other CR or LF
    # came from a header name, value or the method, and would let the request be split.
    lines = len(headers) + 2
    if head.count(b"\n") != lines or head.count(b"\r") != lines:
        raise httpx.LocalProtocolError(
            "Line break in the request method or a header", request=request
        )
    return head


def response_from(
    request: httpx.Request, status: int, headers: list[tuple[bytes, bytes]], content: bytes
) -> httpx.Response:
    """The ``httpx.Response`` for a whole response, its body already decoded."""
    response = httpx.Response(
        status,
        headers=headers,
        stream=httpx.ByteStream(content),
        extensions=_RESPONSE_EXTENSIONS,
        request=request,
    )
    for name, _ in headers:
        if name.lower() == b"content-encoding":
            # Compressed: httpx's reader decodes it.  Done now, on the synchronous path,
            # so the client's aread() finds it done and skips its chain of async generators.
            response.read()
            return response
    # The body is the content: set what read() would, without its chunking and decoder
    # machinery (a sixth of a create's CPU time went there).
    response._content = content
    response.is_stream_consumed = True
    response.is_closed = True
    return response
