"""Bulk sending near the account's concurrency limit: how close to the ideal rate, at what
cost in 429s.

The fake Twilio (``twilio_async.testing.FakeTwilio``, served on 127.0.0.1 in this process)
admits at most C requests at once, holds each for L seconds and answers any beyond C with an
immediate 429 / 20429. Sending N messages ideally takes N x L / C seconds; efficiency is that
ideal over the measured wall time (from the first worker's start to the last one's end).
Every request also spends some time outside the fake's L (the client's and the fake's own
work, the loopback, the scheduler of a busy machine), so no client reaches 1.0: the
"fixed limit = cap" rows (a client told the account's limit) show the best this machine
allows, and "vs best" compares each row with the reference of its cap.
Clients run in worker subprocesses: one for the single-process rows, four sharing the account
for the multi-process rows (through a ``RedisLimiter(url, key, maximum=400)`` each on a
throwaway ``redis-server``, or each with its own local limiter for comparison). Every worker
builds its client, then waits at a start barrier: the clock starts once all are ready.
"gather" is one ``asyncio.gather`` of all the worker's ``messages.create`` coroutines, started
at once, with no semaphore of the caller's: how most users send in bulk. Duplicates are
messages the fake created more than once for one input item.

Run: ``.venv/bin/python benchmarks/bench_saturation.py`` (a minute or two), ``--quick`` for a
smaller run. ``run_all.py`` puts the table and the targets in RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import time
from collections import Counter
from typing import Any

import _common as c

# (label, cap C, latency L, sends N, client, processes)
SCENARIOS: list[tuple[str, int, float, int, str, int]] = [
    ("cap 20, L 50 ms, 2,000 sends", 20, 0.05, 2000, "create_many, fixed limit = cap", 1),
    ("cap 20, L 50 ms, 2,000 sends", 20, 0.05, 2000, "gather", 1),
    ("cap 20, L 50 ms, 2,000 sends", 20, 0.05, 2000, "create_many", 1),
    ("cap 20, L 50 ms, 2,000 sends", 20, 0.05, 2000, "official gather", 1),
    ("cap 100, L 200 ms, 4,000 sends", 100, 0.2, 4000, "create_many, fixed limit = cap", 1),
    ("cap 100, L 200 ms, 4,000 sends", 100, 0.2, 4000, "gather", 1),
    ("cap 100, L 200 ms, 4,000 sends", 100, 0.2, 4000, "create_many", 1),
    ("cap 100, L 200 ms, 4,000 sends", 100, 0.2, 4000, "create_many, local limiters", 4),
    ("cap 100, L 200 ms, 4,000 sends", 100, 0.2, 4000, "create_many, RedisLimiter", 4),
]
QUICK_SCALE = 0.25
# Each process's RedisLimiter is told a maximum well above the account's cap of 100, as a user
# who does not know the account's limit would: the shared limit has to find it from 429s.
REDIS_MAXIMUM = 400
# (client, processes, cap) -> (efficiency at least, 429s per send at most)
TARGETS: dict[tuple[str, int, int], tuple[float, float]] = {
    ("gather", 1, 20): (0.90, 0.01),
    ("create_many", 1, 20): (0.90, 0.01),
    ("gather", 1, 100): (0.90, 0.01),
    ("create_many", 1, 100): (0.90, 0.01),
    ("create_many, RedisLimiter", 4, 100): (0.85, 0.005),
}


# --- Worker side (one subprocess per client process) ------------------------------------------


def _kwargs(index: int) -> dict[str, str]:
    return {"to": f"+1555{index:07d}", "from_": c.FROM_NUMBER, "body": f"saturation item {index}"}


async def _ours(args: argparse.Namespace) -> dict[str, Any]:
    from twilio_async import Client, TwilioError

    limiter: Any = None
    if args.client.endswith("fixed limit = cap"):
        # The reference: told the account's limit, no adapting. Nothing does better here.
        from twilio_async import AdaptiveLimiter

        limiter = AdaptiveLimiter(args.cap, adaptive=False)
    elif args.redis:
        from twilio_async.redis import RedisLimiter

        limiter = RedisLimiter(args.redis, key="bench-saturation", maximum=REDIS_MAXIMUM)
    items = [_kwargs(i) for i in range(args.start, args.stop)]
    async with Client(c.ACCOUNT_SID, c.AUTH_TOKEN, base_url=args.url, limiter=limiter) as client:
        messages: Any = client.messages
        _ready_and_wait()
        started = time.time()
        if args.client == "gather":
            results = await asyncio.gather(
                *(messages.create(**kw) for kw in items), return_exceptions=True
            )
            failed = sum(isinstance(r, TwilioError) for r in results)
        else:
            outcome = await messages.create_many(items)
            failed = outcome.summary.failed
        ended = time.time()
        final_limit = client.transport.limiter.limit
    outages = 0
    if args.redis:
        outages = limiter.outages  # times Redis did not answer in time: limited locally then
        await limiter.aclose()
    return {
        "started": started,
        "ended": ended,
        "failed": failed,
        "final_limit": final_limit,
        "outages": outages,
    }


async def _official(args: argparse.Namespace) -> dict[str, Any]:
    from twilio.base.exceptions import TwilioRestException
    from twilio.http.async_http_client import AsyncTwilioHttpClient
    from twilio.rest import Client

    client = Client(c.ACCOUNT_SID, c.AUTH_TOKEN, http_client=AsyncTwilioHttpClient())
    client.api.base_url = args.url
    messages = client.api.v2010.account.messages
    _ready_and_wait()
    started = time.time()
    results = await asyncio.gather(
        *(messages.create_async(**_kwargs(i)) for i in range(args.start, args.stop)),
        return_exceptions=True,
    )
    ended = time.time()
    await client.http_client.close()
    failed = sum(isinstance(r, TwilioRestException) for r in results)
    return {"started": started, "ended": ended, "failed": failed, "final_limit": None, "outages": 0}


def _ready_and_wait() -> None:
    # The parent starts every worker's clock together: all are ready before any sends.
    sys.stdout.write("READY\n")
    sys.stdout.flush()
    sys.stdin.readline()


def worker_main(args: argparse.Namespace) -> None:
    """Send items ``[start, stop)`` and print one JSON line."""
    runner = _official if args.client == "official gather" else _ours
    c.emit(asyncio.run(runner(args)))


# --- Parent side --------------------------------------------------------------------------------


def _spawn(url: str, client: str, cap: int, start: int, stop: int, redis: str | None) -> Any:
    cmd = [sys.executable, __file__, "--worker", "--url", url, "--client", client]
    cmd += ["--cap", str(cap)]
    cmd += ["--start", str(start), "--stop", str(stop)]
    if redis:
        cmd += ["--redis", redis]
    return subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=c.REPO_ROOT
    )


def measure(
    cap: int, latency: float, n: int, client: str, processes: int, redis: str | None
) -> dict[str, Any]:
    """One scenario against a fresh fake; returns efficiency, 429s, failures, duplicates."""
    from twilio_async.testing import FakeTwilio

    fake = FakeTwilio(
        c.ACCOUNT_SID, c.AUTH_TOKEN, max_concurrency=cap, latency=latency, record_requests=False
    )
    with fake.run_in_thread() as url:
        share = n // processes
        workers = [
            _spawn(url, client, cap, i * share, (i + 1) * share, redis) for i in range(processes)
        ]
        for worker in workers:
            assert worker.stdout.readline().strip() == "READY", "worker failed to start"
        for worker in workers:
            worker.stdin.write("go\n")
            worker.stdin.flush()
        reports = []
        for worker in workers:
            out, _ = worker.communicate(timeout=600)
            lines = [line for line in out.splitlines() if line.startswith("{")]
            if worker.returncode != 0 or not lines:
                return {"error": f"worker exited with {worker.returncode}"}
            reports.append(json.loads(lines[-1]))
        bodies = Counter(message.body for message in fake.messages)
        stats = fake.stats
    wall = max(r["ended"] for r in reports) - min(r["started"] for r in reports)
    ideal = share * processes * latency / cap
    return {
        "n": share * processes,
        "wall_s": wall,
        "ideal_s": ideal,
        "efficiency": ideal / wall if wall > 0 else None,
        "rate_limited": stats.rate_limited,
        "failed": sum(r["failed"] for r in reports),
        "duplicates": sum(count - 1 for count in bodies.values() if count > 1),
        "max_in_flight": stats.max_in_flight,
        "final_limits": [r["final_limit"] for r in reports],
        "limiter_outages": sum(r["outages"] for r in reports),
    }


def run(quick: bool = False, only: set[int] | None = None) -> dict[str, Any]:
    """Every scenario (or the rows in ``only``), in order; Redis scenarios get a throwaway
    redis-server each."""
    from twilio_async.testing._redis_server import redis_server

    rows = []
    for number, (label, cap, latency, n, client, processes) in enumerate(SCENARIOS, 1):
        if only is not None and number not in only:
            continue
        n = int(n * QUICK_SCALE) if quick else n
        print(f"  saturation: {label}, {client} x {processes}", file=sys.stderr)
        if "Redis" in client:
            status = c.twilio_async_status(("RedisLimiter",), "twilio_async.redis")
            if status is not None:
                result: dict[str, Any] = {"error": status}
            else:
                with redis_server() as server:
                    result = measure(cap, latency, n, client, processes, server.url)
        elif client.startswith("official") and c.twilio_async_status(("Client",), "twilio.rest"):
            result = {"error": "the official twilio package is not installed"}
        else:
            result = measure(cap, latency, n, client, processes, None)
        rows.append(
            {
                "label": label,
                "cap": cap,
                "client": client,
                "processes": processes,
                **result,
            }
        )
    return {"rows": rows, "quick": quick}


def _fmt_efficiency(row: dict[str, Any]) -> str:
    value = row.get("efficiency")
    if value is None:
        return c.NA
    if row.get("failed", 0) > row.get("n", 0) * 0.1:
        return "- (fails fast)"  # a client that gives up on 429s is not "efficient"
    return f"{value:.2f}"


def report(data: dict[str, Any]) -> str:
    """A Markdown table of every scenario."""
    header = (
        "| scenario | client | processes | efficiency | vs best | 429s | failed | duplicates |"
        " peak in flight |"
    )
    lines = [header, "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    notes: list[str] = []
    best = {
        row["cap"]: row.get("efficiency")
        for row in data["rows"]
        if row["client"].endswith("fixed limit = cap")
    }
    for row in data["rows"]:
        if "error" in row:
            cells = [row["label"], row["client"], str(row["processes"]), row["error"]]
            cells += [""] * 5
        else:
            failed = row["failed"]
            share = f" ({failed / row['n']:.0%})" if failed else ""
            if row.get("limiter_outages"):
                notes.append(
                    f"- {row['label']}, {row['client']}: Redis did not answer in time "
                    f"{row['limiter_outages']} time(s); the processes limited themselves "
                    "locally meanwhile (a loaded machine)"
                )
            cells = [
                row["label"],
                row["client"],
                str(row["processes"]),
                _fmt_efficiency(row),
                c.fmt_ratio(c.ratio(row.get("efficiency"), best.get(row["cap"])))
                if not row["failed"]
                else c.NA,
                f"{row['rate_limited']:,}",
                f"{failed:,}{share}",
                f"{row['duplicates']:,}",
                str(row["max_in_flight"]),
            ]
        lines.append("| " + " | ".join(cells) + " |")
    if notes:
        lines += ["", *notes]
    return "\n".join(lines)


def targets(data: dict[str, Any]) -> list[list[str]]:
    """(target, measured, goal, verdict) rows for run_all.py."""
    out: list[list[str]] = []
    for row in data["rows"]:
        goal = TARGETS.get((row["client"], row["processes"], row["cap"]))
        if goal is None:
            continue
        name = f"saturation @ cap {row['cap']}, {row['client']} x {row['processes']}"
        efficiency, max_share = goal
        if "error" in row:
            out.append([name, c.NA, f">= {efficiency:.2f}, <= {max_share:.1%} 429s", c.NA])
            continue
        share = row["rate_limited"] / row["n"]
        met = (
            row["efficiency"] is not None
            and row["efficiency"] >= efficiency
            and share <= max_share
            and row["failed"] == 0
            and row["duplicates"] == 0
        )
        out.append(
            [
                name,
                f"{_fmt_efficiency(row)}, {share:.2%} 429s",
                f">= {efficiency:.2f}, <= {max_share:.1%} 429s",
                "met" if met else "missed",
            ]
        )
    return out


def main() -> None:
    """Command line: run every scenario, or with ``--worker`` one client process."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--client", help=argparse.SUPPRESS)
    parser.add_argument("--start", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--stop", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--redis", help=argparse.SUPPRESS)
    parser.add_argument("--cap", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true", help="a quarter of the sends")
    parser.add_argument("--only", help="comma-separated row numbers (1-based) to run")
    args = parser.parse_args()
    if args.worker:
        worker_main(args)
        return
    only = {int(x) for x in args.only.split(",")} if args.only else None
    data = run(quick=args.quick, only=only)
    print(report(data))
    print()
    for row in targets(data):
        print(" | ".join(row))


if __name__ == "__main__":
    main()
