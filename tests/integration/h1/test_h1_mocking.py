"""Mocks must catch requests sent through FastTransport: a leak would send a real SMS.

A live server listens throughout, so a request that slips past the mock is seen there.
Every test runs on asyncio and on trio (see ``_harness``).
"""

from __future__ import annotations

import httpx
import pytest
import respx

from tests.integration.h1._harness import H1, each_backend


@pytest.mark.parametrize("using", ["httpcore", "httpx"])
@each_backend
async def test_respx_mock_intercepts(h1: H1, using: str) -> None:
    url = f"{h1.server.url}/2010-04-01/Accounts/AC1/Messages.json"
    http = h1.client()
    with respx.mock(using=using) as router:
        route = router.post(url).respond(201, json={"sid": "SM1"})
        response = await http.post(url, data={"Body": "hi"})

    assert response.status_code == 201
    assert response.json() == {"sid": "SM1"}
    assert route.call_count == 1
    assert h1.server.requests == []


@each_backend
async def test_plain_respx_mock_intercepts(h1: H1) -> None:
    http = h1.client()
    with respx.mock() as router:
        route = router.get(f"{h1.server.url}/cl").respond(200, text="mocked")
        response = await http.get("/cl")

    assert response.text == "mocked"
    assert route.called
    assert h1.server.requests == []


@each_backend
async def test_unmatched_request_under_respx_does_not_leak(h1: H1) -> None:
    http = h1.client()
    with respx.mock(assert_all_called=False) as router:
        router.get(f"{h1.server.url}/other").respond(200)
        with pytest.raises(AssertionError, match="not mocked"):
            await http.post("/echo", content=b"Body=hi")

    assert h1.server.requests == []


@each_backend
async def test_without_a_mock_requests_reach_the_server_on_the_fast_path(h1: H1) -> None:
    transport = h1.transport()
    http = h1.client(transport)
    with respx.mock() as router:
        router.get(f"{h1.server.url}/cl").respond(200, text="mocked")
        assert (await http.get("/cl")).text == "mocked"
    response = await http.get("/cl")

    assert response.content == b"hello"
    assert [seen.path for seen in h1.server.requests] == ["/cl"]
    assert len(h1.idle_connections(transport)) == 1


@each_backend
async def test_pytest_httpx_style_patch_intercepts(h1: H1, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    async def fake_handler(
        self: httpx.AsyncHTTPTransport, request: httpx.Request
    ) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(202, content=b"patched")

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", fake_handler)
    response = await h1.client().post("/echo", content=b"Body=hi")

    assert response.content == b"patched"
    assert seen == ["/echo"]
    assert h1.server.requests == []


@each_backend
async def test_direct_exchange_is_ruled_out_while_a_mock_is_active(h1: H1) -> None:
    transport = h1.transport()
    assert transport.direct_available()
    with respx.mock():
        assert not transport.direct_available()
    assert transport.direct_available()
