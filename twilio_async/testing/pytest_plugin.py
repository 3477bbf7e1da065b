"""Pytest fixtures for code that talks to Twilio through ``twilio_async``.

Enable them with one line in your top-level ``conftest.py``::

    pytest_plugins = ["twilio_async.testing.pytest_plugin"]

Then ask for ``fake_twilio``: a fresh ``FakeTwilio`` with test credentials for each test.
``fake_twilio.client()`` gives a ``twilio_async.Client`` answered in-process, and
``fake_twilio.messages`` / ``fake_twilio.stats`` show what your code sent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from twilio_async.testing import FakeTwilio

__all__ = ["fake_twilio"]


@pytest.fixture
def fake_twilio() -> FakeTwilio:
    """A fresh fake Twilio (``TEST_ACCOUNT_SID`` / ``TEST_AUTH_TOKEN``) for one test."""
    # Imported here so that merely enabling the plugin does not require Starlette.
    from twilio_async.testing import FakeTwilio

    return FakeTwilio()
