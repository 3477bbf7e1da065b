"""The Redis-backed limiter: one Twilio account's concurrency limit shared by every process.

Public as :class:`twilio_async.redis.RedisLimiter` (see :mod:`twilio_async.redis`).
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from collections import deque
from typing import TYPE_CHECKING, Any, Literal

import anyio

from twilio_async._exceptions import TwilioError
from twilio_async._limiter import (
    DEFAULT_INITIAL_LIMIT,
    FIRST_PROBE_WINDOWS,
    MAX_PROBE_WINDOWS,
    TWILIO_DEFAULT_LIMIT,
    AdaptiveLimiter,
    Limiter,
)
from twilio_async._redis_connection import connect, describe
from twilio_async._slots import Handoff

if TYPE_CHECKING:
    import asyncio

    from redis.asyncio import Redis

__all__ = ["LimiterUnavailableError", "RedisLimiter"]

logger = logging.getLogger("twilio_async")

# One script for every operation, so that state, leases and the adaptive rules change
# together, atomically. KEYS: state hash, owners zset (lease expiry per process), held hash
# (slots per process). ARGV: op, owner, lease ms, want, maximum, adaptive, initial,
# first probe windows, max probe windows, admitted in flight, status, concurrent requests,
# Twilio's default limit (where slow start pauses). The adaptive rules are AdaptiveLimit's.
_SCRIPT = """
local state, owners, held = KEYS[1], KEYS[2], KEYS[3]
local op, owner = ARGV[1], ARGV[2]
local lease_ms, want = tonumber(ARGV[3]), tonumber(ARGV[4])
local maximum, adaptive = tonumber(ARGV[5]), ARGV[6] == '1'
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if redis.call('EXISTS', state) == 0 then
  local limit = maximum
  if adaptive then limit = math.max(1, math.min(maximum, tonumber(ARGV[7]))) end
  redis.call('HSET', state, 'limit', limit, 'in_flight', 0, 'slow_start', adaptive and 1 or 0,
    'probe_windows', tonumber(ARGV[8]), 'probing', 0, 'paused', 0, 'successes', 0, 'windows', 0)
end
for _, dead in ipairs(redis.call('ZRANGEBYSCORE', owners, '-inf', now)) do
  local n = tonumber(redis.call('HGET', held, dead) or '0')
  if n > 0 then redis.call('HINCRBY', state, 'in_flight', -n) end
  redis.call('HDEL', held, dead)
  redis.call('ZREM', owners, dead)
end
redis.call('ZADD', owners, now + lease_ms, owner)
local function get(field) return tonumber(redis.call('HGET', state, field)) end
if op == 'release' then
  if tonumber(redis.call('HGET', held, owner) or '0') > 0 then
    redis.call('HINCRBY', held, owner, -1)
    redis.call('HINCRBY', state, 'in_flight', -1)
  end
  local status, limit = tonumber(ARGV[11]), get('limit')
  local busy = get('slow_start') == 1 or tonumber(ARGV[10]) >= limit
  if adaptive and status > 0 and status < 400 and limit < maximum and busy then
    if get('slow_start') == 1 then
      if limit ~= tonumber(ARGV[13]) then
        redis.call('HSET', state, 'limit', limit + 1)  -- one more per success
      else  -- pause at Twilio's default limit: probe past it first
        redis.call('HSET', state, 'slow_start', 0, 'paused', 1, 'probe_windows', 1)
      end
    else
      local successes = get('successes') + 1
      if successes < limit then
        redis.call('HSET', state, 'successes', successes)
      elseif get('probing') == 1 and get('paused') == 1 then
        -- the probe past the default limit held a whole window: slow start again
        redis.call('HSET', state, 'successes', 0, 'probing', 0, 'paused', 0, 'slow_start', 1,
          'limit', limit + 1)
      else
        local windows, probe_windows = get('windows') + 1, get('probe_windows')
        if get('probing') == 1 then
          probe_windows = math.max(1, math.floor(probe_windows / 2))
          redis.call('HSET', state, 'probing', 0, 'probe_windows', probe_windows)
        end
        if windows >= probe_windows then
          windows = 0
          redis.call('HSET', state, 'probing', 1, 'limit', limit + 1)
        end
        redis.call('HSET', state, 'successes', 0, 'windows', windows)
      end
    end
  elseif adaptive and status == 429 then
    local target, concurrent = tonumber(ARGV[10]) - 1, tonumber(ARGV[12])
    if concurrent > 0 then target = math.min(target, concurrent) end
    target = math.max(1, target)
    if target < limit then
      if get('slow_start') == 1 or get('paused') == 1 then
        -- the ceiling is found: probe rarely from now on
        redis.call('HSET', state, 'slow_start', 0, 'paused', 0, 'probe_windows', tonumber(ARGV[8]))
      elseif get('probing') == 1 then
        local longer = math.min(tonumber(ARGV[9]), get('probe_windows') * 2)
        redis.call('HSET', state, 'probe_windows', longer)
      end
      redis.call('HSET', state, 'probing', 0, 'successes', 0, 'windows', 0, 'limit', target)
    end
  end
end
if op == 'sync' then
  -- after an outage: this process holds exactly `want` slots (a call that timed out may
  -- have taken or returned some without our knowing; a restarted Redis knows of none)
  local have = tonumber(redis.call('HGET', held, owner) or '0')
  if want ~= have then
    redis.call('HSET', held, owner, want)
    redis.call('HINCRBY', state, 'in_flight', want - have)
  end
  want = 0
end
if op == 'giveback' then
  local n = math.min(want, tonumber(redis.call('HGET', held, owner) or '0'))
  if n > 0 then
    redis.call('HINCRBY', held, owner, -n)
    redis.call('HINCRBY', state, 'in_flight', -n)
  end
  want = 0
end
local limit, in_flight = get('limit'), get('in_flight')
if in_flight < 0 then
  in_flight = 0
  redis.call('HSET', state, 'in_flight', 0)
end
local granted = math.max(0, math.min(want, limit - in_flight))
if granted > 0 then
  redis.call('HINCRBY', state, 'in_flight', granted)
  redis.call('HINCRBY', held, owner, granted)
end
return {granted, in_flight, limit}
"""


class LimiterUnavailableError(TwilioError, RuntimeError):
    """The shared limiter could not be reached; the request was not sent (safe to retry)."""


class _Unavailable(Exception):
    """Internal: a Redis call failed or timed out."""


# What a waiter is handed when Redis is gone: no shared slot, go through the fallback.
_NO_SLOT = 0


class _FallbackPermit:
    __slots__ = ("inner",)

    def __init__(self, inner: object) -> None:
        self.inner = inner


class RedisLimiter:
    """A :class:`~twilio_async.Limiter` whose count and adaptive limit live in Redis.

    ``redis`` is a URL (``redis://host:6379/0``) or a ``redis.asyncio.Redis`` you own.
    Every limiter with the same Redis and ``key`` shares one account's limit: use one key
    per Twilio account. ``maximum``, ``adaptive`` and ``initial`` mean what they mean for
    :class:`~twilio_async.AdaptiveLimiter` and should agree across processes.
    ``lease_seconds`` bounds how long a dead process's slots stay taken; ``poll_seconds``
    is how often a waiting process looks for slots freed elsewhere; ``timeout`` bounds every
    Redis call. See the module docstring for ``on_unavailable``, ``fallback`` and
    ``retry_seconds``. Close it with :meth:`aclose` (or ``async with``).
    """

    def __init__(
        self,
        redis: str | Redis,
        *,
        key: str = "twilio-async:limiter",
        maximum: int = 100,
        adaptive: bool = True,
        initial: int | None = None,
        lease_seconds: float = 10.0,
        poll_seconds: float = 0.005,
        timeout: float = 1.0,
        on_unavailable: Literal["local", "raise"] = "local",
        fallback: Limiter | None = None,
        retry_seconds: float = 1.0,
    ) -> None:
        if maximum < 1:
            raise ValueError("maximum must be at least 1")
        if on_unavailable not in ("local", "raise"):
            raise ValueError("on_unavailable must be 'local' or 'raise'")
        self._redis, self._owns_redis = connect(redis, timeout)
        self._where = describe(self._redis)
        self._keys = [f"{key}:state", f"{key}:owners", f"{key}:held"]
        self._script = self._redis.register_script(_SCRIPT)
        self._owner = f"{os.getpid()}:{uuid.uuid4().hex[:12]}"
        self._maximum = maximum
        self._adaptive = adaptive
        self._initial = DEFAULT_INITIAL_LIMIT if initial is None else initial
        self._lease_ms = max(1, round(lease_seconds * 1000))
        self._lease_seconds = lease_seconds
        self._poll_seconds = poll_seconds
        self._timeout = timeout
        self._on_unavailable = on_unavailable
        self._fallback = fallback if fallback is not None else AdaptiveLimiter(maximum)
        self._retry_seconds = retry_seconds
        self._down_until: float | None = None  # monotonic time to try Redis again
        self._limit = min(maximum, self._initial) if adaptive else maximum
        self._held = 0
        self._waiters: deque[Handoff] = deque()
        self._heartbeat: asyncio.Task[None] | None = None
        self._poller: asyncio.Task[None] | None = None
        self._direct = False
        self._recovering = False
        self.outages = 0
        """Times Redis became unreachable and the fallback took over."""

    def __repr__(self) -> str:
        mode = " (Redis unavailable: limiting locally)" if self.degraded else ""
        return (
            f"<RedisLimiter {self._where} key={self._keys[0].rsplit(':', 1)[0]!r} "
            f"limit={self._limit} maximum={self._maximum}{mode}>"
        )

    # -- the Limiter protocol -------------------------------------------------------------
    @property
    def maximum(self) -> int:
        """The most requests in flight the whole account ever gets."""
        return self._maximum

    @property
    def limit(self) -> int:
        """The shared limit as of the last Redis answer (the fallback's while degraded)."""
        return self._fallback.limit if self.degraded else self._limit

    @property
    def in_flight(self) -> int:
        """Requests of this process holding a slot (shared or fallback)."""
        return self._held + self._fallback.in_flight

    @property
    def waiting(self) -> int:
        """Requests of this process waiting for a slot (shared or fallback)."""
        return len(self._waiters) + self._fallback.waiting

    @property
    def degraded(self) -> bool:
        """Whether Redis is unreachable and the fallback limits this process."""
        return self._down_until is not None

    async def acquire(self) -> object:
        """Wait for a shared slot (or a fallback slot while Redis is unreachable)."""
        if self._down_until is not None and not await self._recovered():
            return await self._acquire_fallback()
        if not self._waiters and not self._direct:
            # Nobody queued: ask Redis directly. Tasks arriving meanwhile queue up and the
            # poller asks for all of them in one call.
            self._direct = True
            try:
                with anyio.CancelScope(shield=True):  # a slot granted must not get lost
                    granted, in_flight, _ = await self._call("acquire", 1)
            except _Unavailable as exc:
                self._mark_down(exc)
                return await self._acquire_fallback()
            finally:
                self._direct = False
            if granted:
                self._held += 1
                self._ensure_heartbeat()
                return in_flight + 1
        return await self._wait()

    async def release(
        self, permit: object, status: int | None, concurrent_requests: int | None = None
    ) -> None:
        """Give the slot back and report the outcome to the shared limit."""
        if isinstance(permit, _FallbackPermit):
            await self._fallback.release(permit.inner, status, concurrent_requests)
            return
        assert isinstance(permit, int)
        self._held -= 1
        if self._down_until is not None:
            return  # counted again by the sync that ends the outage
        want = len(self._waiters)
        # Shielded: a cancelled request must still give its slot back.
        with anyio.CancelScope(shield=True):
            try:
                granted, in_flight, _ = await self._call(
                    "release", want, permit, status or 0, concurrent_requests or 0
                )
            except _Unavailable as exc:
                # The slot comes back anyway: with the lease, or with Redis's restart.
                self._mark_down(exc)
                return
        await self._hand_over(granted, in_flight)

    async def aclose(self) -> None:
        """Stop renewing the lease and close the Redis connection if we opened it."""
        for task in (self._heartbeat, self._poller):
            if task is not None:
                task.cancel()
        self._heartbeat = self._poller = None
        if self._owns_redis:
            await self._redis.aclose()

    async def __aenter__(self) -> RedisLimiter:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    # -- internals --------------------------------------------------------------------------
    async def _call(
        self, op: str, want: int, admitted: int = 0, status: int = 0, concurrent: int = 0
    ) -> tuple[int, int, int]:
        from redis.exceptions import RedisError

        args: list[str | int] = [
            op,
            self._owner,
            self._lease_ms,
            want,
            self._maximum,
            1 if self._adaptive else 0,
            self._initial,
            FIRST_PROBE_WINDOWS,
            MAX_PROBE_WINDOWS,
            admitted,
            status,
            concurrent,
            TWILIO_DEFAULT_LIMIT,
        ]
        try:
            with anyio.fail_after(self._timeout):
                result: Any = await self._script(keys=self._keys, args=args)
        except (RedisError, OSError, TimeoutError) as exc:
            raise _Unavailable(f"{type(exc).__name__}: {exc}") from exc
        granted, in_flight, limit = (int(value) for value in result)
        self._limit = limit
        return granted, in_flight, limit

    async def _wait(self) -> object:
        waiter = Handoff()
        self._waiters.append(waiter)
        self._ensure_heartbeat()
        self._ensure_poller()
        try:
            await waiter.wait()
        except BaseException:
            if waiter.value is None:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)
            elif waiter.value != _NO_SLOT:  # handed a slot just as we were cancelled
                await self.release(waiter.value, None)
            raise
        permit: int = waiter.value
        if permit == _NO_SLOT:
            return await self._acquire_fallback()
        return permit

    async def _poll(self) -> None:
        # Runs while this process has waiters: asks for a slot for each of them, and looks
        # again every poll_seconds while the account is full (slots freed by other
        # processes; releases here hand slots over directly).
        while self._waiters and self._down_until is None:
            want = len(self._waiters)
            try:
                granted, in_flight, _ = await self._call("acquire", want)
            except _Unavailable as exc:
                self._mark_down(exc)
                return
            await self._hand_over(granted, in_flight)
            if granted < want:
                await anyio.sleep(self._poll_seconds)

    async def _hand_over(self, granted: int, in_flight: int) -> None:
        handed = 0
        while handed < granted and self._waiters:
            # The permit is the account's count as this slot was granted, itself included.
            if self._waiters.popleft().give(in_flight + handed + 1):
                handed += 1
                self._held += 1
        if handed < granted:  # the waiters left (cancelled, or served by a release)
            await self._give_back(granted - handed)

    async def _give_back(self, count: int) -> None:
        with anyio.CancelScope(shield=True):
            try:
                await self._call("giveback", count)
            except _Unavailable as exc:
                self._mark_down(exc)

    def _ensure_poller(self) -> None:
        if self._poller is None or self._poller.done():
            import asyncio

            self._poller = asyncio.get_running_loop().create_task(self._poll())

    def _mark_down(self, exc: _Unavailable) -> None:
        if self._down_until is None:
            self.outages += 1
            if self._on_unavailable == "local":
                logger.warning(
                    "Redis at %s unreachable (%s): limiting this process locally "
                    "(limit %d, maximum %d) until it answers; retrying every %.1f s",
                    self._where,
                    exc,
                    self._fallback.limit,
                    self._fallback.maximum,
                    self._retry_seconds,
                )
            else:
                logger.warning("Redis at %s unreachable (%s): failing requests", self._where, exc)
        self._down_until = time.monotonic() + self._retry_seconds
        self._unavailable_reason = str(exc)
        while self._waiters:  # nobody waits on a Redis that is gone
            self._waiters.popleft().give(_NO_SLOT)

    async def _recovered(self) -> bool:
        """While degraded: whether Redis answers again (tried every ``retry_seconds``)."""
        assert self._down_until is not None
        if self._recovering or time.monotonic() < self._down_until:
            return False
        self._recovering = True
        try:
            with anyio.CancelScope(shield=True):
                # First tell Redis what this process really holds: calls that timed out may
                # have taken slots we never got, and a restarted Redis knows of none.
                await self._call("sync", self._held)
        except _Unavailable as exc:
            self._mark_down(exc)
            return False
        finally:
            self._recovering = False
        self._down_until = None
        logger.warning("Redis at %s answers again: sharing the account's limit", self._where)
        return True

    async def _acquire_fallback(self) -> object:
        if self._on_unavailable == "raise":
            raise LimiterUnavailableError(
                f"the shared concurrency limiter (Redis at {self._where}) is unreachable "
                f"({getattr(self, '_unavailable_reason', 'unknown')}); the request was not sent"
            )
        return _FallbackPermit(await self._fallback.acquire())

    def _ensure_heartbeat(self) -> None:
        if self._heartbeat is None or self._heartbeat.done():
            import asyncio

            self._heartbeat = asyncio.get_running_loop().create_task(self._renew())

    async def _renew(self) -> None:
        # Keeps this process's lease alive while it holds or waits for slots, even when
        # its requests take longer than the lease; ends when the process is idle.
        while self._held > 0 or self._waiters:
            await anyio.sleep(self._lease_seconds / 3)
            if self._down_until is not None:
                continue
            try:
                await self._call("renew", 0)
            except _Unavailable as exc:
                self._mark_down(exc)
