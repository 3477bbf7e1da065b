"""One sending process for the multi-process tests: ``python _worker.py '<json options>'``.

Sends items ``[start, start + count)`` with ``create_many``, through a ``RedisLimiter`` when
``redis`` is given and a ``SQLiteJournal`` when ``journal`` is, prints one JSON line with its
counts, and exits 0.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

from twilio_async import AdaptiveLimiter, Client, SQLiteJournal
from twilio_async.redis import RedisLimiter


async def main(options: dict[str, Any]) -> dict[str, Any]:
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
    journal = SQLiteJournal(options["journal"]) if options.get("journal") else None
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
        options["account_sid"], options["auth_token"], base_url=options["url"], limiter=limiter
    ) as client:
        print("STARTED", flush=True)
        result = await client.messages.create_many(
            items, on_result=seen, journal=journal, key=lambda item: item["body"]
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
        "degraded": degraded,
        "outages": getattr(limiter, "outages", 0),
        "limit": limiter.limit,
    }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(json.loads(sys.argv[1])))), flush=True)
