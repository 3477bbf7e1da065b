"""A campaign sent by a fleet of arq workers: one Twilio account, one shared limit, one journal.

Every worker process (on any machine) runs ``arq examples.job_queue.campaign.WorkerSettings``
against the same Redis. ``enqueue_campaign`` splits the recipients into chunks, one job each;
each job sends its chunk with ``create_many`` through

* a :class:`~twilio_async.redis.RedisLimiter`: all workers together stay within the account's
  concurrency limit, and a 429 seen by one lowers the limit for all;
* a :class:`~twilio_async.redis.RedisJournal` keyed by recipient: a job that arq runs again
  (its worker died, it timed out) skips the messages already sent and never sends one twice.

Configuration comes from the environment: ``REDIS_URL`` (default ``redis://127.0.0.1:6379/0``),
``TWILIO_ACCOUNT_SID`` / ``TWILIO_AUTH_TOKEN``, ``TWILIO_FROM`` (the sender), and
``TWILIO_BASE_URL`` to point the workers at a fake Twilio.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from arq import create_pool
from arq.connections import RedisSettings

from twilio_async import Client
from twilio_async.redis import RedisJournal, RedisLimiter


def redis_url() -> str:
    """The Redis every worker shares (queue, limiter and journal)."""
    return os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")


async def startup(ctx: dict[str, Any]) -> None:
    """One client per worker process, limited by the account-wide limiter."""
    limiter = RedisLimiter(redis_url(), key=f"twilio:{os.environ.get('TWILIO_ACCOUNT_SID')}")
    ctx["limiter"] = limiter
    ctx["client"] = Client(base_url=os.environ.get("TWILIO_BASE_URL"), limiter=limiter)


async def shutdown(ctx: dict[str, Any]) -> None:
    """Close the client and the limiter's connection."""
    await ctx["client"].aclose()
    await ctx["limiter"].aclose()


async def send_chunk(
    ctx: dict[str, Any], campaign: str, body: str, recipients: Sequence[str]
) -> dict[str, int]:
    """Send ``body`` to each recipient; returns the chunk's counts."""
    client: Client = ctx["client"]
    sender = os.environ["TWILIO_FROM"]
    journal = RedisJournal(redis_url(), campaign)
    try:
        result = await client.messages.create_many(
            [{"to": to, "from_": sender, "body": body} for to in recipients],
            journal=journal,
            key=lambda item: item["to"],  # one message per recipient in a campaign
            collect=False,
        )
    finally:
        await journal.aclose()
    summary = result.summary
    return {
        "sent": summary.sent,
        "skipped": summary.skipped,
        "failed": summary.failed,
        "unsettled": summary.unsettled,
    }


async def enqueue_campaign(
    campaign: str, body: str, recipients: Sequence[str], chunk: int = 100
) -> int:
    """Queue one job per ``chunk`` recipients; returns the number of jobs.

    Job ids are derived from the campaign and chunk, so enqueuing twice adds nothing.
    """
    pool = await create_pool(RedisSettings.from_dsn(redis_url()))
    try:
        jobs = 0
        for start in range(0, len(recipients), chunk):
            await pool.enqueue_job(
                "send_chunk",
                campaign,
                body,
                list(recipients[start : start + chunk]),
                _job_id=f"{campaign}:{start}",
            )
            jobs += 1
        return jobs
    finally:
        await pool.aclose()


class WorkerSettings:
    """``arq examples.job_queue.campaign.WorkerSettings`` (add ``--burst`` to exit when idle)."""

    functions = [send_chunk]  # noqa: RUF012 - arq reads these class attributes
    on_startup = startup
    on_shutdown = shutdown
    redis_settings = RedisSettings.from_dsn(redis_url())
    max_jobs = 4
