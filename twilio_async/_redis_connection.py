"""Redis connections for the shared limiter and journal (redis-py's asyncio client)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["connect", "describe"]


def connect(redis: str | Redis, timeout: float) -> tuple[Redis, bool]:
    """A client for ``redis`` (a URL: ours, every call bounded by ``timeout``), and whether
    we own it."""
    if not isinstance(redis, str):
        return redis, False
    try:
        from redis.asyncio import Redis
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "twilio_async.redis needs redis-py: pip install 'twilio-async[redis]'"
        ) from exc
    return Redis.from_url(redis, socket_timeout=timeout, socket_connect_timeout=timeout), True


def describe(redis: Redis) -> str:
    # host:port/db only: a URL may carry a password.
    kwargs = redis.connection_pool.connection_kwargs
    if "path" in kwargs:
        return f"unix:{kwargs['path']}"
    return f"{kwargs.get('host', '?')}:{kwargs.get('port', '?')}/{kwargs.get('db', 0)}"
