"""Bulk create: N message creates at 1, 10, 50 and 100 in flight against the fake server.

Per client and concurrency level it reports the client process's CPU time per message
(``time.process_time``), messages per second (wall clock) and the TCP connections the server
accepted for the whole run. Each measurement runs in a fresh, pinned interpreter; the server
runs on the other core.

Every measurement also has a wall-clock budget: once it is spent, the input generator stops
yielding, so a slow client (raw httpx needs milliseconds per request) sends fewer than N
messages instead of stretching the run. Per-message figures stay comparable; the tables say
how many messages each client actually sent.

Run: ``.venv/bin/python benchmarks/bench_create.py [--quick]``
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import resource
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import _common as c

SCRIPT = "bench_create.py"
DEFAULT_LEVELS = (1, 10, 50, 100)
CLIENTS = (
    c.OFFICIAL,
    c.TWILIO_ASYNC,
    c.TWILIO_ASYNC_MANY,
    c.TWILIO_ASYNC_TRIO,
    c.HTTPX,
    c.AIOHTTP,
    c.FLOOR,
)
# The rows that need twilio_async importable.
OURS = (c.TWILIO_ASYNC, c.TWILIO_ASYNC_MANY, c.TWILIO_ASYNC_TRIO)
DEFAULT_BUDGET_S = 5.0
# Smoke-run sizes (also used by run_all.py --quick).
QUICK: dict[str, Any] = {"n": 500, "reps": 1, "budget": 2.0}

Sender = Callable[[dict[str, str]], Awaitable[object]]


# --- Worker side (runs in the subprocess) ------------------------------------------------------


async def _pool(send: Sender, items: Iterator[dict[str, str]], in_flight: int) -> int:
    """Send every item with ``in_flight`` workers sharing one iterator; return the count."""
    done = 0

    async def worker() -> None:
        nonlocal done
        for kwargs in items:
            await send(kwargs)
            done += 1

    await asyncio.gather(*(worker() for _ in range(in_flight)))
    return done


class _Budget:
    """The wall-clock deadline of the timed section (``None`` while warming up)."""

    deadline: float | None = None


def _indices(start: int, stop: int) -> Iterator[int]:
    deadline = _Budget.deadline
    for i in range(start, stop):
        if deadline is not None and time.perf_counter() > deadline:
            return
        yield i


def _kwargs_range(start: int, stop: int) -> Iterator[dict[str, str]]:
    return (c.create_kwargs(i) for i in _indices(start, stop))


def _form_range(start: int, stop: int) -> Iterator[dict[str, str]]:
    return (c.create_form(i) for i in _indices(start, stop))


async def _measure(
    run: Callable[[int, int], Awaitable[int]], n: int, warmup: int, budget: float
) -> dict[str, Any]:
    """Warm up (connections, caches), then time up to ``n`` sends within ``budget`` seconds."""
    await run(0, warmup)
    # As bench_decode does: the first full collection after start-up walks every object
    # the imports made, whichever client crosses the threshold inside the timed window.
    gc.collect()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    _Budget.deadline = wall0 + budget
    done = await run(warmup, warmup + n)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    return {"n": done, "cpu_s": cpu, "wall_s": wall}


async def _official(url: str, n: int, in_flight: int, warmup: int, budget: float) -> dict[str, Any]:
    from twilio.http.async_http_client import AsyncTwilioHttpClient
    from twilio.rest import Client

    client = Client(c.ACCOUNT_SID, c.AUTH_TOKEN, http_client=AsyncTwilioHttpClient())
    client.api.base_url = url
    messages = client.api.v2010.account.messages

    async def send(kwargs: dict[str, str]) -> object:
        return await messages.create_async(**kwargs)

    async def run(start: int, stop: int) -> int:
        return await _pool(send, _kwargs_range(start, stop), in_flight)

    try:
        return await _measure(run, n, warmup, budget)
    finally:
        await client.http_client.close()


async def send_twilio_async(
    url: str, n: int, in_flight: int, warmup: int, budget: float, *, many: bool
) -> dict[str, Any]:
    """Send ``n`` creates with twilio_async, ``in_flight`` at once (``create_many`` when
    ``many``); the worker's measurement (also used by ``bench_otel.py``)."""
    from twilio_async import Client

    client = Client(c.ACCOUNT_SID, c.AUTH_TOKEN, base_url=url, max_concurrency=in_flight)
    # Untyped on purpose: the kwargs are plain dicts, and the API is still landing.
    messages: Any = client.messages

    async def run(start: int, stop: int) -> int:
        if many:
            results = await messages.create_many(
                _kwargs_range(start, stop), max_in_flight=in_flight
            )
            if results.summary.failed:
                raise RuntimeError(f"create_many: {results.summary.failed} creates failed")
            sent: int = results.summary.sent
            return sent
        return await _pool(lambda kw: messages.create(**kw), _kwargs_range(start, stop), in_flight)

    try:
        return await _measure(run, n, warmup, budget)
    finally:
        await client.aclose()


def send_twilio_async_on_trio(
    url: str, n: int, in_flight: int, warmup: int, budget: float
) -> dict[str, Any]:
    """The ``twilio_async`` worker's measurement with trio as the event loop."""
    import trio

    from twilio_async import Client

    async def main() -> dict[str, Any]:
        client = Client(c.ACCOUNT_SID, c.AUTH_TOKEN, base_url=url, max_concurrency=in_flight)
        messages: Any = client.messages

        async def run(start: int, stop: int) -> int:
            items = _kwargs_range(start, stop)
            done = 0

            async def worker() -> None:
                nonlocal done
                for kwargs in items:
                    await messages.create(**kwargs)
                    done += 1

            async with trio.open_nursery() as nursery:
                for _ in range(in_flight):
                    nursery.start_soon(worker)
            return done

        try:
            return await _measure(run, n, warmup, budget)
        finally:
            await client.aclose()

    result: dict[str, Any] = trio.run(main)
    return result


async def _floor(url: str, n: int, in_flight: int, warmup: int, budget: float) -> dict[str, Any]:
    from floor_client import FloorClient

    client = FloorClient(url, c.ACCOUNT_SID, c.AUTH_TOKEN)

    async def run(start: int, stop: int) -> int:
        return await _pool(client.create, _form_range(start, stop), in_flight)

    try:
        return await _measure(run, n, warmup, budget)
    finally:
        await client.aclose()


async def _httpx(url: str, n: int, in_flight: int, warmup: int, budget: float) -> dict[str, Any]:
    import httpx

    path = c.messages_path()
    async with httpx.AsyncClient(base_url=url, auth=(c.ACCOUNT_SID, c.AUTH_TOKEN)) as client:

        async def send(form: dict[str, str]) -> object:
            response = await client.post(path, data=form)
            response.raise_for_status()
            return response.json()

        async def run(start: int, stop: int) -> int:
            return await _pool(send, _form_range(start, stop), in_flight)

        return await _measure(run, n, warmup, budget)


async def _aiohttp(url: str, n: int, in_flight: int, warmup: int, budget: float) -> dict[str, Any]:
    import aiohttp
    import orjson

    target = url + c.messages_path()
    auth = aiohttp.BasicAuth(c.ACCOUNT_SID, c.AUTH_TOKEN)
    async with aiohttp.ClientSession(auth=auth) as session:

        async def send(form: dict[str, str]) -> object:
            async with session.post(target, data=form) as response:
                response.raise_for_status()
                return orjson.loads(await response.read())

        async def run(start: int, stop: int) -> int:
            return await _pool(send, _form_range(start, stop), in_flight)

        return await _measure(run, n, warmup, budget)


def warmup_for(n: int, in_flight: int) -> int:
    """Creates sent before the timed section: enough to open every connection."""
    return min(max(2 * in_flight, 50), max(n // 5, 1))


def measure_create(
    client: str, url: str, n: int, in_flight: int, warmup: int, budget: float
) -> dict[str, Any]:
    """One measurement of ``client`` (a name in ``CLIENTS``), on its own event loop."""
    common = (url, n, in_flight, warmup, budget)
    if client == c.TWILIO_ASYNC_TRIO:
        return send_twilio_async_on_trio(*common)
    if client in (c.TWILIO_ASYNC, c.TWILIO_ASYNC_MANY):
        return asyncio.run(send_twilio_async(*common, many=client == c.TWILIO_ASYNC_MANY))
    runners = {c.OFFICIAL: _official, c.HTTPX: _httpx, c.AIOHTTP: _aiohttp, c.FLOOR: _floor}
    if client not in runners:
        raise ValueError(f"unknown client {client!r}")
    return asyncio.run(runners[client](*common))


def worker_main(args: argparse.Namespace) -> None:
    """Measure one (client, concurrency) pair and print one JSON line."""
    c.pin_to(args.cpu)
    warmup = warmup_for(args.n, args.in_flight)
    try:
        result = measure_create(args.client, args.url, args.n, args.in_flight, warmup, args.budget)
    except Exception as exc:  # report, don't crash the runner
        c.emit({"error": f"{type(exc).__name__}: {exc}"[:300]})
        return
    result["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    c.emit(result)


# --- Runner side -------------------------------------------------------------------------------


def run(
    *,
    n: int = 5_000,
    levels: tuple[int, ...] = DEFAULT_LEVELS,
    reps: int = 3,
    budget: float = DEFAULT_BUDGET_S,
    clients: tuple[str, ...] = CLIENTS,
    verbose: bool = True,
) -> dict[str, Any]:
    """Run the bulk-create scenario; return medians per client and level."""
    unavailable = c.twilio_async_status()
    active = [name for name in clients if unavailable is None or name not in OURS]
    table, errors, (client_cpu, server_cpu) = c.level_sweep(
        SCRIPT,
        clients,
        measure=active,
        levels=levels,
        reps=reps,
        n=n,
        budget=budget,
        name_flag="--client",
        unit="msg",
        verbose=verbose,
    )
    return {
        "scenario": "create",
        "n": n,
        "budget_s": budget,
        "levels": list(levels),
        "reps": reps,
        "clients": list(clients),
        "twilio_async_unavailable": unavailable,
        "cpu_pinning": {"client": client_cpu, "server": server_cpu},
        "results": table,
        "errors": errors,
    }


def level_value(data: dict[str, Any], name: str, level: int, key: str) -> Any:
    """One figure of ``name`` at ``level`` (``None`` when it was not measured)."""
    entry = data["results"].get(name, {})
    # JSON round trips turn the integer level keys into strings.
    return (entry.get(level) or entry.get(str(level)) or {}).get(key)


def cpu_ratio(data: dict[str, Any], name: str, level: int, reference: str) -> float | None:
    """CPU per message of ``name`` over ``reference``'s at ``level``: the median of the
    ratios within each repetition (see ``_common.paired_ratio``)."""
    key = "cpu_us_per_msg_by_rep"
    paired = c.paired_ratio(
        level_value(data, name, level, key), level_value(data, reference, level, key)
    )
    if paired is not None:
        return paired
    return c.ratio(
        level_value(data, name, level, "cpu_us_per_msg"),
        level_value(data, reference, level, "cpu_us_per_msg"),
    )


#: (row label, client, reference) of the side-by-side ratio table.
RATIOS = (
    ("twilio_async vs official", c.TWILIO_ASYNC, c.OFFICIAL),
    ("create_many vs official", c.TWILIO_ASYNC_MANY, c.OFFICIAL),
    ("twilio_async vs floor", c.TWILIO_ASYNC, c.FLOOR),
    ("create_many vs floor", c.TWILIO_ASYNC_MANY, c.FLOOR),
    ("twilio_async on trio vs on asyncio", c.TWILIO_ASYNC_TRIO, c.TWILIO_ASYNC),
)


def report(data: dict[str, Any]) -> str:
    """Markdown tables: CPU µs/msg with ratios vs official, msgs/s and connections."""
    levels: list[int] = data["levels"]
    clients: list[str] = data["clients"]

    def get(name: str, level: int, key: str) -> Any:
        return level_value(data, name, level, key)

    headers = ["client", *(f"{lvl} in flight" for lvl in levels)]
    cpu_rows = []
    for name in clients:
        row = [name]
        for lvl in levels:
            value = get(name, lvl, "cpu_us_per_msg")
            rel = cpu_ratio(data, name, lvl, c.OFFICIAL)
            row.append(c.fmt(value) + ("" if name == c.OFFICIAL else f" ({c.fmt_ratio(rel)})"))
        cpu_rows.append(row)
    ratio_rows = [
        [label, *(c.fmt_ratio(cpu_ratio(data, name, lvl, reference)) for lvl in levels)]
        for label, name, reference in RATIOS
        if name in clients and reference in clients
    ]
    rate_rows = [
        [name, *(c.fmt(get(name, lvl, "msgs_per_s")) for lvl in levels)] for name in clients
    ]
    conn_rows = [
        [name, *(c.fmt(get(name, lvl, "connections"), 0) for lvl in levels)] for name in clients
    ]
    parts = [
        "Client CPU µs per message (lower is better; ratio vs official in parentheses)",
        "",
        c.markdown_table(headers, cpu_rows),
        "",
        "CPU per message side by side (median over repetitions of the ratio within each"
        " repetition, where the clients ran back to back)",
        "",
        c.markdown_table(["ratio", *headers[1:]], ratio_rows),
        "",
        "Messages per second (wall clock, higher is better)",
        "",
        c.markdown_table(headers, rate_rows),
        "",
        "TCP connections opened per run (warm-up included)",
        "",
        c.markdown_table(headers, conn_rows),
    ]
    short = [
        f"{name} {get(name, lvl, 'n'):,} @ {lvl}"
        for name in clients
        for lvl in levels
        if get(name, lvl, "n") is not None and get(name, lvl, "n") < data["n"]
    ]
    extra = []
    if short:
        extra.append(
            f"the {data.get('budget_s', DEFAULT_BUDGET_S):.0f} s budget per measurement cut these"
            f" runs short of {data['n']:,} messages (fewest timed messages @ in flight): "
            + ", ".join(short)
        )
    parts += c.notes_section(data, extra=extra)
    return "\n".join(parts)


def main() -> None:
    """Command line: run the scenario or, with ``--worker``, one measurement."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    c.add_sweep_arguments(parser, subset="--clients", single="--client", what="creates")
    args = parser.parse_args()
    if args.worker:
        args.n = args.n or 1_000
        args.budget = args.budget or DEFAULT_BUDGET_S
        worker_main(args)
        return
    full = {"n": 5_000, "reps": 3, "budget": DEFAULT_BUDGET_S, "levels": DEFAULT_LEVELS}
    sizes, clients = c.sweep_options(
        args, parser, quick=QUICK, full=full, names=CLIENTS, chosen=args.clients
    )
    print(report(run(**sizes, clients=clients)))


if __name__ == "__main__":
    main()
