"""List: stream 20,000 messages in pages of 1,000 from the fake server.

Reports the client process's CPU µs per record (HTTP, JSON decoding and building the records
included) and records per second. Each measurement runs in a fresh, pinned interpreter after a
one-page warm-up.

Run: ``.venv/bin/python benchmarks/bench_list.py [--quick]``
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import _common as c

SCRIPT = "bench_list.py"
CLIENTS = (c.OFFICIAL, c.TWILIO_ASYNC, c.HTTPX, c.AIOHTTP, c.FLOOR)

Stream = Callable[[int, int], AsyncIterator[Any]]


# --- Worker side -------------------------------------------------------------------------------


async def _drain(stream: Stream, limit: int, page_size: int) -> dict[str, Any]:
    """Warm up with one page, then time a full stream of ``limit`` records."""
    async for _ in stream(page_size, page_size):
        pass
    count = 0
    last_sid = None
    # As bench_decode does: the first full collection after start-up walks every object
    # the imports made, whichever client crosses the threshold inside the timed window.
    gc.collect()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    async for record in stream(limit, page_size):
        count += 1
        last_sid = record["sid"] if isinstance(record, dict) else record.sid
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    return {"n": count, "cpu_s": cpu, "wall_s": wall, "last_sid": last_sid}


def _max_pages(limit: int, page_size: int) -> int:
    # The raw loops follow next_page_uri; the cap keeps them bounded even if a server loops.
    return limit // page_size + 2


async def _official(url: str, limit: int, page_size: int) -> dict[str, Any]:
    from twilio.http.async_http_client import AsyncTwilioHttpClient
    from twilio.rest import Client

    client = Client(c.ACCOUNT_SID, c.AUTH_TOKEN, http_client=AsyncTwilioHttpClient())
    client.api.base_url = url
    messages = client.api.v2010.account.messages

    async def stream(n: int, size: int) -> AsyncIterator[Any]:
        async for record in await messages.stream_async(page_size=size, limit=n):
            yield record

    try:
        return await _drain(stream, limit, page_size)
    finally:
        await client.http_client.close()


async def _twilio_async(url: str, limit: int, page_size: int) -> dict[str, Any]:
    from twilio_async import Client

    client = Client(c.ACCOUNT_SID, c.AUTH_TOKEN, base_url=url)

    def stream(n: int, size: int) -> AsyncIterator[Any]:
        # The library's own iterator, not re-yielded: one async generator per record,
        # like the raw clients' and the floor's paging loops.
        return client.messages.stream(page_size=size, limit=n)

    try:
        return await _drain(stream, limit, page_size)
    finally:
        await client.aclose()


async def _httpx(url: str, limit: int, page_size: int) -> dict[str, Any]:
    import httpx

    async with httpx.AsyncClient(base_url=url, auth=(c.ACCOUNT_SID, c.AUTH_TOKEN)) as client:

        async def stream(n: int, size: int) -> AsyncIterator[Any]:
            next_uri: str | None = f"{c.messages_path()}?PageSize={size}"
            seen = 0
            for _ in range(_max_pages(n, size)):
                if next_uri is None:
                    return
                response = await client.get(next_uri)
                response.raise_for_status()
                page = response.json()
                for record in page["messages"]:
                    yield record
                    seen += 1
                    if seen >= n:
                        return
                next_uri = page.get("next_page_uri")

        return await _drain(stream, limit, page_size)


async def _aiohttp(url: str, limit: int, page_size: int) -> dict[str, Any]:
    import aiohttp
    import orjson

    auth = aiohttp.BasicAuth(c.ACCOUNT_SID, c.AUTH_TOKEN)
    async with aiohttp.ClientSession(auth=auth) as session:

        async def stream(n: int, size: int) -> AsyncIterator[Any]:
            next_uri: str | None = f"{c.messages_path()}?PageSize={size}"
            seen = 0
            for _ in range(_max_pages(n, size)):
                if next_uri is None:
                    return
                async with session.get(url + next_uri) as response:
                    response.raise_for_status()
                    page = orjson.loads(await response.read())
                for record in page["messages"]:
                    yield record
                    seen += 1
                    if seen >= n:
                        return
                next_uri = page.get("next_page_uri")

        return await _drain(stream, limit, page_size)


async def _floor(url: str, limit: int, page_size: int) -> dict[str, Any]:
    from floor_client import FloorClient

    client = FloorClient(url, c.ACCOUNT_SID, c.AUTH_TOKEN)
    try:
        return await _drain(client.stream, limit, page_size)
    finally:
        await client.aclose()


def worker_main(args: argparse.Namespace) -> None:
    """Measure one client and print one JSON line."""
    c.pin_to(args.cpu)
    runners = {
        c.OFFICIAL: _official,
        c.TWILIO_ASYNC: _twilio_async,
        c.HTTPX: _httpx,
        c.AIOHTTP: _aiohttp,
        c.FLOOR: _floor,
    }
    try:
        result = asyncio.run(runners[args.client](args.url, args.limit, args.page_size))
    except Exception as exc:  # report, don't crash the runner
        c.emit({"error": f"{type(exc).__name__}: {exc}"[:300]})
        return
    c.emit(result)


# --- Runner side -------------------------------------------------------------------------------


def run(
    *,
    limit: int = 20_000,
    page_size: int = 1_000,
    reps: int = 3,
    clients: tuple[str, ...] = CLIENTS,
    verbose: bool = True,
) -> dict[str, Any]:
    """Run the list scenario; return medians per client."""
    unavailable = c.twilio_async_status()
    active = [name for name in clients if unavailable is None or name != c.TWILIO_ASYNC]
    client_cpu, server_cpu = c.cpu_plan()

    def check_count(result: dict[str, Any]) -> str | None:
        if result["n"] != limit:
            return f"streamed {result['n']} records, expected {limit}"
        return None

    def describe(name: str, result: dict[str, Any]) -> str:
        us = result["cpu_s"] / result["n"] * 1e6
        return f"{name:>14}: {us:7.1f} µs/record  {result['n'] / result['wall_s']:9.0f} records/s"

    with c.FakeServer(list_total=limit, cpu=server_cpu) as server:

        def args_for(name: str) -> list[str]:
            args = ["--client", name, "--limit", str(limit), "--page-size", str(page_size)]
            args += ["--url", server.base_url]
            return args + (["--cpu", str(client_cpu)] if client_cpu is not None else [])

        samples, errors = c.repeat_workers(
            SCRIPT, active, reps, args_for, describe=describe, finish=check_count, verbose=verbose
        )
    for name in clients:
        samples.setdefault(name, [])
    results = {
        name: {
            "cpu_us_per_record": c.median([r["cpu_s"] / r["n"] * 1e6 for r in runs]),
            "cpu_us_per_record_by_rep": c.by_rep(runs),
            "records_per_s": c.median([r["n"] / r["wall_s"] for r in runs]),
            "reps": len(runs),
        }
        for name, runs in samples.items()
    }
    return {
        "scenario": "list",
        "limit": limit,
        "page_size": page_size,
        "reps": reps,
        "clients": list(clients),
        "twilio_async_unavailable": unavailable,
        "results": results,
        "errors": errors,
    }


def cpu_ratio(data: dict[str, Any], name: str, reference: str) -> float | None:
    """CPU per record of ``name`` over ``reference``'s: the median of the ratios within each
    repetition (see ``_common.paired_ratio``)."""
    results = data["results"]
    entry, other = results.get(name, {}), results.get(reference, {})
    paired = c.paired_ratio(
        entry.get("cpu_us_per_record_by_rep"), other.get("cpu_us_per_record_by_rep")
    )
    if paired is not None:
        return paired
    return c.ratio(entry.get("cpu_us_per_record"), other.get("cpu_us_per_record"))


def report(data: dict[str, Any]) -> str:
    """A Markdown table with µs/record, ratios vs official and floor, and records/s."""
    results = data["results"]
    rows = []
    for name in data["clients"]:
        entry = results.get(name, {})
        rows.append(
            [
                name,
                c.fmt(entry.get("cpu_us_per_record")),
                c.fmt_ratio(cpu_ratio(data, name, c.OFFICIAL)),
                c.fmt_ratio(cpu_ratio(data, name, c.FLOOR)),
                c.fmt(entry.get("records_per_s")),
            ]
        )
    title = (
        f"Stream {data['limit']:,} records, page size {data['page_size']:,}"
        " (client CPU µs per record, lower is better; ratios are medians of the ratios"
        " within each repetition)"
    )
    headers = ["client", "µs/record", "vs official", "vs floor", "records/s"]
    parts = [title, "", c.markdown_table(headers, rows)]
    parts += c.notes_section(data)
    return "\n".join(parts)


def main() -> None:
    """Command line: run the scenario or, with ``--worker``, one measurement."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small smoke run")
    parser.add_argument("--limit", type=int, default=None, help="records to stream")
    parser.add_argument("--page-size", type=int, default=1_000)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--clients", type=str, default=None, help="comma-separated subset")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--client", type=str, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--url", type=str, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--cpu", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    limit = args.limit or (4_000 if args.quick else 20_000)
    if args.worker:
        args.limit = limit
        worker_main(args)
        return
    clients = tuple(args.clients.split(",")) if args.clients else CLIENTS
    data = run(limit=limit, page_size=args.page_size, reps=args.reps, clients=clients)
    print(report(data))


if __name__ == "__main__":
    main()
