"""Pytest fixtures for code that talks to Twilio through ``twilio_async``.

Installing ``twilio-async[testing]`` registers this plugin with pytest (entry point
``pytest11``), so the fixtures are there with no configuration:

- ``twilio_fake``: a fresh :class:`~twilio_async.testing.FakeTwilio` with test credentials
  for each test; ``twilio_fake.messages``, ``.records(...)`` and ``.requests`` show what
  your code sent.
- ``twilio_client``: a :class:`twilio_async.Client` answered in-process by ``twilio_fake``.
- ``fake_twilio``: the former name of ``twilio_fake``.

Both are plain (synchronous) fixtures: building a fake and a client needs no event loop,
and the client's in-process transport holds no sockets to close. So they work the same
under pytest-asyncio (strict or auto mode), the anyio plugin (asyncio and trio backends)
and in synchronous tests. To configure the fake, override ``twilio_fake`` in a conftest::

    @pytest.fixture
    def twilio_fake():
        return FakeTwilio(max_concurrency=5)

Without the entry point (``-p no:...``, or ``PYTEST_DISABLE_PLUGIN_AUTOLOAD``), enable it
with ``pytest_plugins = ["twilio_async.testing.pytest_plugin"]`` in a top-level conftest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from twilio_async import Client
    from twilio_async.testing import FakeTwilio

__all__ = ["fake_twilio", "twilio_client", "twilio_fake"]


def _new_fake() -> FakeTwilio:
    # Imported here: the plugin loads in every pytest run of an environment that has the
    # package, and merely loading it must not require Starlette.
    try:
        from twilio_async.testing import FakeTwilio
    except ImportError as error:  # pragma: no cover - needs an environment without the extra
        raise ImportError(
            "the twilio_fake fixture needs the testing extra: pip install 'twilio-async[testing]'"
        ) from error
    return FakeTwilio()


@pytest.fixture
def twilio_fake() -> FakeTwilio:
    """A fresh fake Twilio (``TEST_ACCOUNT_SID`` / ``TEST_AUTH_TOKEN``) for one test."""
    return _new_fake()


@pytest.fixture
def twilio_client(twilio_fake: FakeTwilio) -> Client:
    """A ``twilio_async.Client`` whose requests ``twilio_fake`` answers in-process."""
    return twilio_fake.client()


@pytest.fixture
def fake_twilio(twilio_fake: FakeTwilio) -> FakeTwilio:
    """``twilio_fake`` under its former name."""
    return twilio_fake
