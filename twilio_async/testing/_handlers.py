"""The Messages API endpoints of the fake: validation, storage calls and response bodies.

Handlers receive the request and its decoded form and return ``(status, body)``; a body of
None means an empty response (204). Errors are raised as ``ApiError``.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from starlette.requests import Request

from twilio_async.testing._errors import ApiError, invalid_parameter, method_not_allowed, not_found
from twilio_async.testing._paging import PageRequest, build_page
from twilio_async.testing._params import (
    count_segments,
    format_rfc2822,
    is_valid_recipient,
    is_valid_sender,
    parse_date_or_datetime,
    parse_datetime,
)
from twilio_async.testing._records import FakeMedia, FakeMessage, FakeStats
from twilio_async.testing._store import MessageFilter, MessageStore, within

__all__ = ["Form", "Handler", "MessagesApi", "Reply"]

Form = Sequence[tuple[str, str]]
Reply = tuple[int, "dict[str, Any] | None"]
Handler = Callable[[Request, Form], Awaitable[Reply]]

_SERVICE_SID = re.compile(r"MG[0-9a-fA-F]{32}")
_CONTENT_SID = re.compile(r"HX[0-9a-fA-F]{32}")
_MAX_BODY = 1600
# Twilio's scheduling window for SendAt.
_SCHEDULE_MIN = timedelta(minutes=15)
_SCHEDULE_MAX = timedelta(days=35)

# Twilio's "magic" test numbers (documented with its test credentials), which fail the same
# way every time; they let a client's error handling be tested against realistic codes.
MAGIC_FROM = {
    "+15005550001": (21212, "The 'From' number +15005550001 is not a valid phone number."),
    "+15005550007": (21606, "The 'From' number +15005550007 is not owned by this account."),
    "+15005550008": (21611, "The 'From' number +15005550008 has a full SMS queue."),
}
MAGIC_TO = {
    "+15005550001": (21211, "Invalid 'To' Phone Number: +15005550001"),
    "+15005550002": (21612, "Twilio cannot route a message to +15005550002."),
    "+15005550003": (21408, "No international permission to send SMS to +15005550003."),
    "+15005550004": (21610, "The recipient +15005550004 has unsubscribed (replied STOP)."),
    "+15005550009": (21614, "'To' number +15005550009 is not a mobile number."),
}


def _first_values(form: Form) -> dict[str, str]:
    values: dict[str, str] = {}
    for name, value in form:
        values.setdefault(name, value)
    return values


def _bound(query: Mapping[str, str], name: str) -> date | datetime | None:
    raw = query.get(name)
    if not raw:
        return None
    parsed = parse_date_or_datetime(raw)
    if parsed is None:
        raise invalid_parameter(f"{name} must be a date (YYYY-MM-DD) or a datetime, got {raw!r}")
    return parsed


def _day(query: Mapping[str, str], name: str) -> date | None:
    bound = _bound(query, name)
    return bound.date() if isinstance(bound, datetime) else bound


class MessagesApi:
    """Endpoint handlers for one account's Messages, Media and Feedback resources."""

    def __init__(
        self, account_sid: str, store: MessageStore, stats: FakeStats, *, magic_numbers: bool
    ) -> None:
        self._account_sid = account_sid
        self._base = f"/2010-04-01/Accounts/{account_sid}/Messages"
        self._store = store
        self._stats = stats
        self._magic_numbers = magic_numbers

    def routes(self) -> list[tuple[str, Handler]]:
        """Starlette path templates and their handlers (every method goes to one handler)."""
        prefix = "/2010-04-01/Accounts/{account_sid}/Messages"
        return [
            (prefix + ".json", self.messages),
            (prefix + "/{sid}.json", self.message),
            (prefix + "/{message_sid}/Media.json", self.media_list),
            (prefix + "/{message_sid}/Media/{sid}.json", self.media),
            (prefix + "/{message_sid}/Feedback.json", self.feedback),
        ]

    async def messages(self, request: Request, form: Form) -> Reply:
        """``Messages.json``: GET lists, POST creates."""
        if request.method == "POST":
            return self._create(form)
        if request.method == "GET":
            return self._list(request.query_params)
        raise method_not_allowed(request.method)

    async def message(self, request: Request, form: Form) -> Reply:
        """``Messages/{Sid}.json``: GET fetches, POST redacts or cancels, DELETE deletes."""
        sid = request.path_params["sid"]
        if request.method == "GET":
            message = self._store.get(sid, fetching=True)
        elif request.method == "POST":
            message = self._update(sid, form)
        elif request.method == "DELETE":
            if self._store.delete(sid):
                return 204, None
            message = None
        else:
            raise method_not_allowed(request.method)
        if message is None:
            raise not_found(request.url.path)
        return 200, message.to_json()

    async def media_list(self, request: Request, form: Form) -> Reply:
        """``Messages/{MessageSid}/Media.json``: GET lists a message's media."""
        if request.method != "GET":
            raise method_not_allowed(request.method)
        message_sid = request.path_params["message_sid"]
        media = self._store.media_of(message_sid)
        if media is None:
            raise not_found(request.url.path)
        query = request.query_params
        page = PageRequest(query)
        on = _day(query, "DateCreated")
        before, after = self._bounds(query, "DateCreated")
        selected = [
            record
            for record in media
            if (on is None or record.date_created.date() == on)
            and within(record.date_created, before, upper=True)
            and within(record.date_created, after, upper=False)
        ]
        filters = _echo(query, ("DateCreated", "DateCreated<", "DateCreated>"))
        path = f"{self._base}/{message_sid}/Media.json"
        body = build_page(
            selected,
            page,
            key="media_list",
            path=path,
            filters=filters,
            seq_of_sid=self._store.seq_of,
            render=FakeMedia.to_json,
        )
        return 200, body

    async def media(self, request: Request, form: Form) -> Reply:
        """``Messages/{MessageSid}/Media/{Sid}.json``: GET fetches, DELETE deletes."""
        message_sid, sid = request.path_params["message_sid"], request.path_params["sid"]
        if request.method == "DELETE":
            if self._store.delete_media(message_sid, sid):
                return 204, None
        elif request.method == "GET":
            for record in self._store.media_of(message_sid) or ():
                if record.sid == sid:
                    return 200, record.to_json()
        else:
            raise method_not_allowed(request.method)
        raise not_found(request.url.path)

    async def feedback(self, request: Request, form: Form) -> Reply:
        """``Messages/{MessageSid}/Feedback.json``: POST records an Outcome."""
        if request.method != "POST":
            raise method_not_allowed(request.method)
        outcome = _first_values(form).get("Outcome") or "confirmed"
        if outcome not in ("confirmed", "unconfirmed"):
            raise invalid_parameter(f"Outcome must be confirmed or unconfirmed, got {outcome!r}")
        message_sid = request.path_params["message_sid"]
        message = self._store.record_feedback(message_sid, outcome)
        if message is None:
            raise not_found(request.url.path)
        now = format_rfc2822(self._store.now())
        return 200, {
            "account_sid": self._account_sid,
            "message_sid": message_sid,
            "outcome": outcome,
            "date_created": now,
            "date_updated": now,
            "uri": f"{self._base}/{message_sid}/Feedback.json",
        }

    def _create(self, form: Form) -> Reply:
        values = _first_values(form)
        to = values.get("To", "")
        if not to:
            raise ApiError(400, 21604, "A 'To' phone number is required.")
        if not is_valid_recipient(to):
            raise ApiError(400, 21211, f"Invalid 'To' Phone Number: {to}")
        from_ = values.get("From") or None
        service_sid = values.get("MessagingServiceSid") or None
        if from_ is None and service_sid is None:
            raise ApiError(400, 21603, "A 'From' phone number is required.")
        if from_ is not None and not is_valid_sender(from_):
            raise ApiError(400, 21212, f"Invalid From Number (caller ID): {from_}")
        if service_sid is not None and not _SERVICE_SID.fullmatch(service_sid):
            raise invalid_parameter(f"MessagingServiceSid {service_sid} is not a valid MG SID")
        if self._magic_numbers:
            magic = MAGIC_TO.get(to) or (MAGIC_FROM.get(from_) if from_ else None)
            if magic is not None:
                raise ApiError(400, *magic)
        body = values.get("Body", "")
        media_urls = [value for name, value in form if name == "MediaUrl" and value]
        content_sid = values.get("ContentSid") or None
        if not body and not media_urls and content_sid is None:
            raise ApiError(400, 21602, "Message body is required.")
        if content_sid is not None and not _CONTENT_SID.fullmatch(content_sid):
            raise ApiError(400, 21655, f"The ContentSid {content_sid} is invalid.")
        if len(body) > _MAX_BODY:
            raise ApiError(
                400, 21617, "The concatenated message body exceeds the 1600 character limit."
            )
        send_at = None
        status = "queued" if service_sid is None else "accepted"
        # Twilio schedules only through a Messaging Service and otherwise sends immediately.
        if service_sid is not None and values.get("ScheduleType") == "fixed":
            send_at = self._send_at(values.get("SendAt", ""))
            status = "scheduled"
        message = self._store.add(
            to=to,
            from_=from_,
            body=body,
            messaging_service_sid=service_sid,
            status=status,
            num_segments=count_segments(body),
            media_urls=media_urls,
            send_at=send_at,
            params=tuple(form),
        )
        self._stats.created += 1
        return 201, message.to_json()

    def _send_at(self, raw: str) -> datetime:
        send_at = parse_datetime(raw) if raw else None
        now = self._store.now()
        if send_at is None or not now + _SCHEDULE_MIN <= send_at <= now + _SCHEDULE_MAX:
            raise ApiError(400, 35114, "Scheduling does not support this timestamp.")
        return send_at

    def _update(self, sid: str, form: Form) -> FakeMessage | None:
        values = _first_values(form)
        status = values.get("Status")
        if status is not None and status != "canceled":
            raise invalid_parameter(f"Status can only be updated to canceled, got {status!r}")
        body = values.get("Body")
        if body:
            raise invalid_parameter("Body can only be updated to an empty string, to redact it")
        return self._store.update(sid, redact=body == "", cancel=status == "canceled")

    def _list(self, query: Mapping[str, str]) -> Reply:
        page = PageRequest(query)
        before, after = self._bounds(query, "DateSent")
        where = MessageFilter(
            to=query.get("To") or None,
            from_=query.get("From") or None,
            sent_on=_day(query, "DateSent"),
            sent_before=before,
            sent_after=after,
        )
        body = build_page(
            self._store.newest_first(where),
            page,
            key="messages",
            path=f"{self._base}.json",
            filters=_echo(query, ("To", "From", "DateSent", "DateSent<", "DateSent>")),
            seq_of_sid=self._store.seq_of,
            render=FakeMessage.to_json,
        )
        return 200, body

    @staticmethod
    def _bounds(
        query: Mapping[str, str], name: str
    ) -> tuple[date | datetime | None, date | datetime | None]:
        return _bound(query, name + "<"), _bound(query, name + ">")


def _echo(query: Mapping[str, str], names: Sequence[str]) -> list[tuple[str, str]]:
    """The filters a page URI repeats, in Twilio's order."""
    return [(name, query[name]) for name in names if query.get(name)]
