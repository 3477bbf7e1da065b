"""The fake on real sockets (thread runner, command line), its pytest plugin, and
``fake.client()`` wiring a ``twilio_async.Client`` to it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest
import trio

from tests.integration.fake._helpers import SEND, checked_client, messages_path
from tests.integration.fake._spec_check import SpecChecker
from twilio_async.testing import FakeTwilio

KEY_SID, KEY_SECRET = "SK" + "7" * 32, "a-test-key-secret"


async def test_run_in_thread_serves_on_a_free_local_port(
    fake: FakeTwilio, spec_checker: SpecChecker
) -> None:
    with fake.run_in_thread() as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        async with checked_client(fake, spec_checker, base_url=base_url) as api:
            created = await api.post(messages_path(fake), data=SEND)
            listed = await api.get(messages_path(fake))
    assert created.status_code == 201
    assert [message["sid"] for message in listed.json()["messages"]] == [created.json()["sid"]]
    assert fake.messages[0].sid == created.json()["sid"]
    async with httpx.AsyncClient() as after:
        with pytest.raises(httpx.ConnectError):
            await after.get(base_url + messages_path(fake))


def test_run_in_thread_serves_trio_clients(fake: FakeTwilio) -> None:
    async def use(base_url: str) -> int:
        auth = (fake.account_sid, fake.auth_token)
        async with httpx.AsyncClient(base_url=base_url, auth=auth) as client:
            response = await client.post(messages_path(fake), data=SEND)
        return response.status_code

    with fake.run_in_thread() as base_url:
        status = trio.run(use, base_url)
    assert status == 201
    assert len(fake.messages) == 1


def test_the_command_line_serves_and_prints_how_to_connect(tmp_path: Path) -> None:
    env = {**os.environ, "TWILIO_AUTH_TOKEN": "0123456789abcdef0123456789abcdef"}
    command = [
        sys.executable,
        "-m",
        "twilio_async.testing",
        "serve",
        "--port",
        "0",
        "--auth-token",
        "chosen-test-token",
    ]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as server:
        try:
            assert server.stdout is not None
            first_line = server.stdout.readline()
            assert first_line.startswith("Fake Twilio listening on http://127.0.0.1:")
            base_url = first_line.split()[-1]
            banner = first_line + "".join(server.stdout.readline() for _ in range(4))
            fake = FakeTwilio(auth_token="chosen-test-token")
            auth = (fake.account_sid, "chosen-test-token")
            response = httpx.get(base_url + messages_path(fake), auth=auth)
            # Every product, named in the path as the printed base_url template says.
            verify = httpx.post(
                base_url + "/verify/v2/Services", data={"FriendlyName": "CLI"}, auth=auth
            )
        finally:
            server.terminate()
            server.wait(timeout=30)
    assert response.status_code == 200
    assert (verify.status_code, verify.json()["friendly_name"]) == (201, "CLI")
    assert f"base_url='{base_url}/{{product}}'" in banner
    assert "chosen-test-token" in banner
    assert env["TWILIO_AUTH_TOKEN"] not in banner


def test_the_pytest_plugin_provides_a_fresh_fake_per_test(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(
        'pytest_plugins = ["twilio_async.testing.pytest_plugin"]\n', encoding="utf-8"
    )
    (tmp_path / "test_uses_fixture.py").write_text(
        textwrap.dedent(
            """
            import asyncio

            import httpx

            async def send(fake):
                transport = httpx.ASGITransport(app=fake)
                async with httpx.AsyncClient(transport=transport, base_url=fake.base_url) as c:
                    return await c.post(
                        f"/2010-04-01/Accounts/{fake.account_sid}/Messages.json",
                        data={"To": "+15558675310", "From": "+15017122661", "Body": "Hi"},
                        auth=(fake.account_sid, fake.auth_token),
                    )

            def test_sends(fake_twilio):
                assert asyncio.run(send(fake_twilio)).status_code == 201
                assert [m.body for m in fake_twilio.messages] == ["Hi"]

            def test_is_fresh(fake_twilio):
                assert fake_twilio.messages == []
            """
        ),
        encoding="utf-8",
    )
    # Only the plugin under test: entry-point plugins (including stale ones) stay unloaded.
    env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


def test_enabling_the_plugin_does_not_import_starlette() -> None:
    code = (
        "import sys, twilio_async.testing.pytest_plugin\n"
        "assert 'starlette' not in sys.modules, 'starlette imported'\n"
        "from twilio_async.testing import FakeTwilio\n"
        "assert 'starlette' in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr


async def test_fake_client_round_trip() -> None:
    fake = FakeTwilio()
    async with fake.client() as client:
        created = await client.messages.create(to="+15558675310", from_="+15017122661", body="Hi")
        sid = created.sid
        assert sid is not None
        fetched = await client.messages(sid).fetch()
        listed = await client.messages.list(limit=10)
        redacted = await client.messages(sid).update(body="")
        deleted = await client.messages(sid).delete()
    assert fetched.sid == sid == listed[0].sid
    assert fetched.body == "Hi"
    assert redacted.body == ""
    assert deleted is True
    assert fake.messages == []
    assert [request.status for request in fake.requests] == [201, 200, 200, 200, 204]


async def test_fake_client_with_an_api_key() -> None:
    fake = FakeTwilio(api_keys={KEY_SID: KEY_SECRET})
    async with fake.client(api_key=KEY_SID, api_secret=KEY_SECRET) as client:
        await client.messages.create(to="+15558675310", from_="+15017122661", body="Hi")
    assert fake.requests[-1].username == KEY_SID
