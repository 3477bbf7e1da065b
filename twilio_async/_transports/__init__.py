"""HTTP transports for ``httpx.AsyncClient``.

:class:`FastTransport` is the default transport of the client: HTTP/1.1 with a LIFO
keep-alive pool, on asyncio protocols or, under trio, on sockets driven through trio's
waits; it hands requests to httpx's own transport while respx or pytest-httpx mocks are
active.  Its module docstring states which errors mean "nothing was
sent" (safe to retry) and which mean "outcome unknown".
"""

from twilio_async._transports._h1 import FastTransport
from twilio_async._transports._pool import PoolClosedError

__all__ = ["FastTransport", "PoolClosedError"]
