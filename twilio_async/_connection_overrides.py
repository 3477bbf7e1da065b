"""Connection overrides: how Twilio connects to one webhook URL, written in its fragment.

Twilio reads ``#ct=...&rt=...`` at the end of a webhook URL (the fragment, which is never
sent to your server) to override its timeouts, retries and egress edge for that URL. Event
Streams sinks do not support them, and a Webhook Rule's Setting takes precedence over them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final
from urllib.parse import urlsplit, urlunsplit

import attrs

__all__ = ["EDGES", "RETRY_POLICIES", "ConnectionOverrides"]

RETRY_POLICIES: Final = ("4xx", "5xx", "ct", "rt", "all")
"""What Twilio may retry on: HTTP 4xx or 5xx answers, connect or read timeouts, or all."""

EDGES: Final = frozenset(
    {
        "ashburn",
        "dublin",
        "frankfurt",
        "roaming",
        "sao-paulo",
        "singapore",
        "sydney",
        "tokyo",
        "umatilla",
        # Private Interconnect edges.
        "ashburn-ix",
        "frankfurt-ix",
        "london-ix",
        "san-jose-ix",
        "sao-paulo-ix",
        "singapore-ix",
        "sydney-ix",
        "tokyo-ix",
    }
)
"""Twilio's edge locations a webhook may leave from (``e=``)."""

# attribute: (fragment key, minimum, maximum), in the order Twilio documents them.
_NUMBERS: Final = {
    "connect_timeout_ms": ("ct", 100, 10_000),
    "read_timeout_ms": ("rt", 100, 15_000),
    "total_timeout_ms": ("tt", 100, 15_000),
    "retry_count": ("rc", 0, 5),
}
_BY_KEY: Final = {key: attribute for attribute, (key, _, _) in _NUMBERS.items()}
_KEYS: Final = frozenset({*_BY_KEY, "rp", "e"})


def _bounded(name: str, value: int | None) -> int | None:
    key, low, high = _NUMBERS[name]
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} ({key}) must be an int, not {type(value).__name__}")
    if not low <= value <= high:
        raise ValueError(f"{name} ({key}) must be between {low} and {high}, not {value}")
    return value


# attrs' mypy plugin reads the type of a converter's parameter only from a named function.
def _connect_timeout(value: int | None) -> int | None:
    return _bounded("connect_timeout_ms", value)


def _read_timeout(value: int | None) -> int | None:
    return _bounded("read_timeout_ms", value)


def _total_timeout(value: int | None) -> int | None:
    return _bounded("total_timeout_ms", value)


def _retry_count(value: int | None) -> int | None:
    return _bounded("retry_count", value)


def _policy(value: str | Iterable[str] | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else list(value)
    policy = tuple(dict.fromkeys(item.strip().lower() for item in items if item.strip()))
    unknown = [item for item in policy if item not in RETRY_POLICIES]
    if unknown or not policy:
        raise ValueError(
            f"retry_policy (rp) must name some of {', '.join(RETRY_POLICIES)}, not {value!r}"
        )
    return policy


def _edge(value: str | None) -> str | None:
    if value is None:
        return None
    if value not in EDGES:
        raise ValueError(f"edge (e) must be one of {', '.join(sorted(EDGES))}, not {value!r}")
    return value


@attrs.frozen(kw_only=True)
class ConnectionOverrides:
    """How Twilio connects to one webhook URL: timeouts, retries, edge.

    Each value is checked against Twilio's documented range when the object is built::

        overrides = ConnectionOverrides(connect_timeout_ms=1000, retry_count=2, retry_policy="all")
        url = overrides.apply("https://example.com/sms?tenant=7")
        # "https://example.com/sms?tenant=7#ct=1000&rc=2&rp=all"

    Unset values keep Twilio's defaults (connect 5 s, read and total 15 s, one retry).
    Twilio retries with the same ``I-Twilio-Idempotency-Token``: see
    :class:`DeduplicateWebhooks` to act on one delivery once.
    """

    connect_timeout_ms: int | None = attrs.field(default=None, converter=_connect_timeout)
    """``ct``: milliseconds to establish the TCP connection (100 to 10,000)."""
    read_timeout_ms: int | None = attrs.field(default=None, converter=_read_timeout)
    """``rt``: milliseconds to wait for the first response byte, and between packets
    (100 to 15,000)."""
    total_timeout_ms: int | None = attrs.field(default=None, converter=_total_timeout)
    """``tt``: milliseconds for all attempts together, retries included (100 to 15,000)."""
    retry_count: int | None = attrs.field(default=None, converter=_retry_count)
    """``rc``: how many times Twilio retries a failed attempt (0 to 5)."""
    retry_policy: tuple[str, ...] | None = attrs.field(default=None, converter=_policy)
    """``rp``: what is retried, from :data:`RETRY_POLICIES` (a list or ``"ct,rt"``)."""
    edge: str | None = attrs.field(default=None, converter=_edge)
    """``e``: the Twilio edge the request leaves from, one of :data:`EDGES`."""

    def fragment(self) -> str:
        """The overrides as Twilio reads them after ``#``, e.g. ``ct=1000&rc=2``."""
        pairs = []
        for attribute, (key, _, _) in _NUMBERS.items():
            value = getattr(self, attribute)
            if value is not None:
                pairs.append(f"{key}={value}")
        if self.retry_policy is not None:
            pairs.append("rp=" + ",".join(self.retry_policy))
        if self.edge is not None:
            pairs.append(f"e={self.edge}")
        return "&".join(pairs)

    def apply(self, url: str) -> str:
        """``url`` with these overrides as its fragment.

        Overrides already in ``url`` are kept unless set here; a fragment that is not
        connection overrides raises ``ValueError`` (Twilio would misread it).
        """
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"not an http(s) URL: {url[:100]!r}")
        merged = self
        if parts.fragment:
            merged = attrs.evolve(
                self._parse(parts.fragment),
                **{
                    field.name: getattr(self, field.name)
                    for field in attrs.fields(ConnectionOverrides)
                    if getattr(self, field.name) is not None
                },
            )
        fragment = merged.fragment()
        return urlunsplit(parts._replace(fragment=fragment)) if fragment else url.split("#")[0]

    @classmethod
    def from_url(cls, url: str) -> ConnectionOverrides:
        """The overrides in ``url``'s fragment (all unset when it has none)."""
        return cls._parse(urlsplit(url).fragment)

    @classmethod
    def _parse(cls, fragment: str) -> ConnectionOverrides:
        values: dict[str, object] = {}
        for pair in filter(None, fragment.split("&")):
            key, separator, value = pair.partition("=")
            if not separator or key not in _KEYS:
                raise ValueError(
                    f"the URL's fragment is not connection overrides: {fragment[:100]!r}"
                )
            if key == "rp":
                values["retry_policy"] = value
            elif key == "e":
                values["edge"] = value
            else:
                attribute = _BY_KEY[key]
                if not value.isdigit() or not value.isascii() or len(value) > 6:
                    raise ValueError(f"{attribute} ({key}) must be a number, not {value[:20]!r}")
                values[attribute] = int(value)
        return cls(**values)  # type: ignore[arg-type]
