"""Calls (v2010): declarations on the generic resource layer."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import date, datetime
from typing import Literal

from twilio_async._models_account import HttpMethod
from twilio_async._models_voice import Call, CallStatus
from twilio_async._resource import InstanceContext, ListResource, Page, ResourceSpec, api_names
from twilio_async._typing import Required, TypedDict, Unpack
from twilio_async.twiml import TwiML

__all__ = ["CallContext", "CallList"]

_Method = Literal["GET", "POST"] | HttpMethod
_Status = Literal[
    "queued", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", "canceled"
]


class CallCreateParams(TypedDict, total=False):
    """Parameters of ``client.calls.create`` (``CreateCallRequest`` in the spec)."""

    to: Required[str]
    from_: Required[str]
    url: str
    twiml: str | TwiML
    application_sid: str
    method: _Method
    fallback_url: str
    fallback_method: _Method
    status_callback: str
    status_callback_event: Sequence[str]
    status_callback_method: _Method
    send_digits: str
    timeout: int
    record: bool
    recording_channels: str
    recording_status_callback: str
    recording_status_callback_method: _Method
    recording_status_callback_event: Sequence[str]
    recording_track: str
    sip_auth_username: str
    sip_auth_password: str
    machine_detection: str
    machine_detection_timeout: int
    machine_detection_speech_threshold: int
    machine_detection_speech_end_threshold: int
    machine_detection_silence_timeout: int
    async_amd: bool | str
    async_amd_status_callback: str
    async_amd_status_callback_method: _Method
    trim: str
    caller_id: str
    byoc: str
    call_reason: str
    call_token: str
    time_limit: int
    client_notification_url: str


class CallUpdateParams(TypedDict, total=False):
    """Parameters of ``client.calls(sid).update``: redirect, end, or re-time a live call."""

    url: str
    twiml: str | TwiML
    method: _Method
    status: Literal["canceled", "completed"]
    fallback_url: str
    fallback_method: _Method
    status_callback: str
    status_callback_method: _Method
    time_limit: int


class CallFilters(TypedDict, total=False):
    """Filters for listing calls (``*_before``/``*_after`` are ``StartTime<``/``>`` etc.)."""

    to: str
    from_: str
    parent_call_sid: str
    status: _Status | CallStatus
    start_time: date | datetime
    start_time_before: date | datetime
    start_time_after: date | datetime
    end_time: date | datetime
    end_time_before: date | datetime
    end_time_after: date | datetime


CALLS = ResourceSpec(
    record=Call,
    list_path="/2010-04-01/Accounts/{account_sid}/Calls.json",
    instance_path="/2010-04-01/Accounts/{account_sid}/Calls/{sid}.json",
    envelope="calls",
    create=api_names(CallCreateParams, from_="From"),
    update=api_names(CallUpdateParams),
    filters=api_names(
        CallFilters,
        from_="From",
        start_time_before="StartTime<",
        start_time_after="StartTime>",
        end_time_before="EndTime<",
        end_time_after="EndTime>",
    ),
)


class CallContext(InstanceContext[Call]):
    """One call: ``fetch()``, ``update()`` and ``delete()`` (of a finished call's record)."""

    _spec = CALLS

    async def update(self, **params: Unpack[CallUpdateParams]) -> Call:
        """Redirect a live call (``url`` or ``twiml``) or end it (``status="completed"``)."""
        return await self._update(params)


class CallList(ListResource[Call]):
    """The account's calls: ``client.calls``; call it with a SID for one call."""

    _spec = CALLS
    _context = CallContext

    def __call__(self, sid: str) -> CallContext:
        """The call with this SID (``CA...``)."""
        return self._get(sid)  # type: ignore[no-any-return]

    async def create(self, **params: Unpack[CallCreateParams]) -> Call:
        """Place a call. ``to`` and ``from_`` are required, plus one of ``url``, ``twiml``
        or ``application_sid`` saying what happens when it is answered."""
        return await self._create(params)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CallFilters],
    ) -> AsyncIterator[Call]:
        """Iterate over calls, newest first, fetching one page at a time."""
        return self._stream(filters, limit, page_size)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CallFilters],
    ) -> list[Call]:
        """Return calls as a list (at most ``limit``)."""
        return await self._list(filters, limit, page_size)

    async def page(
        self, *, page_size: int | None = None, **filters: Unpack[CallFilters]
    ) -> Page[Call]:
        """Fetch the first page of calls; follow ``next_page()`` for more."""
        return await self._page(filters, page_size)
