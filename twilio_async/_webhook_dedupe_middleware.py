"""An ASGI middleware answering Twilio's retries of a webhook with the first answer.

A request carrying ``I-Twilio-Idempotency-Token`` is run once: the first delivery reaches the
application and its response (status, headers, body) is stored; a retry gets that response
again without reaching the application. A delivery arriving while the first is still at work
waits for it. Only a successful answer (below 400) is stored: after an error, a forged
request or a crash, the next delivery runs the application again.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, Final

import anyio
import orjson

from twilio_async._webhook_dedupe import (
    DEFAULT_LEASE,
    DEFAULT_WAIT,
    DeduplicationStore,
    InMemoryDeduplicationStore,
    claim_or_wait,
)

__all__ = ["IDEMPOTENCY_TOKEN_HEADER", "DeduplicateWebhooks"]

logger = logging.getLogger("twilio_async.webhooks")

IDEMPOTENCY_TOKEN_HEADER: Final = "I-Twilio-Idempotency-Token"
"""The header Twilio repeats, unchanged, on every retry of one webhook delivery."""

_TOKEN: Final = IDEMPOTENCY_TOKEN_HEADER.lower().encode("latin-1")
_SIGNATURE: Final = b"x-twilio-signature"
_MAX_TOKEN: Final = 256

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class DeduplicateWebhooks:
    """ASGI middleware: Twilio's retries of a webhook get the first delivery's response.

    Add it to a Starlette or FastAPI app (``app.add_middleware(DeduplicateWebhooks)``) or wrap
    any ASGI app. Requests without ``I-Twilio-Idempotency-Token`` pass through untouched.

    ``store`` remembers the deliveries: by default an :class:`InMemoryDeduplicationStore`
    (this process only); a :class:`~twilio_async.webhooks.RedisDeduplicationStore` shares
    them across a fleet. ``lease`` bounds how long a delivery may hold its key before another
    may run (a crashed process's claim lapses); ``wait`` is how long a retry waits for the
    first delivery to finish before being answered ``409`` (so that Twilio tries again).
    Responses over ``max_response_bytes`` are not stored (the next retry runs again).

    The key binds the token to the request's method, path and ``X-Twilio-Signature``, so a
    request that reuses a token without Twilio's signature neither blocks the real delivery
    nor sees its stored response.
    """

    def __init__(
        self,
        app: ASGIApp,
        store: DeduplicationStore | None = None,
        *,
        lease: float = DEFAULT_LEASE,
        wait: float = DEFAULT_WAIT,
        max_response_bytes: int = 64 * 1024,
    ) -> None:
        """Wrap ``app``; remember deliveries in ``store`` (in memory by default)."""
        if not lease > 0 or not wait >= 0:
            raise ValueError(f"lease must be positive and wait not negative: {lease!r}, {wait!r}")
        self.app = app
        self.store: DeduplicationStore = (
            store if store is not None else InMemoryDeduplicationStore()
        )
        self._lease = float(lease)
        self._wait = float(wait)
        self._max_response = max_response_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the application once per delivery; replay its response to retries."""
        key = _key(scope) if scope["type"] == "http" else None
        if key is None:
            await self.app(scope, receive, send)
            return
        claim = await claim_or_wait(self.store, key, lease=self._lease, wait=self._wait)
        if claim.state == "done" and claim.record:
            logger.debug("Twilio webhook retry answered with the first delivery's response")
            await _replay(claim.record, send)
            return
        if claim.state != "new" or claim.owner is None:
            logger.debug("Twilio webhook retry refused (409): the first delivery is still running")
            await _replay(_IN_PROGRESS, send)
            return
        recorder = _Recorder(send, self._max_response)
        try:
            await self.app(scope, receive, recorder.send)
        except BaseException:
            with anyio.CancelScope(shield=True):
                await self.store.release(key, claim.owner)
            raise
        record = recorder.record()
        with anyio.CancelScope(shield=True):
            if record is None:
                await self.store.release(key, claim.owner)
            else:
                await self.store.complete(key, claim.owner, record)


def _key(scope: Scope) -> str | None:
    token = signature = b""
    for name, value in scope.get("headers", ()):
        if name == _TOKEN:
            token = value
        elif name == _SIGNATURE:
            signature = value
    if not token or len(token) > _MAX_TOKEN:
        return None
    path = scope.get("raw_path") or scope.get("path", "").encode("utf-8")
    digest = hashlib.sha256()
    for part in (scope.get("method", "").encode("latin-1"), path, token, signature):
        digest.update(len(part).to_bytes(4, "big") + part)
    return "twilio-webhook:" + digest.hexdigest()


class _Recorder:
    """Passes the response through as it is sent, keeping a copy of a small, good one."""

    def __init__(self, send: Send, limit: int) -> None:
        self._send = send
        self._limit = limit
        self._status = 0
        self._headers: list[list[str]] = []
        self._body: list[bytes] = []
        self._size = 0
        self._complete = False

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self._status = int(message["status"])
            self._headers = [
                [bytes(k).decode("latin-1"), bytes(v).decode("latin-1")]
                for k, v in message.get("headers", ())
            ]
        elif message["type"] == "http.response.body":
            chunk = bytes(message.get("body", b""))
            self._size += len(chunk)
            if self._size <= self._limit:
                self._body.append(chunk)
            if not message.get("more_body", False):
                self._complete = True
        await self._send(message)

    def record(self) -> bytes | None:
        if not self._complete or not 100 <= self._status < 400:
            return None
        if self._size > self._limit:
            logger.warning(
                "Twilio webhook response of %d bytes is over max_response_bytes=%d: not kept, "
                "so a retry of this delivery runs the application again",
                self._size,
                self._limit,
            )
            return None
        body = base64.b64encode(b"".join(self._body)).decode("ascii")
        return orjson.dumps({"status": self._status, "headers": self._headers, "body": body})


_IN_PROGRESS: Final = orjson.dumps(
    {
        "status": 409,
        "headers": [["content-type", "text/plain; charset=utf-8"], ["retry-after", "1"]],
        "body": base64.b64encode(b"this webhook delivery is still being handled").decode(),
    }
)


async def _replay(record: bytes, send: Send) -> None:
    stored = orjson.loads(record)
    headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in stored["headers"]]
    await send({"type": "http.response.start", "status": stored["status"], "headers": headers})
    await send({"type": "http.response.body", "body": base64.b64decode(stored["body"])})
