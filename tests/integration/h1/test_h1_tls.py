"""FastTransport over TLS with trustme certificates: verification on by default, SNI = host."""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Callable

import httpx
import pytest
import trustme

from tests.integration.h1._server import H1TestServer
from twilio_async._transports import FastTransport


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def trusting_context(authority: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context()
    authority.configure_trust(context)
    return context


@pytest.fixture
async def tls_server(authority: trustme.CA) -> AsyncIterator[tuple[H1TestServer, list[str]]]:
    """A server with a certificate for 127.0.0.1 and localhost, and the SNI names it got."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    server_names: list[str] = []

    def record_sni(_: ssl.SSLObject, name: str | None, __: ssl.SSLContext) -> None:
        server_names.append(name or "")

    context.sni_callback = record_sni
    async with H1TestServer(ssl_context=context) as server:
        yield server, server_names


async def test_untrusted_certificate_fails_with_the_default_context(
    tls_server: tuple[H1TestServer, list[str]],
    make_transport: Callable[..., FastTransport],
) -> None:
    server, _ = tls_server
    async with httpx.AsyncClient(transport=make_transport()) as http:
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            await http.post(f"{server.url}/echo", content=b"Body=secret")

    assert server.requests == []


async def test_trusted_certificate_succeeds_and_sends_sni(
    tls_server: tuple[H1TestServer, list[str]],
    make_transport: Callable[..., FastTransport],
    trusting_context: ssl.SSLContext,
) -> None:
    server, server_names = tls_server
    transport = make_transport(ssl_context=trusting_context)
    async with httpx.AsyncClient(transport=transport) as http:
        first = await http.post(f"https://localhost:{server.port}/echo", content=b"Body=hi")
        second = await http.get(f"https://localhost:{server.port}/chunked")

    assert first.content == b"Body=hi"
    assert second.content == b"hello, chunked world"
    assert server_names == ["localhost"]
    assert server.connections_opened == 1
    assert server.requests[0].headers["host"] == f"localhost:{server.port}"


async def test_certificate_for_another_host_is_rejected(
    authority: trustme.CA,
    trusting_context: ssl.SSLContext,
    make_transport: Callable[..., FastTransport],
) -> None:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("api.twilio.com").configure_cert(context)
    async with H1TestServer(ssl_context=context) as server:
        transport = make_transport(ssl_context=trusting_context)
        async with httpx.AsyncClient(transport=transport) as http:
            with pytest.raises(httpx.ConnectError):
                await http.get(f"{server.url}/cl")

        assert server.requests == []
