"""The httpx client we create when the user does not bring one."""

from __future__ import annotations

from collections.abc import Mapping
from http.cookiejar import CookieJar
from typing import Any

import httpx

from twilio_async._transports import FastTransport

__all__ = ["default_http_client", "default_transport", "proxy_mounts"]


class _NoCookies(CookieJar):
    """Twilio's API sets no cookies; parsing responses for them cost ~40% of send()."""

    def extract_cookies(self, response: Any, request: Any) -> None:
        return None

    def add_cookie_header(self, request: Any) -> None:
        return None


class _NoCookieStore(httpx.Cookies):
    """httpx wraps every request and response for the cookie jar before calling it (about
    13% of a create's CPU, even with an empty jar); this store skips the wrapping too."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None

    def set_cookie_header(self, request: httpx.Request) -> None:
        return None


class _TwilioHTTPClient(httpx.AsyncClient):
    """The ``httpx.AsyncClient`` we create: no cookie handling, as Twilio's API sets none."""

    _no_cookies = _NoCookieStore(_NoCookies())

    @property
    def cookies(self) -> httpx.Cookies:
        """Always empty: cookies are neither stored nor sent."""
        return self._no_cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        pass  # httpx's __init__ sets it; there is nothing to keep


def default_transport(max_connections: int) -> httpx.AsyncBaseTransport:
    """Our httptools transport (asyncio and trio), one connection per allowed concurrent
    request.

    It hands requests to httpx's own transport whenever respx (or pytest-httpx) has
    patched httpx, so users' mocks keep intercepting them.
    """
    return FastTransport(max_connections=max_connections)


def proxy_mounts(
    proxy: str | httpx.URL | httpx.Proxy | None, max_connections: int
) -> dict[str, httpx.AsyncBaseTransport | None]:
    """httpx ``mounts`` routing requests through ``proxy``, or the environment's proxies.

    httpx reads ``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY`` only when
    it creates the transport itself, so we ask it for the same mapping and mount its own
    proxy transports (``FastTransport`` does not tunnel): a ``None`` mount (a ``NO_PROXY``
    host) goes to the default transport. Without any proxy the mapping is empty, so
    ``NO_PROXY`` alone adds no per-request pattern matching.
    """
    if proxy is not None:
        proxies: dict[str, str | httpx.URL | httpx.Proxy | None] = {"all://": proxy}
    else:
        # httpx's own reading of the environment (what AsyncClient(trust_env=True) uses).
        from httpx._utils import get_environment_proxies

        proxies = dict(get_environment_proxies())
        if all(url is None for url in proxies.values()):
            return {}
    limits = httpx.Limits(max_connections=max_connections)
    return {
        pattern: None
        if url is None
        else httpx.AsyncHTTPTransport(
            proxy=url if isinstance(url, httpx.Proxy) else httpx.Proxy(url), limits=limits
        )
        for pattern, url in proxies.items()
    }


def default_http_client(
    max_connections: int,
    timeout: httpx.Timeout,
    mounts: Mapping[str, httpx.AsyncBaseTransport | None] | None = None,
) -> httpx.AsyncClient:
    """The ``httpx.AsyncClient`` a :class:`~twilio_async.Client` owns by default."""
    return _TwilioHTTPClient(
        transport=default_transport(max_connections),
        mounts=mounts or None,
        timeout=timeout,
        trust_env=True,  # SSL_CERT_FILE / SSL_CERT_DIR, as httpx does
        follow_redirects=False,
    )
