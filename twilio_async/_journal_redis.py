"""The Redis-backed campaign journal, for runs on many machines.

Public as :class:`twilio_async.redis.RedisJournal` (see :mod:`twilio_async.redis`).
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from twilio_async._journal import Held, JournalEntry, JournalError, Lease
from twilio_async._redis_connection import connect, describe

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["RedisJournal"]

T = TypeVar("T")

# Every script runs on Redis's clock (TIME), so leases mean the same to every machine.
# KEYS[1] is the campaign's items hash (key -> JSON entry), KEYS[2] its runs' leases
# (owner -> "expires in_flight"). ``store_done`` writes outcomes only for items the writer
# still owns: all of them while its lease is live (nobody can have taken one over), else
# item by item. ``claim_rule`` in twilio_async._journal is the same rule in Python.
_PRELUDE = """
if redis.replicate_commands then redis.replicate_commands() end
local function clock()
  local t = redis.call('TIME')
  return tonumber(t[1]) + tonumber(t[2]) / 1000000
end
local function lease_of(owner)
  local lease = redis.call('HGET', KEYS[2], owner)
  if not lease then return nil end
  local expires, in_flight = string.match(lease, '^(%S+) (%S+)$')
  return tonumber(expires), tonumber(in_flight)
end
local function store_done(me, first, count, now)
  if count == 0 then return end
  local expires = lease_of(me)
  local live = expires ~= nil and expires > now
  for i = first, first + 2 * count - 1, 2 do
    local write = live
    if not live then
      local raw = redis.call('HGET', KEYS[1], ARGV[i])
      write = raw and cjson.decode(raw)['owner'] == me
    end
    if write then redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
  end
end
"""

# KEYS[3]: the salt. ARGV: owner, seconds, in_flight, a new salt. Starts the lease, forgets
# runs whose lease and in-flight window have both passed, returns the salt.
_OPEN = (
    _PRELUDE
    + """
redis.call('SET', KEYS[3], ARGV[4], 'NX')
local now = clock()
local leases = redis.call('HGETALL', KEYS[2])
for i = 1, #leases, 2 do
  local expires, in_flight = string.match(leases[i + 1], '^(%S+) (%S+)$')
  if tonumber(expires) + tonumber(in_flight) < now then redis.call('HDEL', KEYS[2], leases[i]) end
end
redis.call('HSET', KEYS[2], ARGV[1], string.format('%.6f %s', now + tonumber(ARGV[2]), ARGV[3]))
return redis.call('GET', KEYS[3])
"""
)

# ARGV: owner, number of outcomes, outcome pairs (key, JSON), entry pairs (key, JSON). For
# each entry in order: '' (new, stored), the stored JSON, or 'H<wait> <stored JSON>' (held).
_CLAIM = (
    _PRELUDE
    + """
local me = ARGV[1]
local done = tonumber(ARGV[2])
local now = clock()
store_done(me, 3, done, now)
local out = {}
for i = 3 + 2 * done, #ARGV, 2 do
  local key, new = ARGV[i], ARGV[i + 1]
  local raw = redis.call('HGET', KEYS[1], key)
  if not raw then
    redis.call('HSET', KEYS[1], key, new)
    out[#out + 1] = ''
  else
    local stored = cjson.decode(raw)
    local state = stored['state']
    if stored['intent'] ~= cjson.decode(new)['intent'] or state == 'sent' or state == 'failed'
        or stored['owner'] == me then
      out[#out + 1] = raw
    elseif state == 'retry' then
      redis.call('HSET', KEYS[1], key, new)
      out[#out + 1] = raw
    else
      local expires, in_flight = nil, nil
      if type(stored['owner']) == 'string' then expires, in_flight = lease_of(stored['owner']) end
      if expires ~= nil and now < expires + in_flight then
        local wait = ''
        if expires <= now then wait = string.format('%.6f', expires + in_flight - now) end
        out[#out + 1] = 'H' .. wait .. ' ' .. raw
      else
        stored['owner'] = me
        redis.call('HSET', KEYS[1], key, cjson.encode(stored))
        out[#out + 1] = raw
      end
    end
  end
end
return out
"""
)

# ARGV: owner, 'renew' or 'release', seconds, number of outcomes, outcome pairs. Extends
# the lease by ``seconds`` (renew) or ends it now (release); 0 if it had expired already.
_EXTEND = (
    _PRELUDE
    + """
local now = clock()
store_done(ARGV[1], 5, tonumber(ARGV[4]), now)
local expires, in_flight = lease_of(ARGV[1])
if expires == nil or expires <= now then return 0 end
local ends = now
if ARGV[2] == 'renew' then ends = now + tonumber(ARGV[3]) end
redis.call('HSET', KEYS[2], ARGV[1], string.format('%.6f %.6f', ends, in_flight))
return 1
"""
)


class RedisJournal:
    """A campaign :class:`~twilio_async.Journal` in Redis, for runs on many machines.

    ``redis`` is a URL or a ``redis.asyncio.Redis`` you own. The campaign's items are the
    hash ``{prefix}:items:{campaign}``, its runs' leases ``{prefix}:owners:{campaign}`` and
    its salt ``{prefix}:salt:{campaign}``. Each group of items is one Lua script call,
    which also stores the outcomes so far; leases run on Redis's clock. For the durability
    of an intent across a Redis crash, run Redis with AOF (``appendfsync always``).
    ``lease_seconds`` and ``busy_timeout``: see :class:`~twilio_async.Journal`.
    """

    def __init__(
        self,
        redis: str | Redis,
        campaign: str,
        *,
        prefix: str = "twilio-async:journal",
        timeout: float = 5.0,
        lease_seconds: float = 15.0,
        busy_timeout: float = 300.0,
    ) -> None:
        if lease_seconds <= 0 or busy_timeout < 0:
            raise ValueError("lease_seconds must be positive and busy_timeout not negative")
        self._redis, self._owns_redis = connect(redis, timeout)
        self.campaign = campaign
        self.lease_seconds = lease_seconds
        self.busy_timeout = busy_timeout
        self._keys = [f"{prefix}:{part}:{campaign}" for part in ("items", "owners", "salt")]
        register = self._redis.register_script
        self._open, self._claim, self._extend = register(_OPEN), register(_CLAIM), register(_EXTEND)

    def __repr__(self) -> str:
        return f"<RedisJournal {describe(self._redis)} campaign={self.campaign!r}>"

    async def _call(self, call: Callable[[], Awaitable[T]]) -> T:
        """``call()``, with Redis's errors surfacing as a :class:`JournalError`."""
        from redis.exceptions import RedisError

        try:
            return await call()
        except (RedisError, OSError) as error:
            raise JournalError(f"redis {describe(self._redis)} {self.campaign!r}", error) from error

    async def open(self, lease: Lease) -> bytes:
        """See :meth:`twilio_async.Journal.open`."""
        args: list[bytes | str] = [
            lease.owner,
            repr(lease.seconds),
            repr(lease.in_flight),
            secrets.token_bytes(16),
        ]
        salt: bytes = await self._call(lambda: self._open(keys=self._keys, args=args))
        return salt

    async def claim(
        self, lease: Lease, entries: Sequence[JournalEntry], done: Sequence[JournalEntry] = ()
    ) -> list[JournalEntry | Held | None]:
        """See :meth:`twilio_async.Journal.claim`."""
        args = [lease.owner, *_outcomes(done)]
        for entry in entries:
            args += [entry.key, _dump(entry, lease.owner)]
        stored: list[bytes] = await self._call(lambda: self._claim(keys=self._keys[:2], args=args))
        return [_answer(value) for value in stored]

    async def _end(self, lease: Lease, how: str, done: Sequence[JournalEntry]) -> bool:
        args = [lease.owner, how, repr(lease.seconds), *_outcomes(done)]
        return bool(await self._call(lambda: self._extend(keys=self._keys[:2], args=args)))

    async def renew(self, lease: Lease, done: Sequence[JournalEntry] = ()) -> bool:
        """See :meth:`twilio_async.Journal.renew`."""
        return await self._end(lease, "renew", done)

    async def release(self, lease: Lease, done: Sequence[JournalEntry] = ()) -> None:
        """See :meth:`twilio_async.Journal.release`."""
        await self._end(lease, "release", done)

    async def record(self, entries: Sequence[JournalEntry]) -> None:
        """See :meth:`twilio_async.Journal.record`."""
        if entries:
            redis: Any = self._redis  # redis-py types its commands for sync and async at once
            mapping = {entry.key: _dump(entry) for entry in entries}
            await self._call(lambda: redis.hset(self._keys[0], mapping=mapping))

    async def entries(self) -> dict[str, JournalEntry]:
        """Every entry of this campaign, by key (for reports and tests)."""
        redis: Any = self._redis
        stored: dict[bytes, bytes] = await self._call(lambda: redis.hgetall(self._keys[0]))
        return {key.decode(): _load(value) for key, value in stored.items()}

    async def aclose(self) -> None:
        """Close the Redis connection if we opened it."""
        if self._owns_redis:
            await self._redis.aclose()


def _dump(entry: JournalEntry, owner: str | None = None) -> bytes:
    import orjson

    return orjson.dumps(
        {
            "key": entry.key,
            "state": entry.state,
            "intent": entry.intent,
            "intended_at": entry.intended_at,
            "owner": owner or entry.owner,
            "sid": entry.sid,
            "code": entry.code,
            "detail": entry.detail,
        }
    )


def _outcomes(done: Sequence[JournalEntry]) -> list[bytes | str]:
    """The script arguments for outcomes: their number, then (key, JSON) pairs."""
    args: list[bytes | str] = [str(len(done))]
    for entry in done:
        args += [entry.key, _dump(entry)]
    return args


def _load(value: bytes) -> JournalEntry:
    import orjson

    return JournalEntry(**orjson.loads(value))


def _answer(value: bytes) -> JournalEntry | Held | None:
    if not value:
        return None
    if value[:1] == b"H":
        wait, _, stored = value[1:].partition(b" ")
        return Held(_load(stored), float(wait) if wait else None)
    return _load(value)
