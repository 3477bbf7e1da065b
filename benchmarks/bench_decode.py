"""Decode only: build 100,000 message records from already-parsed JSON dicts.

Compares ``twilio_async.structure(payload, Message)`` with the official SDK's
``MessageInstance(version, payload, account_sid)``; a shallow ``dict(payload)`` copy is shown as
the floor. No network. Each measurement runs in a fresh interpreter; the payloads are 5,000
distinct records (distinct SIDs, dates, bodies, statuses) cycled to reach the total.

Run: ``.venv/bin/python benchmarks/bench_decode.py [--quick]``
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import _common as c

SCRIPT = "bench_decode.py"
DICT_COPY = "dict copy (floor)"
CLIENTS = (c.OFFICIAL, c.TWILIO_ASYNC, DICT_COPY)
DISTINCT = 5_000
STATUSES = ("delivered", "sent", "undelivered", "failed", "received", "queued")


def payloads(count: int = DISTINCT) -> list[dict[str, Any]]:
    """Distinct, realistic message dicts as ``json.loads`` would return them."""
    start = datetime(2024, 3, 1, 12, 0, 0, tzinfo=timezone.utc)
    records = []
    for i in range(count):
        status = STATUSES[i % len(STATUSES)]
        record = c.message_record(
            i, date=c.rfc2822(start + timedelta(seconds=17 * i)), status=status
        )
        if status in ("undelivered", "failed"):
            record["error_code"] = 30003
            record["error_message"] = "Unreachable destination handset"
        records.append(record)
    return records


def _decoder(name: str) -> Callable[[dict[str, Any]], object]:
    if name == c.OFFICIAL:
        from twilio.rest import Client
        from twilio.rest.api.v2010.account.message import MessageInstance

        version = Client(c.ACCOUNT_SID, c.AUTH_TOKEN).api.v2010
        sid = c.ACCOUNT_SID
        return lambda payload: MessageInstance(version, payload, sid)
    if name == c.TWILIO_ASYNC:
        import twilio_async
        from twilio_async import Message

        structure = twilio_async.structure
        return lambda payload: structure(payload, Message)
    if name == DICT_COPY:
        return dict
    raise ValueError(f"unknown decoder {name!r}")


def worker_main(args: argparse.Namespace) -> None:
    """Time one decoder over ``args.n`` records and print one JSON line."""
    c.pin_to(args.cpu)
    try:
        decode = _decoder(args.client)
        data = payloads(min(DISTINCT, args.n))
        for payload in data[:500]:
            decode(payload)
        rounds, rest = divmod(args.n, len(data))
        gc.collect()
        cpu0 = time.process_time()
        for _ in range(rounds):
            for payload in data:
                decode(payload)
        for payload in data[:rest]:
            decode(payload)
        cpu = time.process_time() - cpu0
        sample = decode(data[1])
    except Exception as exc:  # report, don't crash the runner
        c.emit({"error": f"{type(exc).__name__}: {exc}"[:300]})
        return
    c.emit({"n": args.n, "cpu_s": cpu, "type": type(sample).__name__})


def run(
    *,
    n: int = 100_000,
    reps: int = 3,
    clients: tuple[str, ...] = CLIENTS,
    verbose: bool = True,
) -> dict[str, Any]:
    """Run the decode scenario; return medians per decoder."""
    unavailable = c.twilio_async_status(("Message", "structure"))
    active = [name for name in clients if unavailable is None or name != c.TWILIO_ASYNC]
    client_cpu, _ = c.cpu_plan()

    def args_for(name: str) -> list[str]:
        args = ["--client", name, "--n", str(n)]
        return args + (["--cpu", str(client_cpu)] if client_cpu is not None else [])

    def describe(name: str, result: dict[str, Any]) -> str:
        return f"{name:>18}: {result['cpu_s'] / result['n'] * 1e6:7.2f} µs/record"

    samples, errors = c.repeat_workers(
        SCRIPT, active, reps, args_for, describe=describe, verbose=verbose
    )
    for name in clients:
        samples.setdefault(name, [])
    results = {
        name: {
            "cpu_us_per_record": c.median([r["cpu_s"] / r["n"] * 1e6 for r in runs]),
            "reps": len(runs),
        }
        for name, runs in samples.items()
    }
    return {
        "scenario": "decode",
        "n": n,
        "reps": reps,
        "clients": list(clients),
        "twilio_async_unavailable": unavailable,
        "results": results,
        "errors": errors,
    }


def report(data: dict[str, Any]) -> str:
    """A Markdown table with µs/record and the ratio vs official."""
    results = data["results"]
    reference = results.get(c.OFFICIAL, {}).get("cpu_us_per_record")
    rows = []
    for name in data["clients"]:
        value = results.get(name, {}).get("cpu_us_per_record")
        rows.append([name, c.fmt(value, 2), c.fmt_ratio(c.ratio(value, reference))])
    parts = [
        f"Decode {data['n']:,} message dicts into records (CPU µs per record, lower is better)",
        "",
        c.markdown_table(["decoder", "µs/record", "vs official"], rows),
    ]
    parts += c.notes_section(data)
    return "\n".join(parts)


def main() -> None:
    """Command line: run the scenario or, with ``--worker``, one measurement."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small smoke run")
    parser.add_argument("--n", type=int, default=None, help="records to decode")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--clients", type=str, default=None, help="comma-separated subset")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--client", type=str, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--cpu", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    n = args.n or (10_000 if args.quick else 100_000)
    if args.worker:
        args.n = n
        worker_main(args)
        return
    clients = tuple(args.clients.split(",")) if args.clients else CLIENTS
    data = run(n=n, reps=args.reps, clients=clients)
    print(report(data))


if __name__ == "__main__":
    main()
