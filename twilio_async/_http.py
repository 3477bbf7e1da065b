"""The httpx client we create when the user does not bring one."""

from __future__ import annotations

from http.cookiejar import CookieJar
from typing import Any

import httpx

from twilio_async._transports import FastTransport

__all__ = ["default_http_client", "default_transport"]


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
    """Our asyncio + httptools transport, one connection per allowed concurrent request.

    It hands requests to httpx's own transport on trio and whenever respx (or
    pytest-httpx) has patched httpx, so users' mocks keep intercepting them. Proxies
    from the environment are mounted by httpx itself and use httpx's transports.
    """
    return FastTransport(max_connections=max_connections)


def default_http_client(max_connections: int, timeout: httpx.Timeout) -> httpx.AsyncClient:
    """The ``httpx.AsyncClient`` a :class:`~twilio_async.Client` owns by default."""
    return _TwilioHTTPClient(
        transport=default_transport(max_connections),
        timeout=timeout,
        trust_env=True,  # proxies from the environment, as httpx does
        follow_redirects=False,
    )
