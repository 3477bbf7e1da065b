"""Run every benchmark, print the tables, write RESULTS.md, results.png and _out/results.json.

Run: ``.venv/bin/python benchmarks/run_all.py`` (about 10-15 minutes on 2 cores), or
``--quick`` for a smoke run of a minute or two. ``--only create,list`` picks scenarios;
``--render`` rebuilds RESULTS.md and the chart from _out/results.json without measuring.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import _common as c
import bench_create
import bench_decode
import bench_import
import bench_instructions
import bench_journal
import bench_list
import bench_memory
import bench_otel
import bench_saturation
import bench_transports

RESULTS_MD = c.BENCH_DIR / "RESULTS.md"
# Raw medians for --render; _out/ is git-ignored.
RESULTS_JSON = c.BENCH_DIR / "_out" / "results.json"
RESULTS_PNG = c.BENCH_DIR / "results.png"
SCENARIOS = (
    "create",
    "transports",
    "instructions",
    "saturation",
    "journal",
    "list",
    "decode",
    "memory",
    "import",
    "otel",
)
# Goals of issue 21 (CPU ratios; the instruction counts are judged against the same goals).
CREATE_GOAL_50 = 0.45
FLOOR_CREATE = 1.8
TRIO_GOAL = 1.5
LIST_GOAL = 0.35
FLOOR_LIST = 2.0
FLAT_TOLERANCE_MB = 20.0
MEMORY_LIMIT_MB = 200.0


def run_scenarios(names: tuple[str, ...], quick: bool) -> dict[str, Any]:
    """Run the chosen scenarios (in a fixed order) and collect their data."""
    plans: dict[str, Callable[[], dict[str, Any]]] = {
        "create": lambda: bench_create.run(**bench_create.QUICK) if quick else bench_create.run(),
        "transports": lambda: (
            bench_transports.run(**bench_transports.QUICK) if quick else bench_transports.run()
        ),
        "instructions": lambda: (
            bench_instructions.run(small=100, large=400) if quick else bench_instructions.run()
        ),
        "saturation": lambda: bench_saturation.run(quick=quick),
        "journal": lambda: bench_journal.run(n=1_000 if quick else 3_000, reps=5),
        "list": lambda: bench_list.run(limit=4_000 if quick else 20_000, reps=3),
        "decode": lambda: bench_decode.run(n=10_000 if quick else 100_000, reps=3),
        "memory": lambda: bench_memory.run(
            sizes=(1_000, 5_000) if quick else bench_memory.DEFAULT_SIZES
        ),
        "import": lambda: bench_import.run(reps=3 if quick else 9),
        "otel": lambda: bench_otel.run(**bench_otel.QUICK) if quick else bench_otel.run(),
    }
    data: dict[str, Any] = {}
    for name in SCENARIOS:
        if name not in names:
            continue
        print(f"== {name}", file=sys.stderr)
        start = time.perf_counter()
        data[name] = plans[name]()
        data[name]["elapsed_s"] = time.perf_counter() - start
        print(f"== {name} done in {data[name]['elapsed_s']:.0f} s", file=sys.stderr)
    return data


# --- Targets -----------------------------------------------------------------------------------


def _level(data: dict[str, Any], client: str, level: int, key: str) -> float | None:
    entry = data["results"].get(client, {})
    value = (entry.get(level) or entry.get(str(level)) or {}).get(key)
    return float(value) if value is not None else None


def _value(data: dict[str, Any], client: str, key: str) -> float | None:
    value = data["results"].get(client, {}).get(key)
    return float(value) if value is not None else None


def targets(data: dict[str, Any]) -> list[list[str]]:
    """Rows of (target, measured, goal, verdict) for the scenarios that ran."""
    rows: list[list[str]] = []

    def verdict(value: float | None, goal: float) -> str:
        if value is None:
            return c.NA
        return "met" if value <= goal else "missed"

    def add_ratio(label: str, value: float | None, goal: float) -> None:
        rows.append([label, c.fmt_ratio(value), f"<= {goal:.2f}x", verdict(value, goal)])

    if "create" in data:
        create = data["create"]
        for level, goal in ((1, 1.0), (50, CREATE_GOAL_50), (100, 1.0)):
            if level not in create["levels"]:
                continue
            for client in (c.TWILIO_ASYNC, c.TWILIO_ASYNC_MANY):
                value = bench_create.cpu_ratio(create, client, level, c.OFFICIAL)
                add_ratio(f"create CPU/msg @ {level} in flight, {client}", value, goal)
        if 50 in create["levels"]:
            for client in (c.TWILIO_ASYNC, c.TWILIO_ASYNC_MANY):
                value = bench_create.cpu_ratio(create, client, 50, c.FLOOR)
                add_ratio(f"create CPU/msg @ 50 in flight, {client} vs floor", value, FLOOR_CREATE)
            value = bench_create.cpu_ratio(create, c.TWILIO_ASYNC_TRIO, 50, c.TWILIO_ASYNC)
            add_ratio("create CPU/msg @ 50 in flight, trio vs asyncio", value, TRIO_GOAL)
    if "instructions" in data:
        ins = data["instructions"]

        def instructions(client: str) -> float | None:
            return _value(ins, client, "instructions_per_create")

        for client in (c.TWILIO_ASYNC, c.TWILIO_ASYNC_MANY):
            value = c.ratio(instructions(client), instructions(c.OFFICIAL))
            label = f"create instructions @ 50 in flight (callgrind), {client}"
            add_ratio(label, value, CREATE_GOAL_50)
        value = c.ratio(instructions(c.TWILIO_ASYNC), instructions(c.FLOOR))
        add_ratio("create instructions (callgrind), twilio_async vs floor", value, FLOOR_CREATE)
        value = c.ratio(instructions(c.TWILIO_ASYNC_TRIO), instructions(c.TWILIO_ASYNC))
        add_ratio("create instructions (callgrind), trio vs asyncio", value, TRIO_GOAL)
    if "saturation" in data:
        rows += bench_saturation.targets(data["saturation"])
    if "journal" in data:
        rows += bench_journal.targets(data["journal"])
    if "list" in data:
        lst = data["list"]
        value = bench_list.cpu_ratio(lst, c.TWILIO_ASYNC, c.OFFICIAL)
        add_ratio("list CPU/record", value, LIST_GOAL)
        value = bench_list.cpu_ratio(lst, c.TWILIO_ASYNC, c.FLOOR)
        add_ratio("list CPU/record vs floor", value, FLOOR_LIST)
    if "decode" in data:
        dec = data["decode"]
        reference = _value(dec, c.OFFICIAL, "cpu_us_per_record")
        value = c.ratio(_value(dec, c.TWILIO_ASYNC, "cpu_us_per_record"), reference)
        add_ratio("decode CPU/record", value, 0.3)
    if "memory" in data:
        mem = data["memory"]
        sizes = mem["sizes"]
        entry = mem["results"].get(bench_memory.FLAT, {})
        smallest, largest = (
            (entry.get(s) or entry.get(str(s)) or {}).get("peak_mb") for s in (sizes[0], sizes[-1])
        )
        rows.append(
            [
                f"create_many(collect=False) peak RSS @ {sizes[-1]:,} items",
                c.fmt(largest) + " MB" if largest is not None else c.NA,
                f"<= {MEMORY_LIMIT_MB:.0f} MB",
                verdict(largest, MEMORY_LIMIT_MB),
            ]
        )
        growth = None if smallest is None or largest is None else largest - smallest
        rows.append(
            [
                f"create_many(collect=False) RSS growth {sizes[0]:,} -> {sizes[-1]:,}",
                c.fmt(growth) + " MB" if growth is not None else c.NA,
                f"<= {FLAT_TOLERANCE_MB:.0f} MB (flat)",
                verdict(growth, FLAT_TOLERANCE_MB),
            ]
        )
    if "import" in data:
        imp = data["import"]
        # Judged where each package has only its own dependencies, as a user installs it;
        # the import table also shows both in the dev venv, where httpx imports its CLI.
        for name, label in (
            (c.TWILIO_ASYNC, "import twilio_async vs from twilio.rest import Client"),
            (bench_import.TWILIO_ASYNC_CLIENT, "import Client, Message vs the official async one"),
        ):
            reference = _value(imp, bench_import.reference_of(name), "import_ms")
            value = c.ratio(_value(imp, name, "import_ms"), reference)
            add_ratio(f"{label} (clean venvs)", value, 0.6)
    if "otel" in data:
        # Judged on instructions where callgrind ran: CPU time is noisier than the 5% budget.
        value = bench_otel.overhead(data["otel"], bench_otel.API_ONLY, "instructions_per_create")
        what = "instructions (callgrind)"
        if value is None:
            value = bench_otel.overhead(data["otel"], bench_otel.API_ONLY)
            what = "CPU"
        add_ratio(
            f"create {what} @ 50 in flight, OpenTelemetry API without SDK vs none",
            value,
            bench_otel.API_ONLY_GOAL,
        )
    return rows


# --- Reports -----------------------------------------------------------------------------------


def scenario_reports(data: dict[str, Any]) -> list[tuple[str, str]]:
    """(section title, Markdown body) per scenario that ran."""
    renderers: dict[str, tuple[str, Callable[[dict[str, Any]], str]]] = {
        "create": ("Bulk create", bench_create.report),
        "transports": ("Transport options", bench_transports.report),
        "instructions": ("Instructions per create (noise-free)", bench_instructions.report),
        "saturation": ("Sending near the account's limit", bench_saturation.report),
        "journal": ("Campaign journal cost", bench_journal.report),
        "list": ("List (stream)", bench_list.report),
        "decode": ("Decode only", bench_decode.report),
        "memory": ("Memory", bench_memory.report),
        "import": ("Import time", bench_import.report),
        "otel": ("Tracing overhead (OpenTelemetry)", bench_otel.report),
    }
    return [
        (renderers[name][0], renderers[name][1](data[name])) for name in SCENARIOS if name in data
    ]


def machine_section(meta: dict[str, Any]) -> str:
    """The machine and versions as a Markdown list."""
    machine = meta["machine"]
    packages = ", ".join(f"{name} {version}" for name, version in machine["packages"].items())
    pinning = meta.get("cpu_pinning") or {}
    pin_text = (
        f"client on CPU {pinning.get('client')}, fake server on CPU {pinning.get('server')}"
        if pinning.get("client") is not None
        else "not pinned (fewer than 2 usable cores)"
    )
    return "\n".join(
        [
            f"- Date: {meta['date']}",
            f"- CPU: {machine['cpu_model']} ({machine['cores']} cores, "
            f"{machine['usable_cores']} usable)",
            f"- OS: {machine['os']}",
            f"- Python: {machine['implementation']} {machine['python']}",
            f"- Packages: {packages}",
            f"- Pinning: {pin_text}",
            f"- Mode: {'quick (smoke-test sizes)' if meta.get('quick') else 'full'}",
        ]
    )


def write_markdown(data: dict[str, Any], meta: dict[str, Any], chart: bool) -> str:
    """Build RESULTS.md's text."""
    parts = [
        "# twilio_async benchmark results",
        "",
        "Generated by `benchmarks/run_all.py`; see `benchmarks/README.md` for what each scenario"
        " measures. Ratios compare clients measured in the same run (medians of alternating"
        " repetitions); absolute numbers depend on the machine and its load.",
        "",
        "## Machine",
        "",
        machine_section(meta),
        "",
        "## Targets",
        "",
        c.markdown_table(["target", "measured", "goal", "verdict"], targets(data)),
    ]
    if chart:
        parts += ["", "![benchmark chart](results.png)"]
    for title, body in scenario_reports(data):
        parts += ["", f"## {title}", "", body]
    return "\n".join(parts) + "\n"


# --- Chart -------------------------------------------------------------------------------------


CHARTED = frozenset(
    {"create", "transports", "list", "decode", "memory", "import", "otel", "instructions"}
)


def write_chart(data: dict[str, Any], path: Path) -> bool:
    """Draw one panel per scenario into ``path``; ``False`` when matplotlib is missing."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    # Saturation and journal are tables of ratios and counts; they have no chart panel.
    panels = [name for name in SCENARIOS if name in data and name in CHARTED]
    if not panels:
        return False
    if "create" in panels:
        panels.insert(panels.index("create") + 1, "create_rate")
    cols = min(3, len(panels))
    rows = (len(panels) + cols - 1) // cols
    fig, axes = plt.subplots(rows, cols, figsize=(6 * cols, 4.2 * rows), squeeze=False)
    flat = [ax for row in axes for ax in row]
    for ax, name in zip(flat, panels, strict=False):
        _draw_panel(ax, name, data["create" if name == "create_rate" else name])
    for ax in flat[len(panels) :]:
        ax.set_visible(False)
    fig.suptitle("twilio_async vs peers (medians; lower is better unless noted)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True


def _bars(ax: Any, labels: list[str], values: list[float | None], ylabel: str) -> None:
    heights = [v if v is not None else 0.0 for v in values]
    bars = ax.bar(range(len(labels)), heights, color=[_color(label) for label in labels])
    ax.set_xticks(range(len(labels)))
    ax.set_xticklabels(labels, rotation=20, ha="right", fontsize=8)
    ax.set_ylabel(ylabel)
    for bar, value in zip(bars, values, strict=True):
        text = c.NA if value is None else c.fmt(value)
        ax.annotate(
            text,
            (bar.get_x() + bar.get_width() / 2, bar.get_height()),
            ha="center",
            va="bottom",
            fontsize=7,
        )


_COLORS = {
    c.OFFICIAL: "#d62728",
    c.TWILIO_ASYNC: "#1f77b4",
    c.TWILIO_ASYNC_MANY: "#17becf",
    c.HTTPX: "#9467bd",
    c.AIOHTTP: "#7f7f7f",
    bench_transports.HTTPCORE: "#9467bd",
    bench_transports.ADAPTER: "#c5b0d5",
    bench_transports.FAST: "#1f77b4",
    bench_transports.FAST_DIRECT: "#aec7e8",
}


def _color(label: str) -> str:
    label = label.split(" @ ")[0]
    if label.endswith("(collect=True)"):
        return "#aec7e8"
    if label.startswith("create_many"):
        return "#17becf"
    return _COLORS.get(label, "#2ca02c" if label.startswith("twilio_async") else "#bcbd22")


def _draw_panel(ax: Any, name: str, data: dict[str, Any]) -> None:
    if name in ("create", "create_rate"):
        key = "cpu_us_per_msg" if name == "create" else "msgs_per_s"
        levels: list[int] = data["levels"]
        clients: list[str] = data["clients"]
        width = 0.8 / max(1, len(clients))
        for i, client in enumerate(clients):
            values = [_level(data, client, lvl, key) for lvl in levels]
            xs = [j + (i - (len(clients) - 1) / 2) * width for j in range(len(levels))]
            ax.bar(
                xs,
                [v if v is not None else 0.0 for v in values],
                width,
                label=client,
                color=_color(client),
            )
        ax.set_xticks(range(len(levels)))
        ax.set_xticklabels([f"{lvl} in flight" for lvl in levels])
        ax.set_yscale("log")
        if name == "create":
            ax.set_ylabel("client CPU µs / message (log)")
            ax.set_title(f"Bulk create: CPU ({data['n']:,} messages)")
            ax.legend(fontsize=7)
        else:
            ax.set_ylabel("messages / s, wall clock (log)")
            ax.set_title("Bulk create: throughput (higher is better)")
        return
    if name == "transports":
        level = bench_transports.chart_level(data)
        rows: list[str] = data["clients"]
        values = [_level(data, row, level, "cpu_us_per_req") for row in rows]
        _bars(ax, rows, values, "client CPU µs / request (log)")
        ax.set_yscale("log")  # httpcore is an order of magnitude above the rest
        ax.set_title(f"Transport options: CPU @ {level} in flight")
        return
    if name == "memory":
        sizes: list[int] = data["sizes"]
        labels, values = [], []
        for client in data["clients"]:
            entry = data["results"].get(client, {})
            for size in sizes:
                peak = (entry.get(size) or entry.get(str(size)) or {}).get("peak_mb")
                if peak is None and client != bench_memory.FLAT:
                    continue  # reference rows run at the smallest N only
                short = client.replace("twilio_async create_many ", "create_many ")
                labels.append(f"{short} @ {size:,}")
                values.append(peak)
        _bars(ax, labels, values, "peak RSS MB")
        ax.set_title("Memory: create N from a generator")
        return
    key, ylabel, title = {
        "list": ("cpu_us_per_record", "client CPU µs / record", "List: stream records"),
        "decode": ("cpu_us_per_record", "CPU µs / record", "Decode only"),
        "import": ("import_ms", "ms", "Import time"),
        "otel": ("cpu_us_per_msg", "client CPU µs / create", "Tracing cost @ 50 in flight"),
        "instructions": (
            "instructions_per_create",
            "instructions / create",
            "Instructions per create @ 50 in flight",
        ),
    }[name]
    clients = data["clients"]
    _bars(ax, clients, [_value(data, client, key) for client in clients], ylabel)
    ax.set_title(title)


# --- Entry point -------------------------------------------------------------------------------


def main() -> None:
    """Command line: measure (or re-render), print tables, write the result files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small smoke run")
    parser.add_argument("--only", type=str, default=None, help=f"subset of {','.join(SCENARIOS)}")
    parser.add_argument("--render", action="store_true", help="re-render from results.json")
    parser.add_argument(
        "--merge", action="store_true", help="with --only: keep the other scenarios' saved results"
    )
    args = parser.parse_args()
    if args.render:
        saved = json.loads(RESULTS_JSON.read_text())
        data, meta = saved["data"], saved["meta"]
    else:
        names = tuple(args.only.split(",")) if args.only else SCENARIOS
        unknown = set(names) - set(SCENARIOS)
        if unknown:
            parser.error(f"unknown scenarios: {', '.join(sorted(unknown))}")
        start = time.perf_counter()
        data = run_scenarios(names, args.quick)
        if args.merge and RESULTS_JSON.exists():
            saved = json.loads(RESULTS_JSON.read_text())["data"]
            data = {name: data.get(name, saved.get(name)) for name in SCENARIOS}
            data = {name: value for name, value in data.items() if value is not None}
        client_cpu, server_cpu = c.cpu_plan()
        meta = {
            "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "machine": c.machine_info(),
            "quick": args.quick,
            "cpu_pinning": {"client": client_cpu, "server": server_cpu},
            "elapsed_s": time.perf_counter() - start,
        }
        RESULTS_JSON.parent.mkdir(exist_ok=True)
        RESULTS_JSON.write_text(json.dumps({"meta": meta, "data": data}, indent=1) + "\n")
    for title, body in scenario_reports(data):
        print(f"\n## {title}\n\n{body}")
    print("\n## Targets\n")
    print(c.markdown_table(["target", "measured", "goal", "verdict"], targets(data)))
    chart = write_chart(data, RESULTS_PNG)
    RESULTS_MD.write_text(write_markdown(data, meta, chart))
    written = [RESULTS_MD, RESULTS_JSON] + ([RESULTS_PNG] if chart else [])
    print(f"\nwrote {', '.join(str(path.relative_to(c.REPO_ROOT)) for path in written)}")


if __name__ == "__main__":
    main()
