"""What tracing costs: CPU per create at 50 in flight without OpenTelemetry, with the API
imported but no SDK configured, and with the SDK recording every span and metric.

The three modes run the same ``messages.create`` workers as ``bench_create.py`` against the
fake server, each measurement in a fresh pinned interpreter, modes alternating:

- ``no OpenTelemetry``: nothing from ``opentelemetry`` is imported (checked);
- ``API without SDK``: the app imported ``opentelemetry.trace`` and ``.metrics`` (as any
  instrumented library does) but set no provider: the common "installed, unused" case;
- ``SDK recording``: an SDK ``TracerProvider`` (batch processor, an exporter that drops the
  spans) and ``MeterProvider`` set globally, so every call builds and ends a real span and
  records its metrics.

Run: ``.venv/bin/python benchmarks/bench_otel.py [--quick]``
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import timeit
from types import SimpleNamespace
from typing import Any

import _common as c
from bench_create import send_twilio_async, warmup_for
from bench_instructions import count_instructions

SCRIPT = "bench_otel.py"
NONE = "no OpenTelemetry"
API_ONLY = "API without SDK"
SDK = "SDK recording"
MODES = (NONE, API_ONLY, SDK)
LEVEL = 50
DEFAULT_BUDGET_S = 5.0
QUICK: dict[str, Any] = {"n": 1_000, "reps": 1, "budget": 2.0, "counts": (100, 300)}
#: The issue's budget for the API-without-SDK mode, relative to no OpenTelemetry.
API_ONLY_GOAL = 1.05


def _configure(mode: str) -> None:
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}")
    if mode == NONE:
        return
    from opentelemetry import metrics, trace

    if mode == API_ONLY:
        return
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter, SpanExportResult

    class Drop(SpanExporter):
        def export(self, spans: Any) -> SpanExportResult:
            return SpanExportResult.SUCCESS

    provider = TracerProvider()
    provider.add_span_processor(BatchSpanProcessor(Drop()))
    trace.set_tracer_provider(provider)
    metrics.set_meter_provider(MeterProvider(metric_readers=[InMemoryMetricReader()]))


def worker_main(args: argparse.Namespace) -> None:
    """Measure one mode and print one JSON line."""
    c.pin_to(args.cpu)
    _configure(args.mode)
    warmup = warmup_for(args.n, args.in_flight)
    try:
        result = asyncio.run(
            send_twilio_async(args.url, args.n, args.in_flight, warmup, args.budget, many=False)
        )
    except Exception as exc:  # report, don't crash the runner
        c.emit({"error": f"{type(exc).__name__}: {exc}"[:300]})
        return
    imported = any(name.startswith("opentelemetry") for name in sys.modules)
    if imported != (args.mode != NONE):
        c.emit({"error": f"mode {args.mode!r} but opentelemetry imported: {imported}"})
        return
    c.emit(result)


def hook_cost_us() -> float:
    """Noise-free companion figure: CPU µs of the per-call telemetry hook, API but no SDK.

    Timed in this process (the create runs above are in fresh ones, so this import of the
    OpenTelemetry API cannot affect them).
    """
    import opentelemetry.metrics
    import opentelemetry.trace  # noqa: F401  (the "API imported, no SDK" state)

    from twilio_async._limiter import AdaptiveLimiter
    from twilio_async._telemetry import Telemetry

    telemetry = Telemetry(AdaptiveLimiter(LEVEL))
    call = SimpleNamespace(method="POST", url="https://api.twilio.com/x", operation="m.create")
    assert telemetry.start(call) is None
    number = 100_000
    best = min(timeit.repeat(lambda: telemetry.start(call), number=number, repeat=5))
    return best / number * 1e6


def instructions(
    modes: tuple[str, ...], small: int, large: int, errors: dict[str, str], verbose: bool
) -> dict[str, float]:
    """Callgrind instructions per create per mode (as bench_instructions.py counts them).

    CPU time on a shared machine wanders by 20-30% between runs, more than the differences
    measured here; instruction counts do not.
    """
    if shutil.which("valgrind") is None:
        errors["instructions"] = "valgrind is not installed"
        return {}
    found: dict[str, float] = {}
    client_cpu, server_cpu = c.cpu_plan()
    with c.FakeServer(cpu=server_cpu) as server:
        for mode in modes:
            counts = []
            for n in (small, large):
                count, error = count_instructions(
                    mode, n, server.base_url, client_cpu, script=SCRIPT, name_flag="--mode"
                )
                if count is None:
                    errors[f"instructions {mode}"] = error or "no instruction count"
                    break
                counts.append((n + warmup_for(n, LEVEL), count))
            if len(counts) == 2:
                (creates_a, count_a), (creates_b, count_b) = counts
                found[mode] = (count_b - count_a) / (creates_b - creates_a)
                if verbose:
                    print(f"  {mode:>18}: {found[mode]:,.0f} instructions/create", file=sys.stderr)
    return found


def run(
    *,
    modes: tuple[str, ...] = MODES,
    n: int = 5_000,
    reps: int = 3,
    budget: float = DEFAULT_BUDGET_S,
    counts: tuple[int, int] = (200, 1_200),
    verbose: bool = True,
) -> dict[str, Any]:
    """Run the three modes at 50 in flight; return medians per mode."""
    table, errors, (client_cpu, server_cpu) = c.level_sweep(
        SCRIPT,
        modes,
        measure=modes,
        levels=(LEVEL,),
        reps=reps,
        n=n,
        budget=budget,
        name_flag="--mode",
        unit="msg",
        verbose=verbose,
    )
    results = {mode: dict(by_level.get(LEVEL, {})) for mode, by_level in table.items()}
    for mode, value in instructions(modes, *counts, errors, verbose).items():
        results[mode]["instructions_per_create"] = value
    return {
        "scenario": "otel",
        "n": n,
        "reps": reps,
        "level": LEVEL,
        "clients": list(modes),
        "cpu_pinning": {"client": client_cpu, "server": server_cpu},
        "counts": list(counts),
        "results": results,
        "errors": errors,
        "hook_us": hook_cost_us(),
    }


def overhead(data: dict[str, Any], mode: str, key: str = "cpu_us_per_msg") -> float | None:
    """CPU (or instructions, with ``key``) per create in ``mode`` relative to no OpenTelemetry."""
    results = data["results"]
    return c.ratio(results.get(mode, {}).get(key), results.get(NONE, {}).get(key))


def report(data: dict[str, Any]) -> str:
    """Markdown table: CPU µs per create per mode, with the ratio to no OpenTelemetry."""
    rows = []
    key = "instructions_per_create"
    for mode in data["clients"]:
        entry = data["results"].get(mode, {})
        cpu = c.fmt(entry.get("cpu_us_per_msg"))
        count = entry.get(key)
        ins = c.fmt(count / 1000 if count is not None else None, 0)
        if mode != NONE:
            cpu += f" ({c.fmt_ratio(overhead(data, mode))})"
            ins += f" ({c.fmt_ratio(overhead(data, mode, key))})"
        rows.append([mode, cpu, ins, c.fmt(entry.get("msgs_per_s"))])
    small, large = data.get("counts", (None, None))
    parts = [
        f"twilio_async `messages.create` at {data['level']} in flight (ratio vs no"
        " OpenTelemetry in parentheses; lower is better). Instructions are counted by callgrind"
        f" (difference between {small} and {large} creates): noise-free, unlike CPU time on a"
        " shared machine.",
        "",
        c.markdown_table(
            ["mode", "client CPU µs / create", "k instructions / create", "creates / s"], rows
        ),
    ]
    extra = []
    if data.get("hook_us") is not None:
        extra.append(
            f"the per-call hook with the API but no SDK costs {data['hook_us']:.2f} µs of CPU"
            " (timeit, best of 5): what the API-without-SDK row adds, without the runs' noise"
        )
    parts += c.notes_section(data, extra=extra)
    return "\n".join(parts)


def main() -> None:
    """Command line: run the scenario or, with ``--worker``, one measurement."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    c.add_sweep_arguments(parser, subset="--modes", single="--mode", what="creates")
    args = parser.parse_args()
    if args.worker:
        args.n = args.n or 1_000
        args.budget = args.budget or DEFAULT_BUDGET_S
        worker_main(args)
        return
    full = {"n": 5_000, "reps": 3, "budget": DEFAULT_BUDGET_S, "counts": (200, 1_200)}
    sizes, modes = c.sweep_options(
        args, parser, quick=QUICK, full=full, names=MODES, chosen=args.modes
    )
    print(report(run(**sizes, modes=modes)))


if __name__ == "__main__":
    main()
