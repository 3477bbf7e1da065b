"""``python -m twilio_async.testing``: argument parsing and what ``serve`` prints."""

from __future__ import annotations

import io
import socket
from typing import Any

import httpx
import pytest

from twilio_async.testing import TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, FakeTwilio
from twilio_async.testing.__main__ import build_fake, build_parser, main

OTHER_SID = "AC" + "1" * 32


def test_serve_defaults() -> None:
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port) == ("127.0.0.1", 8080)
    assert (args.account_sid, args.auth_token) == (TEST_ACCOUNT_SID, TEST_AUTH_TOKEN)
    assert (args.max_concurrency, args.fail_rate, args.seed, args.latency) == (None, 0.0, 0, 0.0)
    assert (args.api_key, args.advance_on_fetch, args.access_log) == (None, False, False)


def test_serve_accepts_every_option() -> None:
    argv = [
        "serve",
        "--port=9000",
        "--host=0.0.0.0",
        f"--account-sid={OTHER_SID}",
        "--auth-token=tok",
        "--api-key=SK" + "2" * 32,
        "--api-secret=sec",
        "--max-concurrency=4",
        "--fail-rate=0.05",
        "--seed=1",
        "--latency=0.01",
        "--advance-on-fetch",
        "--sent-after=1",
        "--delivered-after=2.5",
        "--log-level=info",
        "--access-log",
    ]
    args = build_parser().parse_args(argv)
    assert (args.host, args.port, args.account_sid, args.auth_token) == (
        "0.0.0.0",
        9000,
        OTHER_SID,
        "tok",
    )
    assert (args.max_concurrency, args.fail_rate, args.seed) == (4, 0.05, 1)
    assert (args.latency, args.sent_after, args.delivered_after) == (0.01, 1.0, 2.5)
    assert (args.advance_on_fetch, args.access_log, args.log_level) == (True, True, "info")
    fake = build_fake(args)
    assert (fake.account_sid, fake.auth_token) == (OTHER_SID, "tok")


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["serve", "--fail-rate=1.5"],
        ["serve", "--fail-rate=-0.1"],
        ["serve", "--max-concurrency=0"],
        ["serve", "--port=http"],
        ["serve", "--latency=-1"],
        ["launch"],
    ],
)
def test_bad_arguments_exit_with_usage(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(argv)
    assert exited.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_an_api_key_needs_its_secret() -> None:
    args = build_parser().parse_args(["serve", "--api-key=SK" + "3" * 32])
    with pytest.raises(SystemExit, match="go together"):
        build_fake(args)


async def test_the_built_fake_honours_the_options() -> None:
    key = "SK" + "4" * 32
    argv = ["serve", f"--api-key={key}", "--api-secret=sec", "--max-concurrency=1"]
    fake = build_fake(build_parser().parse_args(argv))
    transport = httpx.ASGITransport(app=fake)
    async with httpx.AsyncClient(transport=transport, base_url=fake.base_url) as client:
        path = f"/2010-04-01/Accounts/{fake.account_sid}/Messages.json"
        with_key = await client.get(path, auth=(key, "sec"))
    assert with_key.status_code == 200
    failing = build_fake(build_parser().parse_args(["serve", "--fail-rate=1"]))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=failing)) as client:
        url = f"{failing.base_url}/2010-04-01/Accounts/{failing.account_sid}/Messages.json"
        response = await client.get(url, auth=(failing.account_sid, failing.auth_token))
    assert response.status_code == 503


def test_main_prints_the_url_and_credentials_then_serves(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "fedcba9876543210fedcba9876543210")
    served: dict[str, Any] = {}

    def serve(app: FakeTwilio, sock: socket.socket, **options: Any) -> None:
        served.update(app=app, port=sock.getsockname()[1], options=options)

    out = io.StringIO()
    code = main(["serve", "--port=0", "--auth-token=my-test-token"], serve=serve, out=out)

    assert code == 0
    printed = out.getvalue()
    port = served["port"]
    assert port != 0
    assert printed.splitlines()[0] == f"Fake Twilio listening on http://127.0.0.1:{port}"
    assert TEST_ACCOUNT_SID in printed
    assert "my-test-token" in printed
    assert "fedcba9876543210fedcba9876543210" not in printed
    assert served["app"].auth_token == "my-test-token"
    assert served["options"] == {"log_level": "warning", "access_log": False}
