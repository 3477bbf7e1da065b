"""Item 2 of issue 11: the default client honours proxies like httpx, and ``proxy=``.

A forward proxy and a CONNECT proxy run on 127.0.0.1 in front of a scripted upstream (TLS
with a trustme certificate through the tunnel); ``NO_PROXY`` must bypass them.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import trustme

from twilio_async import Client, ConfigurationError

from ._scripted import ScriptedServer, read_request, response

ACCOUNT_SID = "AC" + "0" * 32
_PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


async def _upstream(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    while await read_request(reader) is not None:
        writer.write(response())
        await writer.drain()


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(ConnectionError):
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    with contextlib.suppress(OSError):
        writer.write_eof()


class _Proxy:
    """A forward proxy (absolute-form requests) that also tunnels CONNECT."""

    def __init__(self) -> None:
        self.request_lines: list[bytes] = []

    async def __call__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        request = await read_request(reader)
        if request is None:
            return
        head, body = request
        line, _, rest = head.partition(b"\r\n")
        self.request_lines.append(line)
        method, target, version = line.split(b" ")
        if method == b"CONNECT":
            host, _, port = target.decode().rpartition(":")
            up_reader, up_writer = await asyncio.open_connection(host, int(port))
            writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        else:
            url = target.decode()
            assert url.startswith("http://"), url
            authority, _, path = url[len("http://") :].partition("/")
            host, _, port = authority.rpartition(":")
            up_reader, up_writer = await asyncio.open_connection(host, int(port))
            up_writer.write(
                b"%b /%b %b\r\n%b\r\n\r\n%b" % (method, path.encode(), version, rest, body)
            )
        await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))
        up_writer.close()


@pytest.fixture
def no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in _PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def trusted_ca(ca: trustme.CA, tmp_path: Path, no_proxy_env: pytest.MonkeyPatch) -> None:
    """Point httpx's (and FastTransport's) SSL_CERT_FILE at the test CA."""
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    no_proxy_env.setenv("SSL_CERT_FILE", str(bundle))


@pytest.fixture
async def tls_upstream(ca: trustme.CA, trusted_ca: None) -> AsyncIterator[ScriptedServer]:
    """The upstream over TLS, its certificate for ``localhost`` issued by the test CA."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost").configure_cert(context)
    async with ScriptedServer(_upstream, ssl_context=context) as upstream:
        yield upstream


@pytest.fixture
async def proxy() -> AsyncIterator[tuple[_Proxy, ScriptedServer]]:
    handler = _Proxy()
    async with ScriptedServer(handler) as server:
        yield handler, server


async def _fetch_via(base_url: str, **options: object) -> str | None:
    async with Client(ACCOUNT_SID, "token", base_url=base_url, retry=None, **options) as client:
        message = await client.messages("SM1").fetch()
    return message.sid


async def test_item2_http_proxy_from_environment(
    proxy: tuple[_Proxy, ScriptedServer], no_proxy_env: pytest.MonkeyPatch
) -> None:
    handler, proxy_server = proxy
    async with ScriptedServer(_upstream) as upstream:
        no_proxy_env.setenv("HTTP_PROXY", proxy_server.url)
        assert await _fetch_via(upstream.url) == "SM00000000000000000000000000000001"
    assert handler.request_lines == [
        f"GET {upstream.url}/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/SM1.json HTTP/1.1".encode()
    ]


async def test_item2_https_through_connect_tunnel_from_environment(
    tls_upstream: ScriptedServer,
    proxy: tuple[_Proxy, ScriptedServer],
    no_proxy_env: pytest.MonkeyPatch,
) -> None:
    handler, proxy_server = proxy
    no_proxy_env.setenv("HTTPS_PROXY", proxy_server.url)
    base_url = f"https://localhost:{tls_upstream.port}"
    assert await _fetch_via(base_url) == "SM00000000000000000000000000000001"
    assert handler.request_lines == [f"CONNECT localhost:{tls_upstream.port} HTTP/1.1".encode()]
    assert tls_upstream.connections == 1


async def test_item2_explicit_proxy_option(
    proxy: tuple[_Proxy, ScriptedServer], no_proxy_env: pytest.MonkeyPatch
) -> None:
    handler, proxy_server = proxy
    async with ScriptedServer(_upstream) as upstream:
        assert await _fetch_via(upstream.url, proxy=proxy_server.url) is not None
    assert len(handler.request_lines) == 1
    assert handler.request_lines[0].startswith(f"GET {upstream.url}/".encode())


async def test_item2_no_proxy_bypasses_the_proxy(
    tls_upstream: ScriptedServer,
    proxy: tuple[_Proxy, ScriptedServer],
    no_proxy_env: pytest.MonkeyPatch,
) -> None:
    handler, proxy_server = proxy
    no_proxy_env.setenv("HTTPS_PROXY", proxy_server.url)
    no_proxy_env.setenv("HTTP_PROXY", proxy_server.url)
    no_proxy_env.setenv("NO_PROXY", "example.org,localhost")
    assert await _fetch_via(f"https://localhost:{tls_upstream.port}") is not None
    assert handler.request_lines == []
    assert tls_upstream.connections == 1


def test_item2_proxy_with_own_http_client_is_refused() -> None:
    import httpx

    with pytest.raises(ConfigurationError, match="proxy"):
        Client(ACCOUNT_SID, "token", http_client=httpx.AsyncClient(), proxy="http://127.0.0.1:1")
