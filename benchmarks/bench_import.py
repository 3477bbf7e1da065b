"""Import time: fresh interpreters import each client, median of several alternating runs.

The figure is the time spent in the import statement itself (``time.perf_counter`` around it
inside the child), so interpreter start-up is excluded; the whole child's wall time is shown
too. One discarded run per variant first writes the bytecode caches, as ``pip install`` does
for an installed package: the children run with ``PYTHONDONTWRITEBYTECODE`` removed from
their environment and ``PYTHONPYCACHEPREFIX`` pointing into ``benchmarks/_out/``, so the
checkout stays clean. (With ``PYTHONDONTWRITEBYTECODE=1`` inherited, ``twilio_async``, which
is imported from the checkout, was compiled from source on every run while the official SDK
read the bytecode pip had written: that alone cost it some 100 ms.)

Each client is measured in two kinds of environment:

- **its own clean virtualenv** (the rows without a suffix): only the package and the
  dependencies it declares, at the versions of the project venv (``pip freeze`` is the
  constraints file). This is what ``pip install twilio-async`` or ``pip install twilio``
  gives a user. The venvs are cached under ``benchmarks/_out/venvs``; ``twilio_async``
  itself is imported from this checkout.
- **the project's dev venv** (rows ending in "(dev venv)"), which also holds the test and
  benchmark tools. There, ``import httpx`` also imports httpx's command-line module, because
  click, rich and pygments happen to be installed, which costs httpx-based clients about
  60-110 ms; the official SDK does not use httpx.

Run: ``.venv/bin/python benchmarks/bench_import.py [--quick]``
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Any

import _common as c

OFFICIAL_ASYNC = "official, async client"
TWILIO_ASYNC_CLIENT = "twilio_async, Client"
DEV = " (dev venv)"
OFFICIAL_ASYNC_STMT = (
    "from twilio.rest import Client\n"
    "from twilio.http.async_http_client import AsyncTwilioHttpClient"
)
TWILIO_ASYNC_CLIENT_STMT = "from twilio_async import Client, Message"
# Each row's ratio is against the official statement that does the same job: the package,
# or the async client; in the same kind of environment.
_REFERENCE = {TWILIO_ASYNC_CLIENT: OFFICIAL_ASYNC, OFFICIAL_ASYNC: OFFICIAL_ASYNC}
_CLEAN: dict[str, str] = {
    c.OFFICIAL: "from twilio.rest import Client",
    OFFICIAL_ASYNC: OFFICIAL_ASYNC_STMT,
    c.TWILIO_ASYNC: "import twilio_async",
    TWILIO_ASYNC_CLIENT: TWILIO_ASYNC_CLIENT_STMT,
    c.HTTPX: "import httpx",
}
VARIANTS: dict[str, str] = {
    **_CLEAN,
    **{name + DEV: statement for name, statement in _CLEAN.items()},
    c.AIOHTTP + DEV: "import aiohttp",
}
VENV_DIR = c.BENCH_DIR / "_out" / "venvs"


def reference_of(name: str) -> str:
    """The official row that ``name``'s ratio is taken against."""
    dev = name.endswith(DEV)
    base = name.removesuffix(DEV)
    return _REFERENCE.get(base, c.OFFICIAL) + (DEV if dev else "")


def _package(name: str) -> str:
    """The distribution a clean-venv row measures."""
    if name in (c.OFFICIAL, OFFICIAL_ASYNC):
        return "twilio"
    return "httpx" if name == c.HTTPX else "twilio-async"


def _requirements(package: str) -> list[str]:
    """What a user would install for ``package`` (twilio_async: its declared dependencies)."""
    if package != "twilio-async":
        return [package]
    declared = metadata.requires("twilio-async") or []
    return [req for req in declared if "extra ==" not in req]


def clean_python(name: str) -> Path:
    """The interpreter of ``name``'s own clean venv, created (and cached) on first use."""
    freeze = subprocess.run(
        [sys.executable, "-m", "pip", "freeze", "--exclude-editable"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    constraints = "".join(
        line + "\n" for line in freeze.splitlines() if "==" in line and "twilio-async" not in line
    )
    package = _package(name)
    requirements = _requirements(package)
    key = hashlib.sha256(
        (sys.version + "\n".join(requirements) + constraints).encode()
    ).hexdigest()[:12]
    venv = VENV_DIR / f"{package}-{key}"
    python = venv / "bin" / "python"
    if python.exists():
        return python
    print(f"  creating a clean venv for {package} ({', '.join(requirements)})", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write(constraints)
    try:
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "-c", handle.name, *requirements],
            check=True,
            capture_output=True,
        )
    finally:
        Path(handle.name).unlink()
    return python


_PROBE = (
    "import time\n"
    "_t0 = time.perf_counter()\n"
    "{statement}\n"
    "_t1 = time.perf_counter()\n"
    "import sys, json\n"
    "print(json.dumps({{'import_s': _t1 - _t0, 'modules': len(sys.modules)}}))\n"
)


def _child_env() -> dict[str, str]:
    """The environment of a timed child: bytecode caches written and read, outside the tree."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(c.BENCH_DIR / "_out" / "pycache")
    return env


def measure(statement: str, cpu: int | None, python: str | Path = sys.executable) -> dict[str, Any]:
    """Run ``statement`` in a fresh interpreter; return import seconds and process wall time."""
    code = _PROBE.format(statement=statement)
    cmd = [str(python), "-c", code]
    if cpu is not None:
        # taskset pins the child from its first instruction; fall back to no pinning.
        from shutil import which

        if which("taskset"):
            cmd = ["taskset", "-c", str(cpu), *cmd]
    start = time.perf_counter()
    proc = subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=c.REPO_ROOT,
        env=_child_env(),
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
        name for name in VARIANTS if unavailable is None or not name.startswith(c.TWILIO_ASYNC)
    ]
    pythons: dict[str, str | Path] = {name: sys.executable for name in names}
    for name in names:
        if not name.endswith(DEV):
            try:
                pythons[name] = clean_python(name)
            except subprocess.CalledProcessError as exc:
                print(f"  no clean venv for {name}: {exc}", file=sys.stderr)
                names = [n for n in names if n != name]
    client_cpu, _ = c.cpu_plan()
    samples: dict[str, list[dict[str, Any]]] = {name: [] for name in VARIANTS}
    errors: dict[str, str] = {}
    for name in names:
        measure(VARIANTS[name], client_cpu, pythons[name])
    for rep, name in c.alternating(names, reps):
        result = measure(VARIANTS[name], client_cpu, pythons[name])
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
    rows = []
    for name in data["clients"]:
        reference = results.get(reference_of(name), {}).get("import_ms")
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
        "Rows without a suffix ran in a clean venv holding only that package and its declared "
        "dependencies (what `pip install` gives a user); '(dev venv)' rows ran in the project "
        "venv, where httpx also imports its command-line module because click, rich and pygments "
        "are installed. Ratios compare with the official SDK in the same kind of environment: "
        "the package with `from twilio.rest import Client`, the async client with the official "
        "async client.",
        "",
        "Statements: "
        + "; ".join(
            f"{name}: `{stmt.replace(chr(10), '; ')}`"
            for name, stmt in data["statements"].items()
            if not name.endswith(DEV)
        )
        + "; raw aiohttp: `import aiohttp`",
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
