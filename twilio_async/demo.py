"""``make demo``: bulk-send through the fake Twilio, or send one real message.

With no arguments it starts the fake Twilio in its own process on a real socket, with a
concurrency cap (it answers 429 beyond it) and a little fault injection (503s), then sends
2,000 messages through ``create_many`` with a progress bar, prints a summary, and streams
them back. With ``TWILIO_*`` credentials set and ``--to``/``--from`` given, it sends one
real message instead.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence

import anyio

from twilio_async import Client, Message, RetryEvent, RetryPolicy, TwilioError
from twilio_async.rest.api.v2010.accounts_messages import MessageCreateParams

__all__ = ["main"]


def _start_fake(max_concurrency: int, fail_rate: float) -> tuple[subprocess.Popen[str], str]:
    command = [
        sys.executable,
        "-m",
        "twilio_async.testing",
        "serve",
        "--port",
        "0",
        "--max-concurrency",
        str(max_concurrency),
        "--fail-rate",
        str(fail_rate),
        "--seed",
        "7",
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    first = process.stdout.readline()  # "Fake Twilio listening on http://127.0.0.1:PORT"
    if "listening on " not in first:
        process.kill()
        raise SystemExit(f"the fake Twilio did not start: {first!r}")
    return process, first.rsplit(" ", 1)[-1].strip()


def _items(count: int) -> Iterator[MessageCreateParams]:
    for i in range(count):
        yield {"to": f"+1555{i:07d}", "from_": "+15017122661", "body": f"Demo message #{i}"}


async def _bulk_demo(count: int, cap: int, fail_rate: float, max_in_flight: int) -> None:
    from rich.console import Console
    from rich.table import Table

    from twilio_async.testing import TEST_ACCOUNT_SID, TEST_AUTH_TOKEN

    console = Console()
    process, base_url = _start_fake(cap, fail_rate)
    reasons: Counter[str] = Counter()

    def count_retry(event: RetryEvent) -> None:
        reasons[event.reason] += 1

    try:
        console.print(
            f"[bold]Fake Twilio[/] on {base_url}: answers 429 beyond {cap} requests in "
            f"flight and 503 to {fail_rate:.0%} of requests."
        )
        retry = RetryPolicy(base_delay=0.05, max_delay=1.0, on_retry=count_retry)
        async with Client(
            TEST_ACCOUNT_SID,
            TEST_AUTH_TOKEN,
            base_url=base_url,
            max_concurrency=max_in_flight,
            retry=retry,
        ) as client:
            started = time.perf_counter()
            result = await client.messages.create_many(
                list(_items(count)), max_in_flight=max_in_flight, progress=True
            )
            elapsed = time.perf_counter() - started
            summary = result.summary
            table = Table(title=f"create_many: {count:,} messages")
            table.add_column("")
            table.add_column("", justify="right")
            table.add_row("sent", f"{summary.sent:,}")
            table.add_row("failed", f"{summary.failed:,}")
            for code, failures in sorted(summary.failed_by_code.items()):
                table.add_row(f"  failed with {code}", f"{failures:,}")
            table.add_row("retries absorbed", f"{summary.retries:,}")
            for reason, retries in sorted(reasons.items()):
                table.add_row(f"  after {reason}", f"{retries:,}")
            table.add_row("concurrency limit at the end", f"{client.transport.limiter.limit}")
            table.add_row("wall time", f"{elapsed:.2f} s")
            table.add_row("throughput", f"{summary.total / elapsed:,.0f} messages/s")
            console.print(table)

            streamed = 0
            first: list[Message] = []
            async for message in client.messages.stream(page_size=1000):
                streamed += 1
                if len(first) < 5:
                    first.append(message)
            recent = Table(title=f"streamed back {streamed:,} messages; the newest five")
            for column in ("sid", "to", "status", "segments", "created"):
                recent.add_column(column)
            for message in first:
                recent.add_row(
                    message.sid,
                    message.to or "",
                    str(message.status),
                    str(message.num_segments),
                    message.date_created.isoformat(),
                )
            console.print(recent)
    finally:
        process.terminate()
        process.wait(timeout=10)


async def _real_message(to: str, from_: str, body: str) -> None:
    async with Client() as client:
        try:
            message = await client.messages.create(to=to, from_=from_, body=body)
        except TwilioError as error:
            raise SystemExit(f"Twilio refused: {error}") from None
        print(f"sent {message.sid}: status {message.status}, to {message.to}")


#: What the fake-Twilio demo imports beyond the client, and the extra that installs it.
_DEMO_NEEDS = (("rich", "progress"), ("starlette", "testing"), ("uvicorn", "testing"))


def _missing_extras() -> list[str]:
    """The extras the bulk demo needs that are not installed (``[]`` when all are)."""
    missing = [extra for module, extra in _DEMO_NEEDS if importlib.util.find_spec(module) is None]
    return sorted(set(missing))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the demo (see the module docstring)."""
    parser = argparse.ArgumentParser(prog="python -m twilio_async.demo", description=__doc__)
    parser.add_argument("--to", help="with TWILIO_* set: send one real message to this number")
    parser.add_argument("--from", dest="from_", help="with TWILIO_* set: the sender")
    parser.add_argument("--body", default="Hello from twilio_async")
    parser.add_argument("--count", type=int, default=2000, help="messages to bulk-send")
    parser.add_argument("--cap", type=int, default=20, help="the fake's concurrency cap")
    parser.add_argument("--fail-rate", type=float, default=0.02, help="the fake's 503 rate")
    parser.add_argument("--max-in-flight", type=int, default=50)
    args = parser.parse_args(argv)
    has_credentials = bool(os.environ.get("TWILIO_ACCOUNT_SID"))
    if args.to or args.from_:
        if not (args.to and args.from_ and has_credentials):
            parser.error("a real message needs --to, --from and TWILIO_* credentials")
        anyio.run(_real_message, args.to, args.from_, args.body)
        return 0
    missing = _missing_extras()
    if missing:
        extras = ",".join(missing)
        raise SystemExit(
            f"the demo bulk-sends to a fake Twilio with progress bars, which needs the "
            f"{' and '.join(missing)} extra{'s' if len(missing) > 1 else ''}: "
            f"pip install 'twilio-async[{extras}]' (or `make demo` in a checkout)"
        )
    if has_credentials:
        print("TWILIO_* credentials are set but --to/--from are not: running the fake demo.")
    anyio.run(_bulk_demo, args.count, args.cap, args.fail_rate, args.max_in_flight)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
