"""Which journal state each outcome of a create gets: what a resumed campaign may resend."""

from __future__ import annotations

import hashlib
import hmac

import httpx
import pytest

from twilio_async import (
    ClientClosedError,
    InvalidRequestError,
    RateLimitError,
    RecordDecodeError,
    ServerError,
    TwilioConnectionError,
    TwilioOutcomeUnknownError,
)
from twilio_async._campaign_messages import keyed_digest
from twilio_async._journal import FAILED, RETRY, SENT, UNKNOWN, state_of

IDENTITY = {"method": "POST", "url": "https://api.twilio.com/x", "params": {}}


def api_error(cls: type, status: int, code: int) -> object:
    return cls(status=status, code=code, message="m", **IDENTITY)


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        (object(), (SENT, None)),
        (api_error(InvalidRequestError, 400, 21211), (FAILED, 21211)),
        (api_error(RateLimitError, 429, 20429), (RETRY, 20429)),
        (api_error(ServerError, 503, 20503), (RETRY, 20503)),
        (TwilioConnectionError("refused", **IDENTITY), (RETRY, None)),
        (ClientClosedError("closed"), (RETRY, None)),
        (RecordDecodeError("Message", "bad"), (UNKNOWN, None)),
    ],
)
def test_each_outcome_has_a_state(result: object, expected: tuple[str, int | None]) -> None:
    state, code, _ = state_of(result)
    assert (state, code) == expected


def test_an_unknown_outcome_is_never_resent_blindly() -> None:
    cause = TwilioConnectionError("read timeout", **IDENTITY)
    cause.__cause__ = httpx.ReadTimeout("read")
    error = TwilioOutcomeUnknownError(cause=cause, attempts=1, **IDENTITY)
    assert state_of(error)[0] == UNKNOWN


def test_bodies_are_stored_as_keyed_digests() -> None:
    salt, other = b"s" * 16, b"t" * 16
    assert keyed_digest(salt, "hello") == keyed_digest(salt, "hello") != keyed_digest(salt, "hi")
    assert keyed_digest(salt, "hello") != keyed_digest(other, "hello")  # another journal
    assert len(keyed_digest(salt, "x")) == 32
    # Not the unsalted SHA-256 a short one-time code could be recovered from.
    assert keyed_digest(salt, "4242") not in hashlib.sha256(b"4242").hexdigest()


@pytest.mark.parametrize("salt_length", [0, 16, 64, 65])
def test_keyed_digests_are_hmac_sha256(salt_length: int) -> None:
    # keyed_digest keeps the padded key's hash states per salt: still plain HMAC-SHA256,
    # so journals written before (or by another implementation) keep matching.
    salt = bytes(range(salt_length))
    for text in ("", "hello", "é" * 100):
        expected = hmac.digest(salt, text.encode(), "sha256")[:16].hex()
        assert keyed_digest(salt, text) == expected
