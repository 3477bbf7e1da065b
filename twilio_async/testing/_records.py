"""What the fake stores and counts: messages, media, recorded requests, statistics, a clock."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import attrs

from twilio_async.testing._params import format_rfc2822

__all__ = ["FakeClock", "FakeMedia", "FakeMessage", "FakeStats", "RecordedRequest"]

_API = "/2010-04-01"


class FakeClock:
    """A clock that only moves when told to, for deterministic dates and status progression.

    Pass it as ``FakeTwilio(clock=...)``; the fake reads it whenever it stamps a date.

    >>> clock = FakeClock(datetime(2023, 8, 24, 5, 1, 45, tzinfo=timezone.utc))
    >>> clock.advance(seconds=30)
    >>> clock()
    datetime.datetime(2023, 8, 24, 5, 2, 15, tzinfo=datetime.timezone.utc)
    """

    def __init__(self, start: datetime | None = None) -> None:
        if start is None:
            start = datetime.now(timezone.utc).replace(microsecond=0)
        elif start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime (for example tzinfo=timezone.utc)")
        self._now = start

    def __call__(self) -> datetime:
        """The current (fake) time."""
        return self._now

    def advance(self, seconds: float = 0.0, *, delta: timedelta | None = None) -> None:
        """Move the clock forward by ``seconds`` (and ``delta``, if given)."""
        self._now += timedelta(seconds=seconds) + (delta or timedelta())

    def __repr__(self) -> str:
        return f"FakeClock({self._now.isoformat()})"


@attrs.define
class FakeMedia:
    """One Media record of a stored message (created from a ``MediaUrl`` parameter).

    ``content_type`` is guessed from the URL's extension; ``seq`` orders records by creation.
    """

    sid: str
    account_sid: str
    parent_sid: str
    content_type: str
    url: str
    date_created: datetime
    date_updated: datetime
    seq: int

    @property
    def uri(self) -> str:
        """The record's relative URI, as Twilio renders it."""
        message = f"{_API}/Accounts/{self.account_sid}/Messages/{self.parent_sid}"
        return f"{message}/Media/{self.sid}.json"

    def to_json(self) -> dict[str, Any]:
        """The record as the API renders it (``api.v2010.account.message.media``)."""
        return {
            "account_sid": self.account_sid,
            "content_type": self.content_type,
            "date_created": format_rfc2822(self.date_created),
            "date_updated": format_rfc2822(self.date_updated),
            "parent_sid": self.parent_sid,
            "sid": self.sid,
            "uri": self.uri,
        }


@attrs.define
class FakeMessage:
    """A message the fake stores. Mutable: the fake updates status, body and dates in place.

    ``params`` holds the form fields exactly as the client sent them (repeated keys kept, in
    order), so tests can assert on the wire encoding; ``seq`` is the creation order (0-based);
    ``feedback`` is the last ``Outcome`` posted to the message's Feedback subresource.
    """

    sid: str
    account_sid: str
    to: str
    from_: str | None
    body: str
    messaging_service_sid: str | None
    status: str
    num_segments: int
    num_media: int
    date_created: datetime
    date_updated: datetime
    date_sent: datetime | None
    seq: int
    params: tuple[tuple[str, str], ...] = ()
    media: list[FakeMedia] = attrs.Factory(list)
    send_at: datetime | None = None
    direction: str = "outbound-api"
    price: str | None = None
    price_unit: str | None = None
    error_code: int | None = None
    error_message: str | None = None
    feedback: str | None = None

    @property
    def uri(self) -> str:
        """The record's relative URI, as Twilio renders it."""
        return f"{_API}/Accounts/{self.account_sid}/Messages/{self.sid}.json"

    def to_json(self) -> dict[str, Any]:
        """The record as the API renders it: every property of ``api.v2010.account.message``."""
        base = f"{_API}/Accounts/{self.account_sid}/Messages/{self.sid}"
        return {
            "account_sid": self.account_sid,
            "api_version": "2010-04-01",
            "body": self.body,
            "date_created": format_rfc2822(self.date_created),
            "date_sent": None if self.date_sent is None else format_rfc2822(self.date_sent),
            "date_updated": format_rfc2822(self.date_updated),
            "direction": self.direction,
            "error_code": self.error_code,
            "error_message": self.error_message,
            "from": self.from_,
            "messaging_service_sid": self.messaging_service_sid,
            "num_media": str(self.num_media),
            "num_segments": str(self.num_segments),
            "price": self.price,
            "price_unit": self.price_unit,
            "sid": self.sid,
            "status": self.status,
            "subresource_uris": {
                "media": f"{base}/Media.json",
                "feedback": f"{base}/Feedback.json",
            },
            "to": self.to,
            "uri": f"{base}.json",
        }


@attrs.frozen
class RecordedRequest:
    """One request the fake answered, appended to ``fake.requests`` when its answer is sent.

    ``form`` is the decoded form body (repeated keys kept). ``username`` is the Account SID or
    API Key SID the request authenticated with (None when it did not); secrets are never kept.
    ``path`` is the API path (without a leading ``/<product>``); ``operation`` the id of the
    operation the fake routed it to (``verify.v2.services.create``; None for Messages
    requests and for paths it does not know).
    """

    method: str
    path: str
    query: str
    form: tuple[tuple[str, str], ...]
    status: int
    request_id: str
    username: str | None
    operation: str | None = None


@attrs.define
class FakeStats:
    """Counters for assertions; the fake updates them as it answers.

    ``in_flight`` counts requests admitted past the concurrency cap and not yet answered;
    ``max_in_flight`` is its peak. ``rate_limited`` counts 429 answers, ``injected_failures``
    the 503s from ``fail_rate``; ``statuses`` maps each HTTP status to how often it was sent.
    """

    requests: int = 0
    created: int = 0
    rate_limited: int = 0
    injected_failures: int = 0
    in_flight: int = 0
    max_in_flight: int = 0
    statuses: dict[int, int] = attrs.Factory(dict)
