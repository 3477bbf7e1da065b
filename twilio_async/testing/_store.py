"""The fake's storage of messages and media, and how message status moves over time."""

from __future__ import annotations

import mimetypes
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta

import attrs

from twilio_async.testing._errors import ApiError
from twilio_async.testing._records import FakeMedia, FakeMessage

__all__ = ["Lifecycle", "MessageFilter", "MessageStore", "new_sid", "within"]

# Forward-only progression of an outbound message; anything else (canceled, failed, ...) stays.
_NEXT_STATUS = {
    "scheduled": "queued",
    "accepted": "queued",
    "queued": "sent",
    "sending": "sent",
    "sent": "delivered",
}
_RANK = {"scheduled": 0, "accepted": 1, "queued": 2, "sending": 3, "sent": 4, "delivered": 5}
# Twilio's US outbound SMS list price per segment, reported negative like Twilio does.
_PRICE_PER_SEGMENT = 0.0079


def new_sid(prefix: str) -> str:
    """A Twilio-shaped SID: two-letter prefix and 32 lowercase hex digits."""
    return prefix + os.urandom(16).hex()


@attrs.frozen
class Lifecycle:
    """When stored messages move on from ``queued``/``accepted`` without ``fake.advance()``."""

    advance_on_fetch: bool = False
    sent_after: timedelta | None = None
    delivered_after: timedelta | None = None

    @property
    def timed(self) -> bool:
        """Whether status depends on the clock."""
        return self.sent_after is not None or self.delivered_after is not None


@attrs.frozen
class MessageFilter:
    """The list filters of ``GET Messages.json``, parsed (``None``: not filtered)."""

    to: str | None = None
    from_: str | None = None
    sent_on: date | None = None
    sent_before: date | datetime | None = None
    sent_after: date | datetime | None = None

    def matches(self, message: FakeMessage) -> bool:
        """Whether ``message`` passes every filter (date bounds are inclusive, in UTC)."""
        if self.to is not None and message.to != self.to:
            return False
        if self.from_ is not None and message.from_ != self.from_:
            return False
        bounds = (self.sent_on, self.sent_before, self.sent_after)
        if all(bound is None for bound in bounds):
            return True
        sent = message.date_sent
        if sent is None:
            return False
        if self.sent_on is not None and sent.date() != self.sent_on:
            return False
        return within(sent, self.sent_before, upper=True) and within(
            sent, self.sent_after, upper=False
        )


def within(moment: datetime, bound: date | datetime | None, *, upper: bool) -> bool:
    """Whether ``moment`` is on or before (``upper``) / on or after ``bound``; a date bound
    compares calendar days in UTC, None always passes."""
    if bound is None:
        return True
    if isinstance(bound, datetime):
        return moment <= bound if upper else moment >= bound
    return moment.date() <= bound if upper else moment.date() >= bound


class MessageStore:
    """Messages in creation order, guarded by a lock so tests may read while a server thread
    writes. Every read settles time-based progression first, so callers see current status."""

    def __init__(self, account_sid: str, clock: Callable[[], datetime], lifecycle: Lifecycle):
        self._account_sid = account_sid
        self._clock = clock
        self._lifecycle = lifecycle
        self._lock = threading.Lock()
        self._messages: dict[str, FakeMessage] = {}
        # Kept after deletion so a PageToken naming a deleted record still resolves.
        self._seq_by_sid: dict[str, int] = {}
        self._next_seq = 0

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the store's lock (for a read-modify-write by a handler)."""
        with self._lock:
            yield

    def now(self) -> datetime:
        """The fake's current time."""
        return self._clock()

    def add(
        self,
        *,
        to: str,
        from_: str | None,
        body: str,
        messaging_service_sid: str | None,
        status: str,
        num_segments: int,
        media_urls: Sequence[str],
        send_at: datetime | None,
        params: tuple[tuple[str, str], ...],
    ) -> FakeMessage:
        """Store a new outbound message (and its media) and return it."""
        now = self._clock()
        sid = new_sid("SM")
        with self._lock:
            seq = self._take_seq(sid)
            media = [self._new_media(sid, url, now) for url in media_urls]
            message = FakeMessage(
                sid=sid,
                account_sid=self._account_sid,
                to=to,
                from_=from_,
                body=body,
                messaging_service_sid=messaging_service_sid,
                status=status,
                num_segments=num_segments,
                num_media=len(media),
                date_created=now,
                date_updated=now,
                date_sent=None if status == "scheduled" else now,
                seq=seq,
                params=params,
                media=media,
                send_at=send_at,
            )
            self._messages[sid] = message
        return message

    def _take_seq(self, sid: str) -> int:
        seq = self._next_seq
        self._next_seq += 1
        self._seq_by_sid[sid] = seq
        return seq

    def _new_media(self, message_sid: str, url: str, now: datetime) -> FakeMedia:
        sid = new_sid("ME")
        content_type = mimetypes.guess_type(url.split("?", 1)[0])[0] or "image/jpeg"
        return FakeMedia(
            sid=sid,
            account_sid=self._account_sid,
            parent_sid=message_sid,
            content_type=content_type,
            url=url,
            date_created=now,
            date_updated=now,
            seq=self._take_seq(sid),
        )

    def seq_of(self, sid: str) -> int | None:
        """The creation sequence number of any SID this store ever issued."""
        return self._seq_by_sid.get(sid)

    def get(self, sid: str, *, fetching: bool = False) -> FakeMessage | None:
        """The message with ``sid``, settled; ``fetching`` applies ``advance_on_fetch``."""
        with self._lock:
            message = self._messages.get(sid)
            if message is not None:
                now = self._clock()
                self._settle(message, now)
                if fetching and self._lifecycle.advance_on_fetch:
                    self._step(message, now)
            return message

    def update(self, sid: str, *, redact: bool, cancel: bool) -> FakeMessage | None:
        """Redact the body and/or cancel a scheduled message; None if there is no message.

        Raises ``ApiError`` 30409 when asked to cancel a message that is not ``scheduled``.
        """
        with self._lock:
            message = self._messages.get(sid)
            if message is None:
                return None
            now = self._clock()
            self._settle(message, now)
            if cancel and message.status != "scheduled":
                raise ApiError(400, 30409, "This message cannot be canceled")
            if cancel:
                message.status = "canceled"
            if redact:
                message.body = ""
            if cancel or redact:
                message.date_updated = now
            return message

    def record_feedback(self, sid: str, outcome: str) -> FakeMessage | None:
        """Remember a Feedback outcome for a message; None if there is no message."""
        with self._lock:
            message = self._messages.get(sid)
            if message is not None:
                message.feedback = outcome
            return message

    def media_of(self, message_sid: str) -> list[FakeMedia] | None:
        """A message's media, newest first; None if there is no message."""
        with self._lock:
            message = self._messages.get(message_sid)
            if message is None:
                return None
            return sorted(message.media, key=lambda media: media.seq, reverse=True)

    def delete_media(self, message_sid: str, sid: str) -> bool:
        """Remove one Media record; False if the message or the record does not exist."""
        with self._lock:
            message = self._messages.get(message_sid)
            if message is None:
                return False
            kept = [media for media in message.media if media.sid != sid]
            if len(kept) == len(message.media):
                return False
            message.media = kept
            return True

    def delete(self, sid: str) -> bool:
        """Remove a message; False if there was none."""
        with self._lock:
            return self._messages.pop(sid, None) is not None

    def all(self) -> list[FakeMessage]:
        """Every stored message in creation order, settled."""
        with self._lock:
            now = self._clock()
            messages = list(self._messages.values())
            for message in messages:
                self._settle(message, now)
            return messages

    def newest_first(self, where: MessageFilter) -> list[FakeMessage]:
        """Stored messages passing ``where``, newest (last created) first, settled."""
        with self._lock:
            now = self._clock()
            selected = []
            for message in reversed(self._messages.values()):
                self._settle(message, now)
                if where.matches(message):
                    selected.append(message)
            return selected

    def advance(self, sid: str | None, steps: int) -> None:
        """Move one message (or all) ``steps`` statuses along queued → sent → delivered."""
        with self._lock:
            now = self._clock()
            if sid is None:
                targets = list(self._messages.values())
            elif sid in self._messages:
                targets = [self._messages[sid]]
            else:
                raise KeyError(f"no stored message {sid}")
            for message in targets:
                for _ in range(steps):
                    self._step(message, now)

    def _step(self, message: FakeMessage, when: datetime) -> None:
        following = _NEXT_STATUS.get(message.status)
        if following is not None:
            self._transition(message, following, when)

    def _transition(self, message: FakeMessage, status: str, when: datetime) -> None:
        message.status = status
        message.date_updated = when
        if message.date_sent is None and status != "scheduled":
            message.date_sent = when
        if status in ("sent", "delivered") and message.price is None:
            message.price = f"{-_PRICE_PER_SEGMENT * message.num_segments:.5f}"
            message.price_unit = "USD"

    def _settle(self, message: FakeMessage, now: datetime) -> None:
        if message.status == "scheduled":
            if message.send_at is None or now < message.send_at:
                return
            self._transition(message, "queued", message.send_at)
        if not self._lifecycle.timed or message.status not in _RANK:
            return
        start = message.send_at or message.date_created
        for status, delay in (
            ("sent", self._lifecycle.sent_after),
            ("delivered", self._lifecycle.delivered_after),
        ):
            if delay is not None and now >= start + delay and _RANK[message.status] < _RANK[status]:
                self._transition(message, status, start + delay)
