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
"""

from __future__ import annotations

import sys
from typing import Any

import httpx

__all__ = ["mocking_active", "watched_handlers_unchanged"]

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
    pool = _httpcore_pool
    return (
        pool is not None
        and _HTTPX_TRANSPORT.handle_async_request is _genuine_httpx
        and pool.handle_async_request is _genuine_httpcore
    )


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
