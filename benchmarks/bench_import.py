"""Import time: fresh interpreters import each client, median of several alternating runs.

The figure is the time spent in the import statement itself (``time.perf_counter`` around it
inside the child), so interpreter start-up is excluded; the whole child's wall time is shown
too. One discarded run per variant first makes sure bytecode caches exist.

Run: ``.venv/bin/python benchmarks/bench_import.py [--quick]``
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from typing import Any

import _common as c

TWILIO_ASYNC_BARE = "twilio_async (package only)"
VARIANTS: dict[str, str] = {
    c.OFFICIAL: (
        "from twilio.rest import Client\n"
        "from twilio.http.async_http_client import AsyncTwilioHttpClient"
    ),
    c.TWILIO_ASYNC: "from twilio_async import Client, Message",
    TWILIO_ASYNC_BARE: "import twilio_async",
    c.HTTPX: "import httpx",
    c.AIOHTTP: "import aiohttp",
}
_PROBE = (
    "import time\n"
    "_t0 = time.perf_counter()\n"
    "{statement}\n"
    "_t1 = time.perf_counter()\n"
    "import sys, json\n"
    "print(json.dumps({{'import_s': _t1 - _t0, 'modules': len(sys.modules)}}))\n"
)


def measure(statement: str, cpu: int | None) -> dict[str, Any]:
    """Run ``statement`` in a fresh interpreter; return import seconds and process wall time."""
    code = _PROBE.format(statement=statement)
    cmd = [sys.executable, "-c", code]
    if cpu is not None:
        # taskset pins the child from its first instruction; fall back to no pinning.
        from shutil import which

        if which("taskset"):
            cmd = ["taskset", "-c", str(cpu), *cmd]
    start = time.perf_counter()
    proc = subprocess.run(
        cmd, capture_output=True, text=True, timeout=120, check=False, cwd=c.REPO_ROOT
    )
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        lines = proc.stderr.strip().splitlines()
        return {"error": lines[-1] if lines else f"exit {proc.returncode}"}
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    result["process_s"] = wall
    return result


def run(*, reps: int = 9, verbose: bool = True) -> dict[str, Any]:
    """Run the import scenario; return medians per variant."""
    unavailable = c.twilio_async_status()
    names = [
        name
        for name in VARIANTS
        if unavailable is None or name not in (c.TWILIO_ASYNC, TWILIO_ASYNC_BARE)
    ]
    if unavailable is not None and measure(VARIANTS[TWILIO_ASYNC_BARE], None).get("error") is None:
        # The bare package imports even while Client is missing; worth tracking early.
        names.append(TWILIO_ASYNC_BARE)
    client_cpu, _ = c.cpu_plan()
    samples: dict[str, list[dict[str, Any]]] = {name: [] for name in VARIANTS}
    errors: dict[str, str] = {}
    for name in names:
        measure(VARIANTS[name], client_cpu)
    for rep, name in c.alternating(names, reps):
        result = measure(VARIANTS[name], client_cpu)
        if "error" in result:
            errors[name] = result["error"]
            continue
        samples[name].append(result)
        if verbose:
            print(
                f"  rep {rep + 1} {name:>28}: {result['import_s'] * 1e3:7.1f} ms import"
                f"  {result['process_s'] * 1e3:7.1f} ms process",
                file=sys.stderr,
            )
    results = {
        name: {
            "import_ms": c.median([r["import_s"] * 1e3 for r in runs]),
            "process_ms": c.median([r["process_s"] * 1e3 for r in runs]),
            "modules": c.median([r["modules"] for r in runs]),
            "reps": len(runs),
        }
        for name, runs in samples.items()
    }
    return {
        "scenario": "import",
        "reps": reps,
        "clients": list(VARIANTS),
        "statements": VARIANTS,
        "twilio_async_unavailable": unavailable,
        "results": results,
        "errors": errors,
    }


def report(data: dict[str, Any]) -> str:
    """A Markdown table with import ms, ratio vs official, process ms and module count."""
    results = data["results"]
    reference = results.get(c.OFFICIAL, {}).get("import_ms")
    rows = []
    for name in data["clients"]:
        entry = results.get(name, {})
        value = entry.get("import_ms")
        modules = entry.get("modules")
        rows.append(
            [
                name,
                c.fmt(value),
                c.fmt_ratio(c.ratio(value, reference)),
                c.fmt(entry.get("process_ms")),
                c.fmt(int(modules) if modules is not None else None),
            ]
        )
    headers = ["import", "import ms", "vs official", "process ms", "modules loaded"]
    parts = [
        f"Import time in a fresh interpreter (median of {data['reps']}, lower is better)",
        "",
        c.markdown_table(headers, rows),
        "",
        "Statements: "
        + "; ".join(
            f"{name}: `{stmt.replace(chr(10), '; ')}`" for name, stmt in data["statements"].items()
        ),
    ]
    parts += c.notes_section(data, unavailable="twilio_async Client not importable")
    return "\n".join(parts)


def main() -> None:
    """Command line: run the scenario and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small smoke run")
    parser.add_argument("--reps", type=int, default=None)
    args = parser.parse_args()
    reps = args.reps or (3 if args.quick else 9)
    print(report(run(reps=reps)))


if __name__ == "__main__":
    main()
