"""Parity with the official SDK (``twilio==9.10.5``): same navigation and keywords, same request.

The oracle walks the SDK's client tree and calls each operation with every keyword set
(``_oracle.py``); the replay repeats each call on ``twilio_async`` and compares the requests
(``_replay.py``). Every mismatch must be listed in ``known_mismatches.txt`` with its reason,
and the share of operations that match must stay at or above ``MIN_PARITY``. After improving
parity: ``python -m tests.parity.report --write-known`` and raise ``MIN_PARITY``.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.parity import _oracle, _replay
from tests.parity.report import Parity, evaluate, read_known, render

#: Share of the SDK's operations that must send the same request on ours (matched / total).
MIN_PARITY = 0.989  # 2210 / 2234 today (98.9%): 2194 before the OAuth2 operations counted
#: Calls the walk of twilio==9.10.5 records (a change means the walk or the pin changed).
ORACLE_CALLS = 2234


@pytest.fixture(scope="module")
def parity() -> Parity:
    return evaluate()


def _calls_by_id(parity: Parity) -> dict[str, _oracle.OracleCall]:
    return {call.op_id: call for call in parity.calls}


def test_oracle_walks_the_whole_sdk(parity: Parity) -> None:
    assert len(parity.calls) == ORACLE_CALLS
    assert len({call.op_id for call in parity.calls}) == ORACLE_CALLS
    assert all(call.request is not None for call in parity.calls), [
        (call.op_id, call.error) for call in parity.calls if call.request is None
    ]
    by_id = _calls_by_id(parity)
    # A few landmarks: v2010 with a filter that maps to `DateSent<`, a non-SID key,
    # a header parameter, a JSON body, a child of a List, and a Client shortcut.
    messages = by_id["api.v2010.account.messages.list"].request
    assert messages is not None
    assert ("DateSent<", "2024-01-02T03:04:05Z") in messages.query
    assert messages.url.endswith(f"/2010-04-01/Accounts/{_oracle.ACCOUNT_SID}/Messages.json")
    lookup = by_id["lookups.v2.phone_numbers(phone_number).fetch"].request
    assert lookup is not None
    assert lookup.url == "https://lookups.twilio.com/v2/PhoneNumbers/+15017122661"
    webhook = by_id["conversations.v1.conversations.create"].request
    assert webhook is not None
    assert ("x-twilio-webhook-enabled", "true") in webhook.headers
    content = by_id["content.v1.contents.create"].request
    assert content is not None
    assert content.body_kind == "json"
    assert content.json_body["friendly_name"] == "friendly_name"
    assert "api.v2010.account.usage.records.daily.list" in by_id
    assert by_id["messages.create"].group == "alias"


def test_parity_figure_holds(parity: Parity) -> None:
    print(render(parity, top=15))
    assert parity.figure >= MIN_PARITY, parity.summary()


def test_every_mismatch_is_known(parity: Parity) -> None:
    known = read_known()
    new = {op: reason for op, reason in parity.mismatches.items() if op not in known}
    assert not new, (
        f"{len(new)} operations no longer send the SDK's request (or are new):\n"
        + "\n".join(f"  {op}: {reason}" for op, reason in sorted(new.items())[:50])
    )


def test_known_mismatches_are_current(parity: Parity) -> None:
    stale = sorted(set(read_known()) - set(parity.mismatches))
    assert not stale, (
        f"{len(stale)} operations in known_mismatches.txt now match (or no longer exist): "
        f"{stale[:20]}; run `python -m tests.parity.report --write-known` and raise MIN_PARITY"
    )


async def test_replay_detects_a_different_request(parity: Parity) -> None:
    """The comparison is not vacuous: an oracle that expects other values fails."""
    call = _calls_by_id(parity)["messages.create"]
    assert call.request is not None
    other_body = tuple(
        (name, "other" if name == "Body" else value) for name, value in call.request.form
    )
    expects_other_body = replace(call, request=replace(call.request, form=other_body))
    unknown_attribute = replace(call, steps=(("attr", "no_such_thing"),))
    async with _replay.mocked_client() as (client, recorder):
        assert (await _replay.replay_one(client, call, recorder)).matched
        outcome = await _replay.replay_one(client, expects_other_body, recorder)
        assert outcome.category == "form differs"
        assert "Body 'other'->'body'" in outcome.detail
        outcome = await _replay.replay_one(client, unknown_attribute, recorder)
        assert outcome.reason == "navigation: no attribute 'no_such_thing' on client"
