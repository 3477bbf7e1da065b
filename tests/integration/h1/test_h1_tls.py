"""FastTransport over TLS with trustme certificates: verification on by default, SNI = host.

Every test runs on asyncio and on trio (see ``_harness``)."""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import httpx
import pytest
import trustme

from tests.integration.h1._harness import H1, each_backend
from tests.integration.h1._server import H1TestServer, server_in_thread


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def trusting_context(authority: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context()
    authority.configure_trust(context)
    return context


@pytest.fixture
def tls_server(authority: trustme.CA) -> Iterator[tuple[H1TestServer, list[str]]]:
    """A server with a certificate for 127.0.0.1 and localhost, and the SNI names it got."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    server_names: list[str] = []

    def record_sni(_: ssl.SSLObject, name: str | None, __: ssl.SSLContext) -> None:
        server_names.append(name or "")

    context.sni_callback = record_sni
    with server_in_thread(ssl_context=context) as server:
        yield server, server_names


@each_backend
async def test_untrusted_certificate_fails_with_the_default_context(
    h1: H1, tls_server: tuple[H1TestServer, list[str]]
) -> None:
    server, _ = tls_server
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        await h1.client().post(f"{server.url}/echo", content=b"Body=secret")

    assert server.requests == []


@each_backend
async def test_trusted_certificate_succeeds_and_sends_sni(
    h1: H1, tls_server: tuple[H1TestServer, list[str]], trusting_context: ssl.SSLContext
) -> None:
    server, server_names = tls_server
    http = h1.client(h1.transport(ssl_context=trusting_context))
    first = await http.post(f"https://localhost:{server.port}/echo", content=b"Body=hi")
    second = await http.get(f"https://localhost:{server.port}/chunked")

    assert first.content == b"Body=hi"
    assert second.content == b"hello, chunked world"
    assert server_names == ["localhost"]
    assert server.connections_opened == 1
    assert server.requests[0].headers["host"] == f"localhost:{server.port}"


@each_backend
async def test_certificate_for_another_host_is_rejected(
    h1: H1, authority: trustme.CA, trusting_context: ssl.SSLContext
) -> None:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("api.twilio.com").configure_cert(context)
    with h1.another_server(ssl_context=context) as server:
        http = h1.client(h1.transport(ssl_context=trusting_context))
        with pytest.raises(httpx.ConnectError):
            await http.get(f"{server.url}/cl")

        assert server.requests == []
