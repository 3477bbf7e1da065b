"""Prism mock servers for Twilio's OpenAPI specs, one process per spec per test session.

Prism (``@stoplight/prism-cli``, pinned in ``tests/prism/package.json``) answers with the spec's
examples (or, in dynamic mode, with random schema-shaped data) and rejects requests that break
the spec with a 422 whose body lists ``validation`` errors. Each fixture starts its server the
first time a test asks for it and stops it at the end of the session.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests import spec

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[2]
PRISM_DIR = REPO_ROOT / "tests" / "prism"
PRISM_BIN = PRISM_DIR / "node_modules" / ".bin" / "prism"
INSTALL_HINT = "run `make test` (or `npm ci --prefix tests/prism`) to install Prism"

HOST = "127.0.0.1"
READY_LINE = "Prism is listening"
# Prism parses the 1.9 MB v2010 spec before listening: about 4 s on two busy cores.
STARTUP_DEADLINE_SECONDS = 60.0
POLL_SECONDS = 0.05
STOP_GRACE_SECONDS = 10.0
LOG_TAIL_LINES = 40
PORT_ATTEMPTS = 3


@dataclass
class PrismServer:
    """A running ``prism mock`` process and where to find it."""

    name: str
    base_url: str
    process: subprocess.Popen[bytes]
    log_path: Path
    startup_seconds: float

    def log_tail(self, lines: int = LOG_TAIL_LINES) -> str:
        """Return the last ``lines`` lines Prism wrote (its request log and errors)."""
        return _tail(self.log_path, lines)


# Servers started in this session, by fixture name, so failure reports can show their logs.
_STARTED: dict[str, PrismServer] = {}
_STARTUP_SECONDS: dict[str, float] = {}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under this directory ``prism`` (``-m "not prism"`` skips them all)."""
    for item in items:
        if HERE in item.path.resolve().parents:
            item.add_marker(pytest.mark.prism)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item,
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Attach the tail of each Prism log a failed test used to its report."""
    report = yield
    if report.failed:
        for fixture_name in getattr(item, "fixturenames", ()):
            server = _STARTED.get(fixture_name)
            if server is not None:
                report.sections.append((f"Prism log tail ({server.name})", server.log_tail()))
    return report


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Report how long each Prism took to start: it dominates the run time of these tests."""
    if _STARTUP_SECONDS:
        timings = ", ".join(f"{name} {secs:.1f} s" for name, secs in _STARTUP_SECONDS.items())
        terminalreporter.write_line(f"Prism startup: {timings}")


def _tail(path: Path, lines: int) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        return f"<no log at {path}: {error}>"
    return "\n".join(text.splitlines()[-lines:])


def _check_installation() -> None:
    if shutil.which("node") is None:
        pytest.fail(f"node is not on PATH: install Node 20 and npm, then {INSTALL_HINT}")
    if not os.access(PRISM_BIN, os.X_OK):
        pytest.fail(f"Prism is not installed at {PRISM_BIN}: {INSTALL_HINT}")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def _accepts_connections(port: int) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=POLL_SECONDS):
            return True
    except OSError:
        return False


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    # Prism runs in its own session, so its process group holds only Prism and its children.
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=STOP_GRACE_SECONDS)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            return
        process.wait()


def _launch(name: str, spec_file: Path, log_path: Path, extra_args: list[str]) -> PrismServer:
    """Start Prism and return once it accepts connections; ``pytest.fail`` if it cannot."""
    failures: list[str] = []
    for attempt in range(1, PORT_ATTEMPTS + 1):
        port = _free_port()
        command = [str(PRISM_BIN), "mock", str(spec_file), "-h", HOST, "-p", str(port)]
        command += extra_args
        attempt_log = log_path.with_suffix(f".{attempt}.log")
        started = time.monotonic()
        with attempt_log.open("wb") as log:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                env={**os.environ, "FORCE_COLOR": "0", "NO_COLOR": "1"},
                cwd=PRISM_DIR,
            )
        server = PrismServer(name, f"http://{HOST}:{port}", process, attempt_log, 0.0)
        deadline = started + STARTUP_DEADLINE_SECONDS
        try:
            while True:
                # Waiting on the process doubles as the poll interval and notices an early exit.
                try:
                    process.wait(timeout=POLL_SECONDS)
                except subprocess.TimeoutExpired:
                    pass
                else:
                    break
                ready = READY_LINE in attempt_log.read_text(encoding="utf-8", errors="replace")
                if ready and _accepts_connections(port):
                    server.startup_seconds = time.monotonic() - started
                    return server
                if time.monotonic() > deadline:
                    pytest.fail(
                        f"Prism ({name}) did not answer on port {port} within "
                        f"{STARTUP_DEADLINE_SECONDS:.0f} s. Log tail from {attempt_log}:\n"
                        f"{server.log_tail()}"
                    )
        except BaseException:
            # An interrupt (Ctrl-C) or failure while waiting must not leave Prism running.
            _stop(process)
            raise
        log_tail = server.log_tail()
        failures.append(f"attempt {attempt} (port {port}), exit {process.returncode}:\n{log_tail}")
        # Another process may have taken the port between probing and Prism binding it.
        if "EADDRINUSE" not in log_tail:
            break
    pytest.fail(
        f"Prism ({name}) exited before listening (if Prism itself is broken, {INSTALL_HINT}).\n"
        + "\n".join(failures)
    )


def _serve(
    fixture_name: str,
    spec_name: str,
    tmp_path_factory: pytest.TempPathFactory,
    extra_args: list[str] | None = None,
) -> Iterator[str]:
    _check_installation()
    try:
        spec_file = spec.spec_path(spec_name)
    except FileNotFoundError as error:
        missing = str(error)
    else:
        missing = ""
    if missing:
        pytest.fail(missing)
    log_path = tmp_path_factory.mktemp("prism") / f"{fixture_name}.log"
    server = _launch(fixture_name, spec_file, log_path, extra_args or [])
    _STARTED[fixture_name] = server
    _STARTUP_SECONDS[fixture_name] = server.startup_seconds
    try:
        yield server.base_url
    finally:
        _STARTED.pop(fixture_name, None)
        _stop(server.process)


@pytest.fixture(scope="session")
def prism_v2010(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL (``http://127.0.0.1:PORT``) of Prism serving the v2010 API from its examples."""
    yield from _serve("prism_v2010", "api_v2010", tmp_path_factory)


@pytest.fixture(scope="session")
def prism_v2010_dynamic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of Prism serving the v2010 API with random, schema-shaped data (``-d``)."""
    yield from _serve("prism_v2010_dynamic", "api_v2010", tmp_path_factory, ["-d"])


@pytest.fixture(scope="session")
def prism_verify_v2(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of Prism serving the Verify v2 API from its examples."""
    yield from _serve("prism_verify_v2", "verify_v2", tmp_path_factory)
