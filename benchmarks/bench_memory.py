"""Memory: peak RSS of a process that creates N messages from a generator, N = 10k and 100k.

The target row is ``client.messages.create_many(generator, max_in_flight=50, collect=False,
on_result=...)``, which must stay flat in N. The default ``collect=True`` keeps every result
(so it grows with N by design) and runs at the smallest N only, for reference. The official SDK
has no bulk call, so its peer is 50 workers pulling ``create_async`` calls off the same generator
and dropping the results (the frugal way to use it), also at the smallest N unless
``--peers-all-sizes``. Each measurement is a fresh pinned interpreter; the peak is
``ru_maxrss`` and the baseline is the RSS after imports and client construction, so
growth = peak - baseline.

Run: ``.venv/bin/python benchmarks/bench_memory.py [--quick] [--peers-all-sizes]``
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import resource
import sys
import time
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

import _common as c

SCRIPT = "bench_memory.py"
IN_FLIGHT = 50
FLAT = "twilio_async create_many (collect=False)"
COLLECT = "twilio_async create_many (collect=True)"
CLIENTS = (FLAT, COLLECT, c.OFFICIAL)
DEFAULT_SIZES = (10_000, 100_000)
# A client that cannot create 100k messages within this many seconds is reported as timed out
# rather than holding up the whole run.
DEFAULT_TIMEOUT_S = 180.0


def _rss_mb() -> float:
    """Current resident set size in MB (from /proc; psutil as a fallback)."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
        return pages * resource.getpagesize() / 2**20
    except OSError:
        import psutil

        return float(psutil.Process().memory_info().rss) / 2**20


def _peak_mb() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _items(n: int) -> Iterator[dict[str, str]]:
    return (c.create_kwargs(i) for i in range(n))


async def _twilio_async(url: str, n: int, *, collect: bool) -> dict[str, Any]:
    from twilio_async import Client

    client = Client(c.ACCOUNT_SID, c.AUTH_TOKEN, base_url=url, max_concurrency=IN_FLIGHT)
    messages: Any = client.messages  # untyped: plain kwargs dicts
    seen = 0

    def on_result(index: int, result: object) -> None:
        nonlocal seen
        seen += 1

    try:
        baseline = _rss_mb()
        start = time.perf_counter()
        results = await messages.create_many(
            _items(n),
            max_in_flight=IN_FLIGHT,
            collect=collect,
            on_result=None if collect else on_result,
        )
        wall = time.perf_counter() - start
        summary = results.summary
        done, failed = summary.sent, summary.failed
        del results
    finally:
        await client.aclose()
    return {"n": done, "failed": failed, "callbacks": seen, "baseline_mb": baseline, "wall_s": wall}


async def _official(url: str, n: int) -> dict[str, Any]:
    from twilio.http.async_http_client import AsyncTwilioHttpClient
    from twilio.rest import Client

    client = Client(c.ACCOUNT_SID, c.AUTH_TOKEN, http_client=AsyncTwilioHttpClient())
    client.api.base_url = url
    messages = client.api.v2010.account.messages
    items = _items(n)
    done = 0

    async def worker() -> None:
        nonlocal done
        for kwargs in items:
            await messages.create_async(**kwargs)
            done += 1

    try:
        baseline = _rss_mb()
        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(IN_FLIGHT)))
        wall = time.perf_counter() - start
    finally:
        await client.http_client.close()
    return {"n": done, "baseline_mb": baseline, "wall_s": wall}


def worker_main(args: argparse.Namespace) -> None:
    """Measure one (client, N) pair and print one JSON line."""
    c.pin_to(args.cpu)
    runners: dict[str, Callable[[str, int], Coroutine[Any, Any, dict[str, Any]]]] = {
        FLAT: functools.partial(_twilio_async, collect=False),
        COLLECT: functools.partial(_twilio_async, collect=True),
        c.OFFICIAL: _official,
    }
    try:
        result = asyncio.run(runners[args.client](args.url, args.n))
    except Exception as exc:  # report, don't crash the runner
        c.emit({"error": f"{type(exc).__name__}: {exc}"[:300]})
        return
    result["peak_mb"] = _peak_mb()
    c.emit(result)


def run(
    *,
    sizes: tuple[int, ...] = DEFAULT_SIZES,
    peers_all_sizes: bool = False,
    clients: tuple[str, ...] = CLIENTS,
    timeout: float = DEFAULT_TIMEOUT_S,
    verbose: bool = True,
) -> dict[str, Any]:
    """Run the memory scenario once per (client, size): peak RSS barely varies between runs."""
    unavailable = c.twilio_async_status()
    client_cpu, server_cpu = c.cpu_plan()
    results: dict[str, dict[int, dict[str, Any]]] = {name: {} for name in clients}
    errors: dict[str, str] = {}
    with c.FakeServer(cpu=server_cpu) as server:
        for size in sizes:
            for name in clients:
                if name in (FLAT, COLLECT) and unavailable is not None:
                    continue
                if name != FLAT and not peers_all_sizes and size != min(sizes):
                    continue
                args = ["--client", name, "--n", str(size), "--url", server.base_url]
                if client_cpu is not None:
                    args += ["--cpu", str(client_cpu)]
                result = c.run_worker(SCRIPT, args, timeout=timeout)
                if "error" not in result and result["n"] != size:
                    result = {"error": f"completed {result['n']} of {size} creates"}
                if "error" in result:
                    errors[f"{name} @ {size}"] = result["error"]
                    if verbose:
                        print(f"  {name} @ {size:,}: {result['error']}", file=sys.stderr)
                    continue
                results[name][size] = result
                if verbose:
                    print(
                        f"  {name:>24} @ {size:>7,}: peak {result['peak_mb']:6.1f} MB"
                        f"  baseline {result['baseline_mb']:6.1f} MB"
                        f"  ({result['wall_s']:.1f} s)",
                        file=sys.stderr,
                    )
    return {
        "scenario": "memory",
        "sizes": list(sizes),
        "in_flight": IN_FLIGHT,
        "clients": list(clients),
        "twilio_async_unavailable": unavailable,
        "results": results,
        "errors": errors,
    }


def report(data: dict[str, Any]) -> str:
    """A Markdown table with peak RSS and growth per size."""
    sizes: list[int] = data["sizes"]
    results = data["results"]

    def get(name: str, size: int) -> dict[str, Any]:
        entry = results.get(name, {})
        found: dict[str, Any] = entry.get(size) or entry.get(str(size)) or {}
        return found

    headers = ["client", *(f"peak MB @ {s:,}" for s in sizes), "growth MB (largest N run)"]
    rows = []
    for name in data["clients"]:
        row = [name]
        for size in sizes:
            row.append(c.fmt(get(name, size).get("peak_mb")))
        largest = next((get(name, s) for s in reversed(sizes) if get(name, s)), {})
        growth = (
            largest["peak_mb"] - largest["baseline_mb"]
            if largest.get("peak_mb") is not None
            else None
        )
        row.append(c.fmt(growth))
        rows.append(row)
    parts = [
        f"Peak RSS creating N messages from a generator, {data['in_flight']} in flight"
        " (lower and flat in N is better)",
        "",
        c.markdown_table(headers, rows),
    ]
    parts += c.notes_section(data)
    return "\n".join(parts)


def main() -> None:
    """Command line: run the scenario or, with ``--worker``, one measurement."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small smoke run")
    parser.add_argument("--sizes", type=str, default=None, help="e.g. 10000,100000")
    parser.add_argument("--peers-all-sizes", action="store_true", help="peers at every size")
    parser.add_argument("--clients", type=str, default=None, help="comma-separated subset")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--client", type=str, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, default=1_000, help=argparse.SUPPRESS)
    parser.add_argument("--url", type=str, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--cpu", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker_main(args)
        return
    if args.sizes:
        sizes = tuple(int(x) for x in args.sizes.split(","))
    else:
        sizes = (1_000, 5_000) if args.quick else DEFAULT_SIZES
    clients = tuple(args.clients.split(",")) if args.clients else CLIENTS
    data = run(sizes=sizes, peers_all_sizes=args.peers_all_sizes, clients=clients)
    print(report(data))


if __name__ == "__main__":
    main()
