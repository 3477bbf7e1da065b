"""Shared helpers for the benchmark scripts: fixtures, the fake-server process, CPU pinning,
subprocess workers, statistics and plain-text tables.

Everything here talks to 127.0.0.1 only and uses obviously fake credentials.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import selectors
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timezone
from email.utils import format_datetime
from importlib import metadata
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent

# Fake credentials: the SID matches Twilio's pattern so that strict decoders accept it.
ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
AUTH_TOKEN = "fake-bench-token-not-a-secret"
FROM_NUMBER = "+15005550006"

# Client names, in the order they appear in tables and charts.
OFFICIAL = "official"
TWILIO_ASYNC = "twilio_async"
TWILIO_ASYNC_MANY = "twilio_async create_many"
HTTPX = "raw httpx"
AIOHTTP = "raw aiohttp"
FLOOR = "floor (asyncio + httptools)"
TWILIO_ASYNC_TRIO = "twilio_async on trio"

NA = "n/a"


def messages_path(account_sid: str = ACCOUNT_SID) -> str:
    """The v2010 Messages collection path for ``account_sid``."""
    return f"/2010-04-01/Accounts/{account_sid}/Messages.json"


def rfc2822(moment: datetime) -> str:
    """Format ``moment`` the way Twilio's v2010 API does (``Fri, 24 May 2019 17:44:46 +0000``)."""
    return format_datetime(moment.astimezone(timezone.utc), usegmt=False)


def message_record(
    index: int,
    *,
    account_sid: str = ACCOUNT_SID,
    to: str | None = None,
    from_: str | None = FROM_NUMBER,
    body: str | None = None,
    date: str = "Fri, 24 May 2019 17:44:46 +0000",
    status: str = "queued",
) -> dict[str, Any]:
    """A complete ``api.v2010.account.message`` JSON object (every field of the spec).

    Prices are strings and dates RFC 2822, as the real API sends them.
    """
    sid = f"SM{index:032x}"
    uri = f"/2010-04-01/Accounts/{account_sid}/Messages/{sid}"
    return {
        "account_sid": account_sid,
        "api_version": "2010-04-01",
        "body": body if body is not None else f"Benchmark message number {index}",
        "date_created": date,
        "date_sent": date if status != "queued" else None,
        "date_updated": date,
        "direction": "outbound-api",
        "error_code": None,
        "error_message": None,
        "from": from_,
        "messaging_service_sid": "MG" + "ab" * 16,
        "num_media": "0",
        "num_segments": "1",
        "price": "-0.00750" if status != "queued" else None,
        "price_unit": "USD",
        "sid": sid,
        "status": status,
        "subresource_uris": {
            "media": f"{uri}/Media.json",
            "feedback": f"{uri}/Feedback.json",
        },
        "to": to if to is not None else f"+1555{index % 10_000_000:07d}",
        "uri": f"{uri}.json",
    }


def create_kwargs(index: int) -> dict[str, str]:
    """The keyword arguments of the ``index``-th create call (same for every client)."""
    return {
        "to": f"+1555{index % 10_000_000:07d}",
        "from_": FROM_NUMBER,
        "body": f"Hello from the benchmark, message {index}",
    }


def create_form(index: int) -> dict[str, str]:
    """The form fields Twilio expects for the ``index``-th create (for the raw HTTP peers)."""
    kwargs = create_kwargs(index)
    return {"To": kwargs["to"], "From": kwargs["from_"], "Body": kwargs["body"]}


# --- CPU pinning ------------------------------------------------------------------------------


def cpu_plan() -> tuple[int | None, int | None]:
    """Pick (client CPU, server CPU): distinct cores when at least two are available."""
    try:
        cpus = sorted(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return None, None
    if len(cpus) < 2:
        return None, None
    return cpus[0], cpus[-1]


def pin_to(cpu: int | None) -> None:
    """Pin the current process to ``cpu`` (no-op when ``None`` or unsupported)."""
    if cpu is None:
        return
    with contextlib.suppress(AttributeError, OSError):
        os.sched_setaffinity(0, {cpu})


# --- The fake server process -------------------------------------------------------------------


class FakeServer:
    """Runs ``benchmarks/server.py`` in its own process; always terminated on exit."""

    def __init__(self, *, list_total: int = 20_000, cpu: int | None = None) -> None:
        self.list_total = list_total
        self.cpu = cpu
        self.port = 0
        self._proc: subprocess.Popen[str] | None = None

    @property
    def base_url(self) -> str:
        """The server's base URL (always loopback)."""
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> FakeServer:
        cmd = [sys.executable, str(BENCH_DIR / "server.py"), "--port", "0"]
        cmd += ["--list-total", str(self.list_total), "--parent-pid", str(os.getpid())]
        if self.cpu is not None:
            cmd += ["--cpu", str(self.cpu)]
        self._proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
        try:
            self.port = self._read_port(timeout=20.0)
        except BaseException:
            self.stop()
            raise
        return self

    def _read_port(self, timeout: float) -> int:
        assert self._proc is not None
        assert self._proc.stdout is not None
        deadline = time.monotonic() + timeout
        with selectors.DefaultSelector() as sel:
            sel.register(self._proc.stdout, selectors.EVENT_READ)
            while time.monotonic() < deadline:
                if not sel.select(timeout=max(0.0, deadline - time.monotonic())):
                    continue
                line = self._proc.stdout.readline()
                if not line:
                    break
                if line.startswith("LISTENING "):
                    return int(line.split()[1])
        raise RuntimeError("the fake server did not start")

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Terminate the server process (kill it if it does not exit promptly)."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
        if proc.stdout is not None:
            proc.stdout.close()

    def _control(self, path: str) -> dict[str, Any]:
        with urllib.request.urlopen(self.base_url + path, timeout=10) as response:
            data: dict[str, Any] = json.loads(response.read())
            return data

    def stats(self) -> dict[str, Any]:
        """Counters since the last reset: connections opened by clients and requests served."""
        return self._control("/_bench/stats")

    def reset(self) -> None:
        """Zero the counters."""
        self._control("/_bench/reset")

    def configure(self, *, list_total: int) -> None:
        """Change how many records the list endpoint serves in total."""
        self._control(f"/_bench/config?list_total={list_total}")


# --- Subprocess workers ------------------------------------------------------------------------


def run_worker(script: str, args: Sequence[str], *, timeout: float = 600.0) -> dict[str, Any]:
    """Run ``benchmarks/<script> --worker ARGS`` in a fresh interpreter and parse its JSON line.

    A fresh process per measurement keeps one client's garbage, caches and open sockets from
    skewing the next one's CPU time and RSS.
    """
    cmd = [sys.executable, str(BENCH_DIR / script), "--worker", *args]
    try:
        proc = subprocess.run(
            cmd, capture_output=True, text=True, timeout=timeout, check=False, cwd=REPO_ROOT
        )
    except subprocess.TimeoutExpired:
        # subprocess.run has already killed the child.
        return {"error": f"timed out after {timeout:.0f} s"}
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith("{"):
            result: dict[str, Any] = json.loads(line)
            return result
    tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
    return {"error": f"worker exited with {proc.returncode}: " + " | ".join(tail)}


def repeat_workers(
    script: str,
    names: Sequence[str],
    reps: int,
    args_for: Callable[[str], list[str]],
    *,
    describe: Callable[[str, dict[str, Any]], str],
    finish: Callable[[dict[str, Any]], str | None] | None = None,
    label: Callable[[str], str] = str,
    before: Callable[[], object] | None = None,
    verbose: bool = True,
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, str]]:
    """Run ``script``'s worker ``reps`` times per name, names alternating; keep the results.

    ``finish(result)`` may add to a result or return an error message; ``describe`` gives
    the progress line of a good result; ``label(name)`` keys errors; ``before()`` runs
    ahead of each measurement (e.g. resetting the server's counters).
    """
    samples: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    errors: dict[str, str] = {}
    for rep, name in alternating(names, reps):
        if before is not None:
            before()
        result = run_worker(script, args_for(name))
        if "error" not in result and finish is not None:
            problem = finish(result)
            if problem is not None:
                result = {"error": problem}
        if "error" in result:
            errors[label(name)] = result["error"]
            if verbose:
                print(f"  {label(name)}: {result['error']}", file=sys.stderr)
            continue
        result["rep"] = rep
        samples[name].append(result)
        if verbose:
            print(f"  rep {rep + 1} {describe(name, result)}", file=sys.stderr)
    return samples, errors


def add_sweep_arguments(
    parser: argparse.ArgumentParser, *, subset: str, single: str, what: str
) -> None:
    """The command line of a level sweep: ``--quick``, sizes, a subset, worker options."""
    parser.add_argument("--quick", action="store_true", help="small smoke run")
    parser.add_argument("--n", type=int, default=None, help=f"{what} per measurement")
    parser.add_argument("--reps", type=int, default=None, help="repetitions per row")
    parser.add_argument("--levels", type=str, default=None, help="e.g. 1,50,100")
    parser.add_argument(subset, type=str, default=None, help="comma-separated subset")
    parser.add_argument("--budget", type=float, default=None, help="seconds per measurement")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(single, type=str, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--in-flight", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--url", type=str, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--cpu", type=int, default=None, help=argparse.SUPPRESS)


def sweep_options(
    args: argparse.Namespace,
    parser: argparse.ArgumentParser,
    *,
    quick: dict[str, Any],
    full: dict[str, Any],
    names: Sequence[str],
    chosen: str | None,
) -> tuple[dict[str, Any], tuple[str, ...]]:
    """A sweep's sizes (``n``, ``reps``, ``budget`` and, where ``full`` has them, ``levels``:
    the command line's, else ``quick``'s with ``--quick``, else ``full``'s) and the chosen
    subset of ``names`` (every one when ``chosen`` is ``None``); an unknown name is a usage
    error."""
    defaults = {**full, **quick} if args.quick else full
    sizes = dict(defaults)
    for key in ("n", "reps", "budget"):
        if getattr(args, key) is not None:
            sizes[key] = getattr(args, key)
    if args.levels and "levels" in sizes:
        sizes["levels"] = tuple(int(x) for x in args.levels.split(","))
    subset = tuple(chosen.split(",")) if chosen else tuple(names)
    unknown = set(subset) - set(names)
    if unknown:
        parser.error(f"unknown: {', '.join(sorted(unknown))} (choose from {', '.join(names)})")
    return sizes, subset


def level_sweep(
    script: str,
    names: Sequence[str],
    *,
    measure: Sequence[str],
    levels: Sequence[int],
    reps: int,
    n: int,
    budget: float,
    name_flag: str,
    unit: str,
    verbose: bool = True,
) -> tuple[dict[str, dict[int, dict[str, Any]]], dict[str, str], tuple[int | None, int | None]]:
    """Run ``script``'s worker for every name in ``measure`` at every in-flight level.

    Names alternate within a level. Each measurement is a fresh pinned interpreter against
    one fake server, whose connection counter is reset first. Returns medians per name and
    level (client CPU µs per ``unit``, ``unit``s per second, connections, fewest sent,
    repetitions), the errors,
    and the CPU plan used; names not in ``measure`` get empty entries.
    """
    client_cpu, server_cpu = cpu_plan()
    samples: dict[str, dict[int, list[dict[str, Any]]]] = {name: {} for name in names}
    errors: dict[str, str] = {}
    with FakeServer(cpu=server_cpu) as server:
        for level in levels:

            def args_for(name: str, level: int = level) -> list[str]:
                args = [name_flag, name, "--in-flight", str(level), "--n", str(n)]
                args += ["--url", server.base_url, "--budget", str(budget)]
                return args + (["--cpu", str(client_cpu)] if client_cpu is not None else [])

            def count_connections(result: dict[str, Any]) -> None:
                result["connections"] = server.stats()["connections"]

            def describe(name: str, result: dict[str, Any], level: int = level) -> str:
                us = result["cpu_s"] / result["n"] * 1e6
                return (
                    f"{name:>26} @ {level:>3}: {us:8.0f} µs/{unit}"
                    f"  {result['n'] / result['wall_s']:8.0f} {unit}/s"
                    f"  {result['connections']:>5} conns"
                )

            by_name, level_errors = repeat_workers(
                script,
                measure,
                reps,
                args_for,
                describe=describe,
                finish=count_connections,
                label=lambda name, level=level: f"{name} @ {level}",
                before=server.reset,
                verbose=verbose,
            )
            errors.update(level_errors)
            for name in names:
                samples[name][level] = by_name.get(name, [])
    table = {
        name: {
            level: {
                f"cpu_us_per_{unit}": median([r["cpu_s"] / r["n"] * 1e6 for r in runs]),
                f"cpu_us_per_{unit}_by_rep": by_rep(runs),
                f"{unit}s_per_s": median([r["n"] / r["wall_s"] for r in runs]),
                "connections": median([r["connections"] for r in runs]),
                "n": min(r["n"] for r in runs) if runs else None,
                "reps": len(runs),
            }
            for level, runs in by_level.items()
        }
        for name, by_level in samples.items()
    }
    return table, errors, (client_cpu, server_cpu)


def emit(result: dict[str, Any]) -> None:
    """Write a worker's result as the single JSON line the parent reads."""
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()


# --- twilio_async availability -----------------------------------------------------------------


def twilio_async_status(
    names: Sequence[str] = ("Client", "Message"), module: str = "twilio_async"
) -> str | None:
    """``None`` when ``module`` exposes every name in ``names``; else the reason why not.

    Checked in a subprocess so that a half-written package cannot break the runner.
    """
    code = f"from {module} import {', '.join(names)}"
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=REPO_ROOT,
    )
    if proc.returncode == 0:
        return None
    lines = proc.stderr.strip().splitlines()
    return lines[-1] if lines else f"import failed ({proc.returncode})"


# --- Statistics and tables ---------------------------------------------------------------------


def median(values: Sequence[float]) -> float | None:
    """Median of the values, ``None`` when there are none."""
    return statistics.median(values) if values else None


def by_rep(runs: Sequence[dict[str, Any]]) -> dict[str, float]:
    """Client CPU µs per unit of each repetition, keyed by repetition (a string, as in JSON)."""
    return {str(r["rep"]): r["cpu_s"] / r["n"] * 1e6 for r in runs}


def paired_ratio(
    values: dict[str, float] | None, references: dict[str, float] | None
) -> float | None:
    """Median over repetitions of ``value / reference``, each pair measured back to back.

    Steadier than a ratio of medians on a shared machine: a slow spell that lasts one
    repetition inflates both sides of that repetition's ratio, not one median.
    """
    if not values or not references:
        return None
    ratios = [values[rep] / references[rep] for rep in values if references.get(rep)]
    return median(ratios)


def ratio(value: float | None, reference: float | None) -> float | None:
    """``value / reference`` when both exist."""
    if value is None or reference is None or reference == 0:
        return None
    return value / reference


def fmt(value: float | int | None, digits: int = 1) -> str:
    """Format a number for a table ("n/a" when missing)."""
    if value is None:
        return NA
    if isinstance(value, int):
        return f"{value:,}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:,.{digits}f}"


def fmt_ratio(value: float | None) -> str:
    """Format a ratio versus the official SDK, e.g. ``0.62x``."""
    return NA if value is None else f"{value:.2f}x"


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown table, padded so it also reads well in a terminal."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        padded = [
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "| " + " | ".join(padded) + " |"

    sep = (
        "|"
        + "|".join("-" * (w + 2) if i == 0 else "-" * (w + 1) + ":" for i, w in enumerate(widths))
        + "|"
    )
    return "\n".join([line(headers), sep, *(line(r) for r in rows)])


def alternating(names: Sequence[str], reps: int) -> Iterator[tuple[int, str]]:
    """(repetition, client) pairs, rotating the starting client each repetition.

    Rotation spreads slow drifts of a shared machine (other jobs, thermal) across clients.
    """
    for rep in range(reps):
        shift = rep % len(names) if names else 0
        for name in list(names[shift:]) + list(names[:shift]):
            yield rep, name


# --- Machine description -----------------------------------------------------------------------


def package_version(name: str) -> str:
    """Installed version of ``name`` or "not installed"."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine_info() -> dict[str, Any]:
    """CPU model, core count, OS, Python and package versions for the results file."""
    cpu_model = platform.processor() or "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    try:
        usable = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        usable = os.cpu_count() or 0
    packages = ["twilio-async", "twilio", "httpx", "aiohttp", "orjson", "httptools", "anyio"]
    return {
        "cpu_model": cpu_model,
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "packages": {name: package_version(name) for name in packages},
    }


def notes_section(
    data: dict[str, Any],
    *,
    unavailable: str = "twilio_async not measured",
    extra: list[str] | None = None,
) -> list[str]:
    """Report lines for what a run could not measure and the errors it met (empty if none)."""
    notes = []
    if data.get("twilio_async_unavailable"):
        notes.append(f"{unavailable}: {data['twilio_async_unavailable']}")
    notes += extra or []
    notes += [f"error {key}: {value}" for key, value in data.get("errors", {}).items()]
    return ["", *(f"- {note}" for note in notes)] if notes else []
