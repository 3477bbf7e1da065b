"""Notice when a mocking library has patched httpx's or httpcore's default transport.

``respx.mock()`` (its default "httpcore" mocker) replaces
``httpcore.AsyncConnectionPool.handle_async_request``; pytest-httpx replaces
``httpx.AsyncHTTPTransport.handle_async_request``.  A custom transport bypasses both, so a
test that mocks Twilio would send real requests (real SMS).  While either method is not the
library's own function, :class:`FastTransport` routes requests through an
``httpx.AsyncHTTPTransport`` so the mock sees them.

The hot path compares two class attributes with the genuine functions by identity; only when
that fails does :func:`mocking_active` look closer (and re-learn the genuine functions, which
covers this module being imported while a mock was already active).

The client's direct path (``FastTransport.exchange``, no ``AsyncClient.send`` at all) also
bypasses whatever patched the client's own methods: respx's "httpx" mocker
(``respx.mock(using="httpx")`` replaces ``_transport_for_url``), vcrpy
(``_send_single_request``), and tracing or error-reporting integrations that wrap
``send``.  :func:`client_methods_unchanged` tells whether those methods are still httpx's
own functions (their code in httpx's ``_client`` module, not a wrapper's).
"""

from __future__ import annotations

import sys
from types import FunctionType
from typing import Any

import httpx

__all__ = [
    "client_methods_unchanged",
    "client_unwatched",
    "mocking_active",
    "watched_handlers_unchanged",
]

_HTTPX_MODULE = "httpx._transports.default"
_HTTPX_QUALNAME = "AsyncHTTPTransport.handle_async_request"
_HTTPCORE_MODULE = "httpcore._async.connection_pool"
_HTTPCORE_QUALNAME = "AsyncConnectionPool.handle_async_request"

_HTTPX_TRANSPORT = httpx.AsyncHTTPTransport

# The genuine functions once seen; None until then (which forces the careful check).
_genuine_httpx: Any = None
_httpcore_pool: Any = None
_genuine_httpcore: Any = None


def _is_genuine(function: object, module: str, qualname: str) -> bool:
    return (
        getattr(function, "__module__", None) == module
        and getattr(function, "__qualname__", None) == qualname
    )


def watched_handlers_unchanged() -> bool:
    """Cheap identity test: True means neither method was replaced since last checked."""
    if _HTTPX_TRANSPORT.handle_async_request is not _genuine_httpx:
        return False
    pool = _httpcore_pool
    if pool is None:
        # httpcore not seen yet: unchanged while it is still not imported (a process whose
        # requests all take the direct path may never import it).
        return _genuine_httpx is not None and _HTTPCORE_MODULE not in sys.modules
    return pool.handle_async_request is _genuine_httpcore


def mocking_active() -> bool:
    """Whether httpx's or httpcore's async request method is currently patched."""
    global _genuine_httpx, _httpcore_pool, _genuine_httpcore
    httpx_handler = _HTTPX_TRANSPORT.handle_async_request
    if not _is_genuine(httpx_handler, _HTTPX_MODULE, _HTTPX_QUALNAME):
        return True
    _genuine_httpx = httpx_handler
    module = sys.modules.get(_HTTPCORE_MODULE)
    if module is None:
        # httpcore not imported yet, so nothing can have patched it.
        return False
    pool = module.AsyncConnectionPool
    pool_handler = pool.handle_async_request
    if not _is_genuine(pool_handler, _HTTPCORE_MODULE, _HTTPCORE_QUALNAME):
        return True
    _httpcore_pool = pool
    _genuine_httpcore = pool_handler
    return False


# What AsyncClient.send runs through on its way to the transport.
_CLIENT_METHODS = (
    "send",
    "_send_handling_auth",
    "_send_handling_redirects",
    "_send_single_request",
    "_transport_for_url",
)
_client_seen: tuple[Any, ...] | None = None  # (class, *its methods) last found genuine


def client_methods_unchanged(cls: type[httpx.AsyncClient]) -> bool:
    """Whether ``cls`` (an ``httpx.AsyncClient`` subclass that does not override them) still
    has httpx's own request methods; nothing in between would see a request sent around
    them."""
    global _client_seen
    seen = _client_seen
    if (
        seen is not None
        and seen[0] is cls
        and cls.send is seen[1]
        and cls._send_handling_auth is seen[2]
        and cls._send_handling_redirects is seen[3]
        and cls._send_single_request is seen[4]
        and cls._transport_for_url is seen[5]
    ):
        return True
    methods = tuple(getattr(cls, name) for name in _CLIENT_METHODS)
    home = getattr(sys.modules.get("httpx._client"), "__file__", None)
    for method in methods:
        # A wrapper (functools.wraps, wrapt, a Mock) is not a plain function whose code
        # lives in httpx's own module, whatever name it copied.
        code = getattr(method, "__code__", None) if type(method) is FunctionType else None
        if home is None or code is None or code.co_filename != home:
            return False
    _client_seen = (cls, *methods)
    return True


def client_unwatched(client: httpx.AsyncClient) -> bool:
    """Whether a request sent around ``client`` escapes nothing: its class keeps httpx's
    request methods (:func:`client_methods_unchanged`), none is replaced on the instance
    itself (``mock.patch.object(client, "send")``), and it has no event hook."""
    hooks = client._event_hooks
    return (
        not hooks["request"]
        and not hooks["response"]
        and client_methods_unchanged(type(client))
        and client.__dict__.keys().isdisjoint(_CLIENT_METHODS)
    )
