"""One sending process for the multi-process tests: ``python _worker.py '<json options>'``.

Sends items ``[start, start + count)`` with ``create_many``, through a ``RedisLimiter`` when
``redis`` is given, a ``SQLiteJournal`` when ``journal`` is (a path) and a ``RedisJournal``
when ``redis_journal`` is (a URL); prints the campaign's log records as ``LOG ...`` lines as
they happen, then one JSON line with its counts, and exits 0.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from typing import Any

from twilio_async import AdaptiveLimiter, Client, RetryPolicy, SQLiteJournal
from twilio_async.redis import RedisJournal, RedisLimiter


class _Lines(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        print("LOG", record.getMessage(), flush=True)


def journal_of(options: dict[str, Any]) -> Any:
    leases = {
        "lease_seconds": options.get("journal_lease", 15.0),
        "busy_timeout": options.get("busy_timeout", 300.0),
    }
    campaign = options.get("campaign", "default")
    if options.get("journal"):
        return SQLiteJournal(options["journal"], campaign, **leases)
    if options.get("redis_journal"):
        return RedisJournal(options["redis_journal"], campaign, **leases)
    return None


async def main(options: dict[str, Any]) -> dict[str, Any]:
    logging.getLogger("twilio_async.campaign").addHandler(_Lines())
    logging.getLogger("twilio_async.campaign").setLevel(logging.INFO)
    limiter: Any = AdaptiveLimiter(options.get("maximum", 100))
    if options.get("redis"):
        limiter = RedisLimiter(
            options["redis"],
            key=options["key"],
            maximum=options["maximum"],
            adaptive=options.get("adaptive", True),
            lease_seconds=options.get("lease_seconds", 10.0),
            retry_seconds=options.get("retry_seconds", 1.0),
        )
    journal = journal_of(options)
    degraded = False
    start, count = options["start"], options["count"]
    items = [
        {"to": f"+1555{i:07d}", "from_": "+15005550006", "body": f"item {i}"}
        for i in range(start, start + count)
    ]

    def seen(_index: int, _result: object) -> None:
        nonlocal degraded
        degraded = degraded or getattr(limiter, "degraded", False)

    async with Client(
        options["account_sid"],
        options["auth_token"],
        base_url=options["url"],
        limiter=limiter,
        retry=RetryPolicy(deadline=options.get("deadline", 60.0)),
    ) as client:
        print("STARTED", flush=True)
        result = await client.messages.create_many(
            items,
            on_result=seen,
            journal=journal,
            key=lambda item: item["body"],
            max_in_flight=options.get("max_in_flight"),
        )
    if isinstance(limiter, RedisLimiter):
        await limiter.aclose()
    if journal is not None:
        await journal.aclose()
    return {
        "sent": result.summary.sent,
        "failed": result.summary.failed,
        "skipped": result.summary.skipped,
        "unsettled": result.summary.unsettled,
        "failed_by_code": dict(result.summary.failed_by_code),
        "degraded": degraded,
        "outages": getattr(limiter, "outages", 0),
        "limit": limiter.limit,
    }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(json.loads(sys.argv[1])))), flush=True)
