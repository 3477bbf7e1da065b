"""One Twilio account, many processes: a concurrency limiter and a campaign journal shared
through Redis (:class:`RedisLimiter`, :class:`RedisJournal`).

Needs the ``redis`` extra (``pip install 'twilio-async[redis]'``, redis-py's asyncio
client) and therefore asyncio. Every process, pod or machine whose clients use a
:class:`RedisLimiter` with the same Redis and ``key`` shares one in-flight count and one
adaptive limit (the rules of :class:`~twilio_async.AdaptiveLimiter`, run atomically by a Lua
script):
a 429 seen by one process lowers the limit for all.

Slots are leases. Each process renews its lease while it holds or waits for slots; a process
that dies (SIGKILL, a lost machine) stops renewing, and its slots return to the others once
``lease_seconds`` have passed. Nobody waits forever.

When Redis cannot be reached (every Redis call is bounded by ``timeout``), the limiter does
what ``on_unavailable`` says:

* ``"local"`` (default): log a warning and limit this process with ``fallback``, a local
  :class:`~twilio_async.AdaptiveLimiter` (by default as large as ``maximum`` and adaptive, so
  429s teach it this process's share), and try Redis again every ``retry_seconds``. Requests
  in flight when Redis went away finish normally; once Redis answers again (even empty after
  a restart) this process first tells it how many slots it still holds, then new requests
  go through it. Until the fallback's requests finish, the account may briefly see both.
* ``"raise"``: the request fails with :class:`LimiterUnavailableError` before anything is
  sent, so it is always safe to retry (``create_many`` reports it as that item's error).

It never hangs and never sends without a limit.
"""

from twilio_async._journal_redis import RedisJournal
from twilio_async._limiter_redis import LimiterUnavailableError, RedisLimiter

__all__ = ["LimiterUnavailableError", "RedisJournal", "RedisLimiter"]
