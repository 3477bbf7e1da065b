"""The connection-override fragment (#ct, #rt, #tt, #rc, #rp, #e) Twilio reads on a URL."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twilio_async.webhooks import EDGES, RETRY_POLICIES, ConnectionOverrides


def test_every_override_in_twilios_order() -> None:
    overrides = ConnectionOverrides(
        connect_timeout_ms=1000,
        read_timeout_ms=2000,
        total_timeout_ms=9000,
        retry_count=2,
        retry_policy=["ct", "5xx"],
        edge="dublin",
    )
    assert overrides.fragment() == "ct=1000&rt=2000&tt=9000&rc=2&rp=ct,5xx&e=dublin"
    assert overrides.apply("https://example.com/sms?tenant=7") == (
        "https://example.com/sms?tenant=7#ct=1000&rt=2000&tt=9000&rc=2&rp=ct,5xx&e=dublin"
    )


def test_unset_values_are_left_out() -> None:
    assert ConnectionOverrides(retry_count=0).apply("https://e.com/") == "https://e.com/#rc=0"
    assert ConnectionOverrides().apply("https://e.com/x?y=1") == "https://e.com/x?y=1"
    assert ConnectionOverrides(retry_policy="ct,rt").retry_policy == ("ct", "rt")
    assert ConnectionOverrides(edge="ashburn-ix").fragment() == "e=ashburn-ix"


def test_overrides_already_in_the_url_are_merged() -> None:
    url = "https://example.com/voice#ct=500&rc=1&e=tokyo"
    merged = ConnectionOverrides(retry_count=3, read_timeout_ms=1500).apply(url)
    assert merged == "https://example.com/voice#ct=500&rt=1500&rc=3&e=tokyo"
    assert ConnectionOverrides.from_url(merged) == ConnectionOverrides(
        connect_timeout_ms=500, read_timeout_ms=1500, retry_count=3, edge="tokyo"
    )
    assert ConnectionOverrides.from_url("https://example.com/") == ConnectionOverrides()


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"connect_timeout_ms": 99}, ValueError, r"connect_timeout_ms \(ct\) must be between 100"),
        ({"connect_timeout_ms": 10_001}, ValueError, "10000"),
        ({"read_timeout_ms": 15_001}, ValueError, r"read_timeout_ms \(rt\)"),
        ({"total_timeout_ms": 50}, ValueError, r"total_timeout_ms \(tt\)"),
        ({"retry_count": 6}, ValueError, r"retry_count \(rc\) must be between 0 and 5"),
        ({"retry_count": -1}, ValueError, "retry_count"),
        ({"retry_count": True}, TypeError, "must be an int"),
        ({"connect_timeout_ms": 1.5}, TypeError, "must be an int, not float"),
        ({"retry_policy": "ct,timeout"}, ValueError, r"retry_policy \(rp\)"),
        ({"retry_policy": []}, ValueError, "retry_policy"),
        ({"edge": "dublinn"}, ValueError, r"edge \(e\) must be one of ashburn"),
    ],
)
def test_values_out_of_twilios_ranges_are_refused(
    options: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        ConnectionOverrides(**options)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/#section-2",
        "https://example.com/#ct=abc",
        "https://example.com/#ct=100000000",
        "ftp://example.com/",
        "/relative/path",
    ],
)
def test_urls_twilio_would_misread_are_refused(url: str) -> None:
    with pytest.raises(ValueError, match=r"fragment|number|URL|between"):
        ConnectionOverrides(retry_count=1).apply(url)


overrides = st.builds(
    ConnectionOverrides,
    connect_timeout_ms=st.none() | st.integers(100, 10_000),
    read_timeout_ms=st.none() | st.integers(100, 15_000),
    total_timeout_ms=st.none() | st.integers(100, 15_000),
    retry_count=st.none() | st.integers(0, 5),
    retry_policy=st.none() | st.lists(st.sampled_from(RETRY_POLICIES), min_size=1, unique=True),
    edge=st.none() | st.sampled_from(sorted(EDGES)),
)


@given(overrides)
def test_property_a_url_round_trips(value: ConnectionOverrides) -> None:
    url = value.apply("https://example.com/hook?a=1")
    assert url.startswith("https://example.com/hook?a=1")
    assert ConnectionOverrides.from_url(url) == value
