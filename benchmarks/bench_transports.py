"""Transport options: client CPU per "create message" request through httpx, per transport.

Why ``twilio_async`` ships its own httpx transport (``FastTransport``): every row sends the
same requests (POST a form to the fake server's Messages.json with Basic auth, decode the JSON
body with orjson) at 1, 50 and 100 in flight, and reports the client process's CPU time per
request as a ratio to the official SDK measured in the same run, requests per second (wall
clock) and the TCP connections the server accepted.

* ``official``: the official SDK in async mode (aiohttp inside), the reference;
* ``httpx + httpcore (default)``: ``httpx.AsyncClient`` on httpx's own transport;
* ``httpx + aiohttp adapter``: the same client on a lean transport that forwards to aiohttp;
* ``httpx + FastTransport``: the same client on ``twilio_async``'s default transport;
* ``FastTransport direct``: the same requests handed to ``FastTransport.handle_async_request``
  without the client, which shows what httpx's client layer costs on top of the transport;
* ``raw aiohttp``: ``session.post`` and orjson without httpx, the floor.

The httpx rows build each request with ``client.build_request("POST", url, data=form)`` (Basic
auth is a precomputed ``Authorization`` default header, so the direct row sends the very same
requests) and send it with ``await client.send(request)``: only the transport differs. The
method follows ``bench_create.py``: a fresh pinned interpreter per measurement, a warm-up that
opens the connections, ``time.process_time()`` around the timed section, a 5 s wall-clock
budget (slow rows send fewer requests; the notes say how many) and medians of alternating
repetitions. HTTP/2 is not measured: ``server.py`` speaks HTTP/1.1 only.

Run: ``.venv/bin/python benchmarks/bench_transports.py [--quick]``
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import resource
from typing import TYPE_CHECKING, Any

import _common as c
import bench_create

if TYPE_CHECKING:
    import httpx

SCRIPT = "bench_transports.py"
HTTPCORE = "httpx + httpcore (default)"
ADAPTER = "httpx + aiohttp adapter"
FAST = "httpx + FastTransport"
FAST_DIRECT = "FastTransport direct"
ROWS = (c.OFFICIAL, HTTPCORE, ADAPTER, FAST, FAST_DIRECT, c.AIOHTTP)
FAST_ROWS = (FAST, FAST_DIRECT)
DEFAULT_LEVELS = (1, 50, 100)
DEFAULT_N = 3_000
DEFAULT_BUDGET_S = bench_create.DEFAULT_BUDGET_S
# Smoke-run sizes (also used by run_all.py --quick).
QUICK: dict[str, Any] = {"n": 500, "levels": (1, 50), "reps": 1, "budget": DEFAULT_BUDGET_S}
# The level the run_all.py chart shows (see chart_level).
CHART_LEVEL = 50


# --- Worker side (runs in the subprocess) ------------------------------------------------------


def _aiohttp_transport(limit: int) -> httpx.AsyncBaseTransport:
    """A lean httpx transport forwarding to one aiohttp session (create it on a running loop).

    Bodies are in memory (httpx encodes the form); httpx's timeouts are not mapped.
    """
    import aiohttp
    import httpx
    from yarl import URL

    class AiohttpTransport(httpx.AsyncBaseTransport):
        def __init__(self) -> None:
            # httpx decodes content and handles cookies itself: aiohttp must do neither.
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=limit),
                auto_decompress=False,
                cookie_jar=aiohttp.DummyCookieJar(),
            )

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            try:
                async with self._session.request(
                    request.method,
                    URL(str(request.url), encoded=True),  # httpx has encoded it already
                    headers=request.headers.multi_items(),
                    data=request.content,
                ) as response:
                    content = await response.read()
            except aiohttp.ClientError as exc:
                raise httpx.TransportError(str(exc), request=request) from exc
            return httpx.Response(
                response.status, headers=response.raw_headers, content=content, request=request
            )

        async def aclose(self) -> None:
            await self._session.close()

    return AiohttpTransport()


def _transport(row: str, limit: int) -> httpx.AsyncBaseTransport:
    """The transport under test for ``row``, allowed ``limit`` connections."""
    import httpx

    if row == HTTPCORE:
        limits = httpx.Limits(max_connections=limit, max_keepalive_connections=limit)
        return httpx.AsyncHTTPTransport(limits=limits)
    if row == ADAPTER:
        return _aiohttp_transport(limit)
    if row in FAST_ROWS:
        from twilio_async._transports import FastTransport

        return FastTransport(max_connections=limit)
    raise ValueError(f"unknown row {row!r}")


async def _httpx_row(
    url: str, n: int, in_flight: int, warmup: int, budget: float, *, row: str
) -> dict[str, Any]:
    import httpx
    import orjson

    target = url + c.messages_path()
    basic = base64.b64encode(f"{c.ACCOUNT_SID}:{c.AUTH_TOKEN}".encode()).decode("ascii")
    transport = _transport(row, in_flight)
    headers = {"Authorization": f"Basic {basic}"}
    async with httpx.AsyncClient(transport=transport, headers=headers) as client:

        async def send(form: dict[str, str]) -> object:
            request = client.build_request("POST", target, data=form)
            if row == FAST_DIRECT:
                response = await transport.handle_async_request(request)
                await response.aread()
            else:
                response = await client.send(request)
            if response.status_code != 201:
                raise RuntimeError(f"unexpected HTTP status {response.status_code}")
            return orjson.loads(response.content)

        async def run(start: int, stop: int) -> int:
            items = bench_create._form_range(start, stop)
            return await bench_create._pool(send, items, in_flight)

        return await bench_create._measure(run, n, warmup, budget)


def worker_main(args: argparse.Namespace) -> None:
    """Measure one (row, concurrency) pair and print one JSON line."""
    c.pin_to(args.cpu)
    warmup = min(max(2 * args.in_flight, 50), max(args.n // 5, 1))
    common = (args.url, args.n, args.in_flight, warmup, args.budget)
    try:
        if args.row == c.OFFICIAL:
            coro = bench_create._official(*common)
        elif args.row == c.AIOHTTP:
            coro = bench_create._aiohttp(*common)
        else:
            coro = _httpx_row(*common, row=args.row)
        result = asyncio.run(coro)
    except Exception as exc:  # report, don't crash the runner
        c.emit({"error": f"{type(exc).__name__}: {exc}"[:300]})
        return
    result["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    c.emit(result)


# --- Runner side -------------------------------------------------------------------------------


def run(
    *,
    n: int = DEFAULT_N,
    levels: tuple[int, ...] = DEFAULT_LEVELS,
    reps: int = 3,
    budget: float = DEFAULT_BUDGET_S,
    rows: tuple[str, ...] = ROWS,
    verbose: bool = True,
) -> dict[str, Any]:
    """Run the transport comparison; return medians per row and level."""
    unavailable = None
    if any(row in FAST_ROWS for row in rows):
        unavailable = c.twilio_async_status(("FastTransport",), module="twilio_async._transports")
    active = [row for row in rows if unavailable is None or row not in FAST_ROWS]
    table, errors, (client_cpu, server_cpu) = c.level_sweep(
        SCRIPT,
        rows,
        measure=active,
        levels=levels,
        reps=reps,
        n=n,
        budget=budget,
        name_flag="--row",
        unit="req",
        verbose=verbose,
    )
    return {
        "scenario": "transports",
        "n": n,
        "budget_s": budget,
        "levels": list(levels),
        "reps": reps,
        "clients": list(rows),
        "versions": {name: c.package_version(name) for name in ("httpx", "httpcore", "aiohttp")},
        "twilio_async_unavailable": unavailable,
        "cpu_pinning": {"client": client_cpu, "server": server_cpu},
        "results": table,
        "errors": errors,
    }


def cell(data: dict[str, Any], row: str, level: int, key: str) -> Any:
    """One median from ``run()``'s data, also after a JSON round trip (string level keys)."""
    entry = data["results"].get(row, {})
    return (entry.get(level) or entry.get(str(level)) or {}).get(key)


def chart_level(data: dict[str, Any]) -> int:
    """The in-flight level to chart: CHART_LEVEL, or the highest one measured without it."""
    levels: list[int] = data["levels"]
    return CHART_LEVEL if CHART_LEVEL in levels else max(levels)


def report(data: dict[str, Any]) -> str:
    """Markdown: what the rows mean, CPU µs/request with ratios vs official, requests/s, conns."""
    levels: list[int] = data["levels"]
    rows: list[str] = data["clients"]
    headers = ["transport", *(f"{lvl} in flight" for lvl in levels)]
    cpu_rows = []
    for row in rows:
        cells = [row]
        for lvl in levels:
            value = cell(data, row, lvl, "cpu_us_per_req")
            rel = c.ratio(value, cell(data, c.OFFICIAL, lvl, "cpu_us_per_req"))
            cells.append(c.fmt(value) + ("" if row == c.OFFICIAL else f" ({c.fmt_ratio(rel)})"))
        cpu_rows.append(cells)
    rate_rows = [
        [row, *(c.fmt(cell(data, row, lvl, "reqs_per_s")) for lvl in levels)] for row in rows
    ]
    conn_rows = [
        [row, *(c.fmt(cell(data, row, lvl, "connections"), 0) for lvl in levels)] for row in rows
    ]
    parts = [
        "Every row sends the same create-message requests (POST form, Basic auth, orjson-decoded"
        " body); the httpx rows share one `httpx.AsyncClient` setup and differ only in the"
        f" transport under it. `{FAST_DIRECT}` skips the client layer (calls"
        f" `handle_async_request`), `{c.AIOHTTP}` skips httpx altogether, and `{c.OFFICIAL}` is"
        " the official SDK (aiohttp inside) that the ratios compare with.",
        "",
        "Client CPU µs per request (lower is better; ratio vs official in parentheses)",
        "",
        c.markdown_table(headers, cpu_rows),
        "",
        "Requests per second (wall clock, higher is better)",
        "",
        c.markdown_table(headers, rate_rows),
        "",
        "TCP connections opened per run (warm-up included)",
        "",
        c.markdown_table(headers, conn_rows),
    ]
    short = [
        f"{row} {cell(data, row, lvl, 'n'):,} @ {lvl}"
        for row in rows
        for lvl in levels
        if cell(data, row, lvl, "n") is not None and cell(data, row, lvl, "n") < data["n"]
    ]
    extra = []
    if short:
        extra.append(
            f"the {data.get('budget_s', DEFAULT_BUDGET_S):.0f} s budget per measurement cut these"
            f" runs short of {data['n']:,} requests (fewest timed requests @ in flight): "
            + ", ".join(short)
        )
    versions = data.get("versions") or {}
    if versions:
        extra.append("versions: " + ", ".join(f"{k} {v}" for k, v in versions.items()))
    extra.append(
        "HTTP/2 is not measured: the fake server (`benchmarks/server.py`) speaks HTTP/1.1 only"
    )
    parts += c.notes_section(data, unavailable="FastTransport rows not measured", extra=extra)
    return "\n".join(parts)


def main() -> None:
    """Command line: run the scenario or, with ``--worker``, one measurement."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    c.add_sweep_arguments(parser, subset="--rows", single="--row", what="requests")
    args = parser.parse_args()
    if args.worker:
        args.n = args.n or 1_000
        args.budget = args.budget or DEFAULT_BUDGET_S
        worker_main(args)
        return
    full = {"n": DEFAULT_N, "levels": DEFAULT_LEVELS, "reps": 3, "budget": DEFAULT_BUDGET_S}
    sizes, rows = c.sweep_options(
        args, parser, quick=QUICK, full=full, names=ROWS, chosen=args.rows
    )
    data = run(**sizes, rows=rows)
    print(report(data))


if __name__ == "__main__":
    main()
