"""What one attempt sends, in either of the two forms the session hands to a transport.

httpx's path takes an ``httpx.Request``; the direct path to the client's own
:class:`~twilio_async._transports.FastTransport` takes the request's head as bytes. Both
come from here, from the same parsed URL and the client's own headers, so the two paths
send the same head, header for header (a test compares them byte for byte). Parsed URLs and
the start of each head are cached: creates and list pages repeat the same few URLs.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from twilio_async._request import Call
    from twilio_async._transports import FastTransport
    from twilio_async._transports._wire import RawResponse

__all__ = ["Outgoing"]

#: Entries each cache holds before it starts again (URLs with a query vary per page).
_CACHE_SIZE = 512


class Outgoing:
    """Builds the requests of one session; ``user_agent`` goes on every one."""

    __slots__ = ("_headers", "_heads", "_urls")

    def __init__(self, user_agent: str) -> None:
        # Parsing a URL is ~15% of httpx.Request's cost. Each cached URL comes with its
        # Host header value.
        self._urls: dict[str, tuple[httpx.URL, bytes]] = {}
        # Request heads up to the body's headers, per (method, URL, Authorization).
        self._heads: dict[tuple[str, str, bytes], tuple[httpx.URL, bytes]] = {}
        self._headers = [
            (b"User-Agent", user_agent.encode("ascii")),
            (b"Accept", b"application/json"),
            (b"Accept-Charset", b"utf-8"),
        ]

    def _target(self, url: str) -> tuple[httpx.URL, bytes]:
        """The parsed URL and its Host header value, cached."""
        target = self._urls.get(url)
        if target is None:
            if len(self._urls) >= _CACHE_SIZE:
                self._urls.clear()
            parsed = httpx.URL(url)
            target = self._urls[url] = (parsed, parsed.netloc)
        return target

    def _header_pairs(self, host: bytes, authorization: bytes) -> list[tuple[bytes, bytes]]:
        """The client's own headers for one attempt, before the body's and the call's."""
        if authorization:
            return [(b"Host", host), (b"Authorization", authorization), *self._headers]
        return [(b"Host", host), *self._headers]

    def request(
        self, call: Call, timeouts: dict[str, float | None], authorization: bytes
    ) -> httpx.Request:
        """The ``httpx.Request`` of one attempt of ``call``."""
        url, host = self._target(call.url)
        # Every header is given here, Host and Content-Length included, and the body as a
        # stream, so httpx.Request skips its content encoding and header defaulting (which
        # re-scan the headers several times); read() then makes .content available.
        headers = self._header_pairs(host, authorization)
        if call.content is not None:
            headers.append((b"Content-Type", call.content_type))
            headers.append((b"Content-Length", str(len(call.content)).encode("ascii")))
        if call.headers:
            headers.extend(call.headers)
        request = httpx.Request(
            call.method,
            url,
            headers=headers,
            stream=httpx.ByteStream(call.content or b""),
            extensions={"timeout": timeouts},
        )
        request.read()
        return request

    def exchange(
        self,
        direct: FastTransport,
        call: Call,
        timeouts: dict[str, float | None],
        authorization: bytes,
    ) -> Awaitable[RawResponse]:
        """Send ``call`` through ``direct`` as bytes: the head :meth:`request` would give
        httpx, header for header."""
        key = (call.method, call.url, authorization)
        cached = self._heads.get(key)
        if cached is None:
            from twilio_async._transports._wire import request_head

            if len(self._heads) >= _CACHE_SIZE:
                self._heads.clear()
            url, host = self._target(call.url)
            headers = self._header_pairs(host, authorization)
            head = request_head(call.method.encode("ascii"), url.raw_path, headers)
            # Without the blank line: the body's headers and the call's follow. Those were
            # validated when the call was built (_request.header_pairs).
            cached = self._heads[key] = (url, head[:-2])
        url, prefix = cached
        content = call.content
        parts = [prefix]
        if content is not None:
            parts.append(
                b"Content-Type: %s\r\nContent-Length: %d\r\n" % (call.content_type, len(content))
            )
        if call.headers:
            for name, value in call.headers:
                parts += (name, b": ", value, b"\r\n")
        parts.append(b"\r\n")
        # b"", not None, for no body: None would mean "stream it from an httpx.Request".
        return direct.exchange(url, b"".join(parts), content or b"", timeouts)

    async def exchange_response(
        self,
        direct: FastTransport,
        call: Call,
        timeouts: dict[str, float | None],
        authorization: bytes,
    ) -> httpx.Response:
        """:meth:`exchange`, answering with an ``httpx.Response`` (for tracing, logging)."""
        raw = await self.exchange(direct, call, timeouts, authorization)
        return self.response(call, timeouts, authorization, raw)

    def response(
        self,
        call: Call,
        timeouts: dict[str, float | None],
        authorization: bytes,
        raw: RawResponse,
    ) -> httpx.Response:
        """The ``httpx.Response`` (with its request) for a raw response that is not a plain
        2xx JSON body: an error, a body that is not JSON or is compressed."""
        from twilio_async._transports._wire import response_from

        request = self.request(call, timeouts, authorization)
        return response_from(request, raw[0], raw[1], raw[2])
