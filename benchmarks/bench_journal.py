"""What a campaign journal costs: client CPU per message of ``create_many`` with no journal,
with the default ``SQLiteJournal`` (a file, WAL, every group's intents fsynced before they are
sent: durable across an OS crash), with its fast mode (``durable=False``: survives the process
being killed, not an OS crash) and with a ``RedisJournal``.

Each measurement runs in a fresh worker process against ``benchmarks/server.py`` (client and
server pinned to distinct cores when there are two); CPU is the worker's process time (every
thread, so SQLite's worker thread counts). The modes alternate within each repetition and
the ratio is the median of the repetitions' ratios, which keeps a noisy machine's drift out
of it. Each worker warms up through its mode's journal (another campaign), so one-time
imports and connections are not counted per message. Target: the default (durable) SQLite
journal adds at most 25% CPU per message.

Run: ``.venv/bin/python benchmarks/bench_journal.py`` (under a minute).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import _common as c

DURABLE = "SQLiteJournal (durable, default)"
FAST = "SQLiteJournal(durable=False)"
MODES = ("no journal", DURABLE, FAST, "RedisJournal")
TARGET = 1.25


def _journal(args: argparse.Namespace, campaign: str) -> Any:
    """The mode's journal for ``campaign`` (``None`` for no journal)."""
    from twilio_async import SQLiteJournal

    if args.mode in (DURABLE, FAST):
        durable = args.mode == DURABLE
        return SQLiteJournal(Path(args.dir) / "journal.db", campaign=campaign, durable=durable)
    if args.mode == "RedisJournal":
        from twilio_async.redis import RedisJournal

        return RedisJournal(args.redis, campaign=f"{campaign}-{time.time_ns()}")
    return None


async def _send(args: argparse.Namespace) -> dict[str, Any]:
    from twilio_async import Client

    c.pin_to(args.cpu)
    items = [c.create_kwargs(i) for i in range(args.n)]
    async with Client(c.ACCOUNT_SID, c.AUTH_TOKEN, base_url=args.url) as client:
        messages: Any = client.messages
        # Every mode warms up the same way, through its own journal (another campaign in
        # the same file or Redis): imports and first connections are not per message.
        warm_up = _journal(args, "warm-up")
        await messages.create_many(items[:200], max_in_flight=50, journal=warm_up)
        if warm_up is not None:
            await warm_up.aclose()
        journal = _journal(args, "bench")
        gc.collect()  # as bench_decode does: start-up garbage is not the journal's
        cpu0, wall0 = time.process_time(), time.perf_counter()
        result = await messages.create_many(items, max_in_flight=50, journal=journal)
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    if journal is not None:
        await journal.aclose()
    assert result.summary.sent == args.n, result.summary
    return {"cpu_us_per_msg": cpu / args.n * 1e6, "wall_s": wall}


def run(n: int = 3000, reps: int = 5) -> dict[str, Any]:
    """Alternate the modes ``reps`` times: medians of CPU per message, and of each
    repetition's ratio to no journal."""
    from twilio_async.testing._redis_server import redis_server

    client_cpu, server_cpu = c.cpu_plan()
    samples: dict[str, list[float]] = {mode: [] for mode in MODES}
    with (
        c.FakeServer(cpu=server_cpu) as server,
        redis_server() as redis,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for rep in range(reps):
            for mode in MODES:
                args = ["--url", server.base_url, "--mode", mode, "--n", str(n)]
                args += ["--redis", redis.url, "--dir", f"{tmp}/{rep}-{MODES.index(mode)}"]
                Path(args[-1]).mkdir()
                if client_cpu is not None:
                    args += ["--cpu", str(client_cpu)]
                result = c.run_worker("bench_journal.py", args)
                if "error" in result:
                    return {"error": result["error"]}
                samples[mode].append(result["cpu_us_per_msg"])
    base = samples["no journal"]
    return {
        "n": n,
        "reps": reps,
        "cpu_us_per_msg": {mode: statistics.median(values) for mode, values in samples.items()},
        "ratio": {
            mode: statistics.median(v / b for v, b in zip(values, base, strict=True))
            for mode, values in samples.items()
        },
    }


def report(data: dict[str, Any]) -> str:
    """A Markdown table: CPU per message and the ratio to no journal."""
    if "error" in data:
        return f"bench_journal failed: {data['error']}"
    lines = ["| create_many | CPU µs/msg | vs no journal |", "|---|---:|---:|"]
    for mode, value in data["cpu_us_per_msg"].items():
        lines.append(f"| {mode} | {value:.0f} | {data['ratio'][mode]:.2f}x |")
    return "\n".join(lines)


def targets(data: dict[str, Any]) -> list[list[str]]:
    """(target, measured, goal, verdict) for run_all.py."""
    if "error" in data:
        return [["journal CPU/msg, SQLiteJournal (durable)", c.NA, f"<= {TARGET:.2f}x", c.NA]]
    ratio = data["ratio"][DURABLE]
    verdict = "met" if ratio <= TARGET else "missed"
    return [
        ["journal CPU/msg, SQLiteJournal (durable)", f"{ratio:.2f}x", f"<= {TARGET:.2f}x", verdict]
    ]


def main() -> None:
    """Command line: the comparison, or with ``--worker`` one measurement."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    parser.add_argument("--redis", help=argparse.SUPPRESS)
    parser.add_argument("--dir", help=argparse.SUPPRESS)
    parser.add_argument("--cpu", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, default=3000, help="messages per measurement")
    parser.add_argument("--reps", type=int, default=5, help="alternating repetitions")
    args = parser.parse_args()
    if args.worker:
        c.emit(asyncio.run(_send(args)))
        return
    data = run(n=args.n, reps=args.reps)
    print(report(data))
    for row in targets(data):
        print(" | ".join(row), file=sys.stderr)


if __name__ == "__main__":
    main()
