"""Mocks must catch requests sent through FastTransport: a leak would send a real SMS.

A live server listens throughout, so a request that slips past the mock is seen there.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
import respx

from tests.integration.h1._server import H1TestServer
from twilio_async._transports import FastTransport


@pytest.mark.parametrize("using", ["httpcore", "httpx"])
async def test_respx_mock_intercepts(
    server: H1TestServer, make_transport: Callable[..., FastTransport], using: str
) -> None:
    url = f"{server.url}/2010-04-01/Accounts/AC1/Messages.json"
    async with httpx.AsyncClient(transport=make_transport()) as http:
        with respx.mock(using=using) as router:
            route = router.post(url).respond(201, json={"sid": "SM1"})
            response = await http.post(url, data={"Body": "hi"})

    assert response.status_code == 201
    assert response.json() == {"sid": "SM1"}
    assert route.call_count == 1
    assert server.requests == []


async def test_plain_respx_mock_intercepts(
    server: H1TestServer, make_transport: Callable[..., FastTransport]
) -> None:
    async with httpx.AsyncClient(transport=make_transport(), base_url=server.url) as http:
        with respx.mock() as router:
            route = router.get(f"{server.url}/cl").respond(200, text="mocked")
            response = await http.get("/cl")

    assert response.text == "mocked"
    assert route.called
    assert server.requests == []


async def test_unmatched_request_under_respx_does_not_leak(
    server: H1TestServer, make_transport: Callable[..., FastTransport]
) -> None:
    async with httpx.AsyncClient(transport=make_transport(), base_url=server.url) as http:
        with respx.mock(assert_all_called=False) as router:
            router.get(f"{server.url}/other").respond(200)
            with pytest.raises(AssertionError, match="not mocked"):
                await http.post("/echo", content=b"Body=hi")

    assert server.requests == []


async def test_without_a_mock_requests_reach_the_server_on_the_fast_path(
    server: H1TestServer, make_transport: Callable[..., FastTransport]
) -> None:
    transport = make_transport()
    async with httpx.AsyncClient(transport=transport, base_url=server.url) as http:
        with respx.mock() as router:
            router.get(f"{server.url}/cl").respond(200, text="mocked")
            assert (await http.get("/cl")).text == "mocked"
        response = await http.get("/cl")

    assert response.content == b"hello"
    assert [seen.path for seen in server.requests] == ["/cl"]
    assert transport._pool.connection_count == 1


async def test_pytest_httpx_style_patch_intercepts(
    server: H1TestServer,
    make_transport: Callable[..., FastTransport],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[str] = []

    async def fake_handler(
        self: httpx.AsyncHTTPTransport, request: httpx.Request
    ) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(202, content=b"patched")

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", fake_handler)
    async with httpx.AsyncClient(transport=make_transport(), base_url=server.url) as http:
        response = await http.post("/echo", content=b"Body=hi")

    assert response.content == b"patched"
    assert seen == ["/echo"]
    assert server.requests == []
