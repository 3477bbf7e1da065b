"""The httpx client we create when the user does not bring one."""

from __future__ import annotations

import httpx

__all__ = ["default_http_client", "default_transport"]


def default_transport(max_connections: int) -> httpx.AsyncBaseTransport:
    # TODO(perf issue): switch to the asyncio + httptools transport once it lands.
    limits = httpx.Limits(
        max_connections=max_connections, max_keepalive_connections=max_connections
    )
    return httpx.AsyncHTTPTransport(limits=limits)


def default_http_client(max_connections: int, timeout: httpx.Timeout) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=default_transport(max_connections),
        timeout=timeout,
        trust_env=True,  # proxies from the environment, as httpx does
        follow_redirects=False,
    )
