"""The pytest plugin: found through its entry point, and its fixtures work under
pytest-asyncio (strict and auto mode) and under the anyio plugin (asyncio and trio), with
no configuration beyond each runner's own marker."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

# Only the runner's own settings (the loop scope silences pytest-asyncio's deprecation
# warning about its own default); nothing about twilio_async.
INI = "[pytest]\nasyncio_mode = {mode}\nasyncio_default_fixture_loop_scope = function\n"

TESTS = """
import pytest

from twilio_async import Client
from twilio_async.testing import FakeTwilio


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request):
    return request.param


async def send(client: Client, fake: FakeTwilio, body: str) -> None:
    async with client:
        await client.messages.create(to="+15558675310", from_="+15017122661", body=body)
        service = await client.verify.v2.services.create(friendly_name=body)
    assert [m.body for m in fake.messages] == [body]
    assert [s["sid"] for s in fake.records("verify.v2.services")] == [service.sid]


@pytest.mark.asyncio
async def test_under_pytest_asyncio(twilio_client, twilio_fake):
    await send(twilio_client, twilio_fake, "asyncio plugin")


@pytest.mark.anyio
async def test_under_anyio(twilio_client, twilio_fake, anyio_backend):
    await send(twilio_client, twilio_fake, f"anyio {anyio_backend}")


def test_in_a_sync_test(twilio_fake, fake_twilio):
    assert fake_twilio is twilio_fake
    assert twilio_fake.messages == []
"""

AUTO_MODE = """
async def test_unmarked(twilio_client, twilio_fake):
    async with twilio_client:
        await twilio_client.messages.create(to="+15558675310", from_="+15017122661", body="a")
    assert len(twilio_fake.messages) == 1


async def test_fresh_per_test(twilio_fake):
    assert twilio_fake.messages == []
"""


def test_fixtures_under_pytest_asyncio_strict_and_the_anyio_plugin(
    pytester: pytest.Pytester,
) -> None:
    pytester.makeini(INI.format(mode="strict"))
    pytester.makepyfile(test_fixtures=TESTS)

    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-q")

    result.assert_outcomes(passed=4)


def test_fixtures_under_pytest_asyncio_auto_mode(pytester: pytest.Pytester) -> None:
    pytester.makeini(INI.format(mode="auto"))
    pytester.makepyfile(test_auto=AUTO_MODE)

    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-q")

    result.assert_outcomes(passed=2)


def test_listing_the_plugin_in_a_conftest_as_well_is_harmless(pytester: pytest.Pytester) -> None:
    pytester.makeini(INI.format(mode="strict"))
    pytester.makeconftest('pytest_plugins = ["twilio_async.testing.pytest_plugin"]\n')
    pytester.makepyfile(
        test_sync="def test_it(twilio_fake):\n    assert twilio_fake.messages == []\n"
    )

    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-q")

    result.assert_outcomes(passed=1)


def test_the_entry_point_names_the_plugin_module() -> None:
    from importlib.metadata import entry_points

    (found,) = [e for e in entry_points(group="pytest11") if e.value.startswith("twilio_async")]
    assert found.name == found.value == "twilio_async.testing.pytest_plugin"
