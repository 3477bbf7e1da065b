"""The generated client end to end against Prism serving every one of Twilio's spec files.

One Prism process per spec file (53 with operations), started together. Every generated
operation is sent once through the real transport with its required parameters (values
built from the spec: SIDs from their patterns, enums, formats) and the answer, Prism's
example, is decoded into the operation's record. Prism validates each request against the
spec (method, path, parameter names and types, required parameters) and answers 422 when
one breaks it.

The test asserts that every product version has operations that pass end to end, and that
the share of operations passing stays at the floor measured when it was written. Failures
are Prism's own gaps (it rejects Twilio's repeated array keys, prism#2473) and the specs'
(required parameters whose examples break their own patterns); the summary lists them.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests import generated
from tests.integration.prism._contract import (
    PHONE,
    WHEN,
    Recorder,
    fake_sid,
    sample_value,
    sid_from_pattern,
    spec_kind,
)
from twilio_async import Client, TwilioAPIError
from twilio_async._operation import Operation
from twilio_async._resource import Resource

pytestmark = pytest.mark.prism

PRISM_BIN = (
    Path(__file__).resolve().parents[3] / "tests" / "prism" / "node_modules" / ".bin" / "prism"
)
ACCOUNT_SID = fake_sid("AC", "9e9e")
#: Operations that pass end to end, as a share of all generated operations (measured:
#: see the summary the test prints; raise it when the generator gets better).
MIN_PASSING = 0.95
STARTUP_SECONDS = 240.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def prism_servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Base URL of a static Prism per spec stem (``api_v2010`` -> ``http://127.0.0.1:N``)."""
    if not PRISM_BIN.exists():
        pytest.fail("Prism is not installed: run `make test` (npm ci --prefix tests/prism)")
    logs = tmp_path_factory.mktemp("prism-all")
    stems = sorted({op.spec for _, _, op in generated.operations()})
    started: dict[str, tuple[subprocess.Popen[bytes], int, Path]] = {}
    used: set[int] = set()
    attempts: Counter[str] = Counter()

    def launch(stem: str) -> None:
        port = _free_port()
        while port in used:  # ports are only taken once Prism binds them
            port = _free_port()
        used.add(port)
        attempts[stem] += 1
        log = logs / f"{stem}.{attempts[stem]}.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                [
                    str(PRISM_BIN),
                    "mock",
                    str(generated.SPEC_DIR / f"twilio_{stem}.json"),
                    "-h",
                    "127.0.0.1",
                    "-p",
                    str(port),
                ],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                cwd=PRISM_BIN.parents[2],
                env={**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"},
            )
        started[stem] = (process, port, log)

    try:
        for stem in stems:
            launch(stem)
        deadline = time.monotonic() + STARTUP_SECONDS
        waiting = set(stems)
        while waiting:
            for stem in sorted(waiting):
                process, _, log = started[stem]
                text = log.read_text(errors="replace")
                if process.poll() is not None:
                    # Another process took the port between our probe and Prism's bind.
                    if "EADDRINUSE" in text and attempts[stem] < 3:
                        launch(stem)
                        continue
                    pytest.fail(f"Prism for {stem} exited:\n{text[-2000:]}")
                if "Prism is listening" in text:
                    waiting.discard(stem)
            if time.monotonic() > deadline:
                pytest.fail(f"Prism did not start for {sorted(waiting)}")
            if waiting:
                time.sleep(0.2)  # polling a child's log file: no event to wait on
        yield {stem: f"http://127.0.0.1:{port}" for stem, (_, port, _) in started.items()}
    finally:
        for process, _, _ in started.values():
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                continue
        for process, _, _ in started.values():
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def _path_values(op: Operation[Any]) -> tuple[str, ...]:
    params = {
        p["name"]: p
        for p in (
            generated.resolve(op.spec, raw)
            for raw in generated.spec_operation(op).get("parameters", [])
        )
        if p["in"] == "path"
    }
    values = []
    for name in re.findall(r"\{([^}]+)\}", op.path):
        schema = (params.get(name) or {}).get("schema") or {}
        if name == "AccountSid":
            values.append(ACCOUNT_SID)
            continue
        value = sid_from_pattern(schema.get("pattern")) or schema.get("example")
        if value is None and schema.get("enum"):
            value = schema["enum"][0]
        if value is None and schema.get("format") == "date":
            value = WHEN.date().isoformat()
        if value is None:
            value = (
                PHONE if "phone" in name.lower() else 1 if schema.get("type") == "integer" else "US"
            )
        values.append(str(value))
    return tuple(values)


def _params(op: Operation[Any]) -> dict[str, Any]:
    data = generated.spec_operation(op)
    by_api: dict[str, dict[str, Any]] = {}
    for raw in data.get("parameters", []):
        param = generated.resolve(op.spec, raw)
        by_api[param["name"]] = generated.resolve(op.spec, param.get("schema") or {})
    content = (data.get("requestBody") or {}).get("content") or {}
    form = content.get("application/x-www-form-urlencoded")
    if form:
        schema = generated.resolve(op.spec, form.get("schema") or {})
        for name, prop in (schema.get("properties") or {}).items():
            by_api[name] = generated.resolve(op.spec, prop)
    params: dict[str, Any] = {}
    names = {**op.query, **op.form, **op.headers}
    for python in sorted(op.required):
        if python == op.body:
            media = next(iter(content.values()))
            examples = media.get("examples") or {}
            example = next(iter(examples.values()), {}) if examples else {}
            example = generated.resolve(op.spec, example).get("value")
            if example is None:
                schema = generated.resolve(op.spec, media.get("schema") or {})
                example = {
                    key: sample_value(key, generated.resolve(op.spec, prop), Any)
                    for key, prop in (schema.get("properties") or {}).items()
                    if key in schema.get("required", [])
                }
            params[python] = example
            continue
        schema = by_api.get(names[python], {})
        value = sample_value(python, schema, Any)
        if spec_kind(schema) == "date-time":
            value = WHEN
        params[python] = value
    return params


async def _run(client: Client, op: Operation[Any]) -> str | None:
    """Send ``op`` once; ``None`` when it passed, else why not."""
    resource = Resource(client.transport, _path_values(op))
    try:
        params = _params(op)
        if op.id.endswith(".list"):
            records = await resource._list(op, params, 2, None)
            assert all(isinstance(r, op.record) for r in records if op.record is not None)
        else:
            result = await resource._call(op, params)
            if op.record is not None:
                assert isinstance(result, op.record)
    except TwilioAPIError as error:
        return f"HTTP {error.status}"
    except Exception as error:  # the summary names every failure
        return f"{type(error).__name__}: {str(error)[:120]}"
    return None


async def test_every_product_version_runs_end_to_end(
    prism_servers: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    operations = [op for _, _, op in generated.operations() if op.unsupported is None]
    results: dict[str, list[tuple[str, str | None]]] = {}
    for stem, base_url in sorted(prism_servers.items()):
        recorder = Recorder()
        async with Client(
            ACCOUNT_SID,
            "prism-contract-token",
            base_url=base_url,
            retry=None,
            http_client=recorder.http_client(),
        ) as client:
            for op in operations:
                if op.spec == stem:
                    results.setdefault(stem, []).append((op.id, await _run(client, op)))
    passed = sum(1 for runs in results.values() for _, why in runs if why is None)
    total = sum(len(runs) for runs in results.values())
    reasons = Counter(why.split(":")[0] for runs in results.values() for _, why in runs if why)
    with capsys.disabled():
        print(
            f"\nPrism: {passed}/{total} generated operations pass end to end "
            f"({passed / total:.1%}); failures by kind: {dict(reasons.most_common(8))}"
        )
        for op_id, why in sorted(f for runs in results.values() for f in runs if f[1]):
            print(f"  {op_id}: {why}")
    silent = sorted(stem for stem, runs in results.items() if all(why for _, why in runs))
    assert silent == [], f"no operation passes end to end for {silent}"
    assert len(results) == len(prism_servers)
    assert passed / total >= MIN_PASSING, f"{passed}/{total} pass"
