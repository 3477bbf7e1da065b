"""HTTP transports for ``httpx.AsyncClient``.

:class:`FastTransport` is the default transport of the client: HTTP/1.1 on asyncio with a
LIFO keep-alive pool, falling back to httpx's own transport under trio and while respx or
pytest-httpx mocks are active.  Its module docstring states which errors mean "nothing was
sent" (safe to retry) and which mean "outcome unknown".
"""

from twilio_async._transports._h1 import FastTransport
from twilio_async._transports._pool import PoolClosedError

__all__ = ["FastTransport", "PoolClosedError"]
