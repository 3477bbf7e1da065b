"""Instructions per create: the same workload as bench_create, counted by valgrind.

CPU time on a shared 2-core machine wanders by 20-30% between runs. Instruction counts do
not: ``valgrind --tool=callgrind`` counts every instruction the client process executes,
whatever else the machine is doing. Each client sends creates at 50 in flight to the fake
server (which runs outside valgrind) twice, with a small and a larger count; the difference
divided by the difference in creates is the cost of one create, start-up and imports
cancelled out. Instructions are not time (cache misses and syscalls weigh differently), so
this complements the CPU-time tables rather than replacing them.

Run: ``.venv/bin/python benchmarks/bench_instructions.py [--quick]`` (needs valgrind; about
5 minutes, since everything runs some 50 times slower under it).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from typing import Any

import _common as c
import bench_create

CLIENTS = (
    c.OFFICIAL,
    c.TWILIO_ASYNC,
    c.TWILIO_ASYNC_MANY,
    c.TWILIO_ASYNC_TRIO,
    c.AIOHTTP,
    c.FLOOR,
)
IN_FLIGHT = 50
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def count_instructions(
    client: str,
    n: int,
    url: str,
    cpu: int | None,
    *,
    script: str = "bench_create.py",
    name_flag: str = "--client",
) -> tuple[int | None, str | None]:
    """Instructions of one worker process sending ``n`` creates (plus its warm-up).

    ``script`` and ``name_flag`` choose another create worker (``bench_otel.py --mode``).
    """
    cmd = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        str(c.BENCH_DIR / script),
        "--worker",
        name_flag,
        client,
        "--n",
        str(n),
        "--in-flight",
        str(IN_FLIGHT),
        "--url",
        url,
        "--budget",
        "1e9",
    ]
    if cpu is not None and shutil.which("taskset"):
        cmd = ["taskset", "-c", str(cpu), *cmd]
    proc = subprocess.run(
        cmd, capture_output=True, text=True, timeout=1800, check=False, cwd=c.REPO_ROOT
    )
    found = _COLLECTED.findall(proc.stderr)
    if proc.returncode != 0 or not found or '"error"' in proc.stdout:
        tail = (proc.stdout + proc.stderr).strip().splitlines()[-3:]
        return None, " | ".join(tail)[:300]
    return int(found[-1]), None


def run(
    *,
    small: int = 200,
    large: int = 1_200,
    clients: tuple[str, ...] = CLIENTS,
    verbose: bool = True,
) -> dict[str, Any]:
    """Count instructions per create for each client; ``None`` entries when unavailable."""
    results: dict[str, dict[str, Any]] = {}
    errors: dict[str, str] = {}
    if shutil.which("valgrind") is None:
        errors["all"] = "valgrind is not installed"
    else:
        client_cpu, server_cpu = c.cpu_plan()
        with c.FakeServer(cpu=server_cpu) as server:
            for name in clients:
                counts: list[tuple[int, int]] = []
                for n in (small, large):
                    count, error = count_instructions(name, n, server.base_url, client_cpu)
                    if count is None:
                        errors[name] = error or "no instruction count"
                        break
                    counts.append((n + bench_create.warmup_for(n, IN_FLIGHT), count))
                if len(counts) != 2:
                    continue
                (creates_a, count_a), (creates_b, count_b) = counts
                per_create = (count_b - count_a) / (creates_b - creates_a)
                results[name] = {"instructions_per_create": per_create}
                if verbose:
                    print(f"  {name:>26}: {per_create:,.0f} instructions/create", file=sys.stderr)
    return {
        "scenario": "instructions",
        "in_flight": IN_FLIGHT,
        "counts": [small, large],
        "clients": list(clients),
        "results": results,
        "errors": errors,
    }


def report(data: dict[str, Any]) -> str:
    """A Markdown table: thousands of instructions per create, ratios vs official and floor."""
    results = data["results"]
    reference = results.get(c.OFFICIAL, {}).get("instructions_per_create")
    floor = results.get(c.FLOOR, {}).get("instructions_per_create")
    rows = []
    for name in data["clients"]:
        value = results.get(name, {}).get("instructions_per_create")
        rows.append(
            [
                name,
                c.fmt(value / 1000 if value is not None else None, 0),
                c.fmt_ratio(c.ratio(value, reference)),
                c.fmt_ratio(c.ratio(value, floor)),
            ]
        )
    small, large = data["counts"]
    parts = [
        f"Instructions per create at {data['in_flight']} in flight, counted by callgrind "
        f"(difference between {small:,} and {large:,} creates; lower is better)",
        "",
        c.markdown_table(["client", "k instructions/create", "vs official", "vs floor"], rows),
    ]
    parts += c.notes_section(data)
    return "\n".join(parts)


def main() -> None:
    """Command line: run the scenario and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller counts")
    parser.add_argument("--clients", type=str, default=None, help="comma-separated subset")
    args = parser.parse_args()
    clients = tuple(args.clients.split(",")) if args.clients else CLIENTS
    unknown = set(clients) - set(CLIENTS)
    if unknown:
        parser.error(f"unknown: {', '.join(sorted(unknown))} (choose from {', '.join(CLIENTS)})")
    sizes = {"small": 100, "large": 400} if args.quick else {}
    data = run(**sizes, clients=clients)
    print(report(data))


if __name__ == "__main__":
    main()
