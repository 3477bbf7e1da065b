# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Recording (Accounts/AccountSid/Conferences/ConferenceSid/Recordings) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "ConferenceRecording",
    "ConferenceRecordingSource",
    "ConferenceRecordingStatus",
    "RecordingContext",
    "RecordingList",
    "RecordingListParams",
    "RecordingUpdateParams",
]


class ConferenceRecordingSource(OpenEnum):
    """``conference_recording_enum_source``."""

    DIALVERB = "DialVerb"
    CONFERENCE = "Conference"
    OUTBOUNDAPI = "OutboundAPI"
    TRUNKING = "Trunking"
    RECORDVERB = "RecordVerb"
    STARTCALLRECORDINGAPI = "StartCallRecordingAPI"
    STARTCONFERENCERECORDINGAPI = "StartConferenceRecordingAPI"


class ConferenceRecordingStatus(OpenEnum):
    """``conference_recording_enum_status``."""

    IN_PROGRESS = "in-progress"
    PAUSED = "paused"
    STOPPED = "stopped"
    PROCESSING = "processing"
    COMPLETED = "completed"
    ABSENT = "absent"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ConferenceRecording(Record):
    """Record ``api.v2010.account.conference.conference_recording`` (every field but ``account_sid``, ``conference_sid``, ``date_created``, ``sid`` may be ``None``)."""

    account_sid: str
    api_version: str | None = None
    call_sid: str | None = None
    conference_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    start_time: datetime | None = None
    duration: int | None = None
    sid: str
    price: Decimal | None = None
    price_unit: str | None = None
    status: ConferenceRecordingStatus | None = None
    channels: int | None = None
    source: ConferenceRecordingSource | None = None
    error_code: int | None = None
    encryption_details: Any | None = None
    uri: str | None = None


class RecordingListParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.conferences.recordings.list`` (``ListConferenceRecording``)."""

    date_created: date
    """The `date_created` value, specified as `YYYY-MM-DD`, of the resources to read."""
    date_created_before: date
    """The `date_created` value, specified as `YYYY-MM-DD`, of the resources to read."""
    date_created_after: date
    """The `date_created` value, specified as `YYYY-MM-DD`, of the resources to read."""


class RecordingUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.conferences.recordings.update`` (``UpdateConferenceRecording``)."""

    status: Required[str]
    pause_behavior: str
    """Whether to record during a pause."""


_LIST_LIST: Operation[ConferenceRecording] = Operation(
    id="api.v2010.accounts.conferences.recordings.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings.json",
    spec="api_v2010",
    record=ConferenceRecording,
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


_CONTEXT_FETCH: Operation[ConferenceRecording] = Operation(
    id="api.v2010.accounts.conferences.recordings.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json",
    spec="api_v2010",
    record=ConferenceRecording,
)


_CONTEXT_UPDATE: Operation[ConferenceRecording] = Operation(
    id="api.v2010.accounts.conferences.recordings.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json",
    spec="api_v2010",
    record=ConferenceRecording,
    form={
        "status": "Status",
        "pause_behavior": "PauseBehavior",
    },
    required=frozenset(["status"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.conferences.recordings.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json",
    spec="api_v2010",
)


class RecordingContext(Resource):
    """One ``Accounts/AccountSid/Conferences/ConferenceSid/Recordings`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> ConferenceRecording:
        """Fetch an instance of a recording for a call."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[RecordingUpdateParams]) -> ConferenceRecording:
        """Changes the status of the recording to paused, stopped, or in-progress."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a recording from your account."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class RecordingList(Resource):
    """``Accounts/AccountSid/Conferences/ConferenceSid/Recordings`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings.json"

    def __call__(self, sid: str) -> RecordingContext:
        """The record with this ``sid``."""
        return self._child(RecordingContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[RecordingListParams],
    ) -> AsyncIterator[ConferenceRecording]:
        """Retrieve a list of recordings belonging to the call used to make the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[RecordingListParams],
    ) -> Page[ConferenceRecording]:
        """Retrieve a list of recordings belonging to the call used to make the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[RecordingListParams],
    ) -> list[ConferenceRecording]:
        """Retrieve a list of recordings belonging to the call used to make the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
