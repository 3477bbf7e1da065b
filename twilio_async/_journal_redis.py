"""The Redis-backed campaign journal, for workers on many machines.

Public as :class:`twilio_async.redis.RedisJournal` (see :mod:`twilio_async.redis`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from twilio_async._journal import JournalEntry
from twilio_async._redis_connection import connect, describe

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["RedisJournal"]


# KEYS: the campaign's hash. ARGV: key, entry, key, entry, ... For each key: return what was
# stored ('' if nothing) and store the new entry where nothing was or the state is retry.
_CLAIM = """
local done = tonumber(ARGV[1])
for i = 2, 2 * done, 2 do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
end
local out = {}
for i = 2 * done + 2, #ARGV, 2 do
  local before = redis.call('HGET', KEYS[1], ARGV[i])
  if before then
    out[#out + 1] = before
    if cjson.decode(before)['state'] == 'retry' then
      redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
    end
  else
    out[#out + 1] = ''
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
  end
end
return out
"""


class RedisJournal:
    """A campaign :class:`~twilio_async.Journal` in a Redis hash, for workers on many
    machines (each item is sent by one worker at a time).

    ``redis`` is a URL or a ``redis.asyncio.Redis`` you own; the hash is
    ``{prefix}:{campaign}``. Each group of items is one Lua script call, which also stores
    the outcomes so far. For the durability of an intent across a Redis crash, run Redis
    with AOF (``appendfsync``).
    """

    def __init__(
        self,
        redis: str | Redis,
        campaign: str,
        *,
        prefix: str = "twilio-async:journal",
        timeout: float = 5.0,
    ) -> None:
        self._redis, self._owns_redis = connect(redis, timeout)
        self.campaign = campaign
        self._key = f"{prefix}:{campaign}"
        self._claim = self._redis.register_script(_CLAIM)

    def __repr__(self) -> str:
        return f"<RedisJournal {describe(self._redis)} campaign={self.campaign!r}>"

    async def claim(
        self, entries: Sequence[JournalEntry], done: Sequence[JournalEntry] = ()
    ) -> list[JournalEntry | None]:
        """See :meth:`twilio_async.Journal.claim`."""
        args: list[bytes | str] = [str(len(done))]
        for entry in (*done, *entries):
            args += [entry.key, _dump(entry)]
        stored: list[bytes] = await self._claim(keys=[self._key], args=args)
        return [_load(value) if value else None for value in stored]

    async def record(self, entries: Sequence[JournalEntry]) -> None:
        """See :meth:`twilio_async.Journal.record`."""
        if entries:
            redis: Any = self._redis  # redis-py types its commands for sync and async at once
            await redis.hset(self._key, mapping={entry.key: _dump(entry) for entry in entries})

    async def entries(self) -> dict[str, JournalEntry]:
        """Every entry of this campaign, by key (for reports and tests)."""
        redis: Any = self._redis
        stored: dict[bytes, bytes] = await redis.hgetall(self._key)
        return {key.decode(): _load(value) for key, value in stored.items()}

    async def aclose(self) -> None:
        """Close the Redis connection if we opened it."""
        if self._owns_redis:
            await self._redis.aclose()


def _dump(entry: JournalEntry) -> bytes:
    import orjson

    return orjson.dumps(
        {
            "key": entry.key,
            "state": entry.state,
            "to": entry.to,
            "sender": entry.sender,
            "digest": entry.digest,
            "intended_at": entry.intended_at,
            "sid": entry.sid,
            "code": entry.code,
            "detail": entry.detail,
        }
    )


def _load(value: bytes) -> JournalEntry:
    import orjson

    return JournalEntry(**orjson.loads(value))
