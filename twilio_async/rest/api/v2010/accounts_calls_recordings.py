# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Recording (Accounts/AccountSid/Calls/CallSid/Recordings) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "CallRecording",
    "CallRecordingSource",
    "CallRecordingStatus",
    "RecordingContext",
    "RecordingCreateParams",
    "RecordingList",
    "RecordingListParams",
    "RecordingUpdateParams",
]


class CallRecordingSource(OpenEnum):
    """``call_recording_enum_source``."""

    DIALVERB = "DialVerb"
    CONFERENCE = "Conference"
    OUTBOUNDAPI = "OutboundAPI"
    TRUNKING = "Trunking"
    RECORDVERB = "RecordVerb"
    STARTCALLRECORDINGAPI = "StartCallRecordingAPI"
    STARTCONFERENCERECORDINGAPI = "StartConferenceRecordingAPI"


class CallRecordingStatus(OpenEnum):
    """``call_recording_enum_status``."""

    IN_PROGRESS = "in-progress"
    PAUSED = "paused"
    STOPPED = "stopped"
    PROCESSING = "processing"
    COMPLETED = "completed"
    ABSENT = "absent"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class CallRecording(Record):
    """Record ``api.v2010.account.call.call_recording`` (every field but ``account_sid``, ``call_sid``, ``date_created``, ``sid`` may be ``None``)."""

    account_sid: str
    api_version: str | None = None
    call_sid: str
    conference_sid: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    start_time: datetime | None = None
    duration: int | None = None
    sid: str
    price: Decimal | None = None
    uri: str | None = None
    encryption_details: Any | None = None
    price_unit: str | None = None
    status: CallRecordingStatus | None = None
    channels: int | None = None
    source: CallRecordingSource | None = None
    error_code: int | None = None
    track: str | None = None


class RecordingListParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.calls.recordings.list`` (``ListCallRecording``)."""

    date_created: date
    """The `date_created` value, specified as `YYYY-MM-DD`, of the resources to read."""
    date_created_before: date
    """The `date_created` value, specified as `YYYY-MM-DD`, of the resources to read."""
    date_created_after: date
    """The `date_created` value, specified as `YYYY-MM-DD`, of the resources to read."""


class RecordingCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.calls.recordings.create`` (``CreateCallRecording``)."""

    recording_status_callback_event: Sequence[str]
    """The recording status events on which we should call the `recording_status_callback` URL."""
    recording_status_callback: str
    """The URL we should call using the `recording_status_callback_method` on each recording event specified in `recording_status_callback_event`."""
    recording_status_callback_method: str
    """The HTTP method we should use to call `recording_status_callback`."""
    trim: str
    """Whether to trim any leading and trailing silence in the recording."""
    recording_channels: str
    """The number of channels used in the recording."""
    recording_track: str
    """The audio track to record for the call."""


class RecordingUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.calls.recordings.update`` (``UpdateCallRecording``)."""

    status: Required[str]
    pause_behavior: str
    """Whether to record during a pause."""


_LIST_LIST: Operation[CallRecording] = Operation(
    id="api.v2010.accounts.calls.recordings.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json",
    spec="api_v2010",
    record=CallRecording,
    query={
        "date_created": "DateCreated",
        "date_created_before": "DateCreated<",
        "date_created_after": "DateCreated>",
    },
    encode={
        "date_created": "date",
        "date_created_before": "date",
        "date_created_after": "date",
    },
    paging="v2010",
    envelope="recordings",
)


_LIST_CREATE: Operation[CallRecording] = Operation(
    id="api.v2010.accounts.calls.recordings.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json",
    spec="api_v2010",
    record=CallRecording,
    form={
        "recording_status_callback_event": "RecordingStatusCallbackEvent",
        "recording_status_callback": "RecordingStatusCallback",
        "recording_status_callback_method": "RecordingStatusCallbackMethod",
        "trim": "Trim",
        "recording_channels": "RecordingChannels",
        "recording_track": "RecordingTrack",
    },
)


_CONTEXT_FETCH: Operation[CallRecording] = Operation(
    id="api.v2010.accounts.calls.recordings.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json",
    spec="api_v2010",
    record=CallRecording,
)


_CONTEXT_UPDATE: Operation[CallRecording] = Operation(
    id="api.v2010.accounts.calls.recordings.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json",
    spec="api_v2010",
    record=CallRecording,
    form={
        "status": "Status",
        "pause_behavior": "PauseBehavior",
    },
    required=frozenset(["status"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.calls.recordings.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json",
    spec="api_v2010",
)


class RecordingContext(Resource):
    """One ``Accounts/AccountSid/Calls/CallSid/Recordings`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> CallRecording:
        """Fetch an instance of a recording for a call."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[RecordingUpdateParams]) -> CallRecording:
        """Changes the status of the recording to paused, stopped, or in-progress."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a recording from your account."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class RecordingList(CreateMany[RecordingCreateParams, CallRecording], Resource):
    """``Accounts/AccountSid/Calls/CallSid/Recordings`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> RecordingContext:
        """The record with this ``sid``."""
        return self._child(RecordingContext, sid=sid)

    async def create(self, **params: Unpack[RecordingCreateParams]) -> CallRecording:
        """Create a recording for the call."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[RecordingListParams],
    ) -> AsyncIterator[CallRecording]:
        """Retrieve a list of recordings belonging to the call used to make the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[RecordingListParams],
    ) -> Page[CallRecording]:
        """Retrieve a list of recordings belonging to the call used to make the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[RecordingListParams],
    ) -> list[CallRecording]:
        """Retrieve a list of recordings belonging to the call used to make the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
