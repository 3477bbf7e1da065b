"""A :class:`DeduplicationStore` in Redis, so a fleet handles each webhook delivery once.

Needs the ``redis`` extra (redis-py's asyncio client, so asyncio). Each key is one Redis string
``{prefix}:{key}``: ``P<owner>`` while claimed (expiring with the lease, so a crashed
process's claim lapses), ``D<record>`` once done (expiring after ``ttl``). Claims, completions
and releases are single Lua scripts, so two processes never both win a claim.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any, Final

import anyio

from twilio_async._redis_connection import connect, describe
from twilio_async._webhook_dedupe import DEFAULT_TTL, Claim

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["RedisDeduplicationStore"]

_PENDING: Final = b"P"
_DONE: Final = b"D"

# KEYS[1]: the key; ARGV: pending value, lease in ms. Returns the value that was there, or
# '' after claiming.
_CLAIM: Final = """
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return ''
end
return redis.call('GET', KEYS[1]) or ''
"""

# KEYS[1]: the key; ARGV: our pending value, done value, ttl in ms. Done if we still hold the
# claim, or nobody does (our lease lapsed and nobody took over).
_COMPLETE: Final = """
local current = redis.call('GET', KEYS[1])
if current == false or current == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
end
return 0
"""

# KEYS[1]: the key; ARGV[1]: our pending value. Deleted only if we still hold it.
_RELEASE: Final = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
end
return 0
"""


class RedisDeduplicationStore:
    """A de-duplication store shared by every process using the same Redis and ``prefix``.

    ``redis`` is a URL or a ``redis.asyncio.Redis`` you own (asyncio only); every Redis call
    is bounded by ``timeout``. Completed keys are kept ``ttl`` seconds (Redis expires them,
    so the store's size is bounded by the deliveries of that long). A delivery waiting for
    another polls Redis, every ``poll_interval`` seconds at first, then less often.
    """

    def __init__(
        self,
        redis: str | Redis,
        *,
        prefix: str = "twilio-async:webhooks",
        ttl: float = DEFAULT_TTL,
        timeout: float = 5.0,
        poll_interval: float = 0.05,
    ) -> None:
        """Connect to ``redis`` (or use the client given); keys live under ``prefix``."""
        if not ttl > 0:
            raise ValueError(f"ttl must be a positive number of seconds, not {ttl!r}")
        self._redis, self._owns_redis = connect(redis, timeout)
        self._prefix = prefix
        self._ttl_ms = max(1, round(ttl * 1000))
        self._poll_interval = poll_interval
        self._claim = self._redis.register_script(_CLAIM)
        self._complete = self._redis.register_script(_COMPLETE)
        self._release = self._redis.register_script(_RELEASE)

    def __repr__(self) -> str:
        return f"<RedisDeduplicationStore {describe(self._redis)} prefix={self._prefix!r}>"

    async def claim(self, key: str, *, lease: float) -> Claim:
        """Claim ``key`` for ``lease`` seconds if nobody holds it; else say who does."""
        owner = uuid.uuid4().hex
        lease_ms = max(1, round(lease * 1000))
        before: bytes = await self._claim(
            keys=[self._key(key)], args=[_PENDING + owner.encode(), lease_ms]
        )
        if not before:
            return Claim("new", owner=owner)
        if before.startswith(_DONE):
            return Claim("done", record=before[1:])
        return Claim("pending")

    async def complete(self, key: str, owner: str, record: bytes) -> None:
        """Mark ``key`` done with ``record`` if ``owner`` holds it (or nobody does)."""
        await self._complete(
            keys=[self._key(key)], args=[_PENDING + owner.encode(), _DONE + record, self._ttl_ms]
        )

    async def release(self, key: str, owner: str) -> None:
        """Forget ``owner``'s claim on ``key``; the next delivery does the work again."""
        await self._release(keys=[self._key(key)], args=[_PENDING + owner.encode()])

    async def wait(self, key: str, *, seconds: float) -> None:
        """Return once ``key`` is no longer pending (or its lease lapsed), or after ``seconds``."""
        redis: Any = self._redis  # redis-py types its commands for sync and async at once
        interval = self._poll_interval
        with anyio.move_on_after(seconds):
            while True:
                value: bytes | None = await redis.get(self._key(key))
                if not value or not value.startswith(_PENDING):
                    return
                await anyio.sleep(interval)
                interval = min(interval * 2, 0.5)

    async def aclose(self) -> None:
        """Close the Redis connection if we opened it."""
        if self._owns_redis:
            await self._redis.aclose()

    def _key(self, key: str) -> str:
        return f"{self._prefix}:{key}"
