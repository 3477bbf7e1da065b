# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Recording (Accounts/AccountSid/Recordings) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010.accounts_recordings_add_on_results import AddOnResultList
    from twilio_async.rest.api.v2010.accounts_recordings_transcriptions import TranscriptionList

__all__ = [
    "Recording",
    "RecordingContext",
    "RecordingFetchParams",
    "RecordingList",
    "RecordingListParams",
    "RecordingSource",
    "RecordingStatus",
]


class RecordingSource(OpenEnum):
    """``recording_enum_source``."""

    DIALVERB = "DialVerb"
    CONFERENCE = "Conference"
    OUTBOUNDAPI = "OutboundAPI"
    TRUNKING = "Trunking"
    RECORDVERB = "RecordVerb"
    STARTCALLRECORDINGAPI = "StartCallRecordingAPI"
    STARTCONFERENCERECORDINGAPI = "StartConferenceRecordingAPI"


class RecordingStatus(OpenEnum):
    """``recording_enum_status``."""

    IN_PROGRESS = "in-progress"
    PAUSED = "paused"
    STOPPED = "stopped"
    PROCESSING = "processing"
    COMPLETED = "completed"
    ABSENT = "absent"
    DELETED = "deleted"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Recording(Record):
    """Record ``api.v2010.account.recording`` (every field but ``account_sid``, ``date_created``, ``sid`` may be ``None``)."""

    account_sid: str
    api_version: str | None = None
    call_sid: str | None = None
    conference_sid: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    start_time: datetime | None = None
    duration: int | None = None
    sid: str
    price: Decimal | None = None
    price_unit: str | None = None
    status: RecordingStatus | None = None
    channels: int | None = None
    source: RecordingSource | None = None
    error_code: int | None = None
    uri: str | None = None
    encryption_details: Any | None = None
    subresource_uris: dict[str, Any] | None = None
    media_url: str | None = None


class RecordingFetchParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.recordings.fetch`` (``FetchRecording``)."""

    include_soft_deleted: bool
    """A boolean parameter indicating whether to retrieve soft deleted recordings or not."""


class RecordingListParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.recordings.list`` (``ListRecording``)."""

    date_created: datetime | date
    """Only include recordings that were created on this date."""
    date_created_before: datetime | date
    """Only include recordings that were created on this date."""
    date_created_after: datetime | date
    """Only include recordings that were created on this date."""
    call_sid: str
    """The Call SID of the resources to read."""
    conference_sid: str
    """The Conference SID that identifies the conference associated with the recording to read."""
    include_soft_deleted: bool
    """A boolean parameter indicating whether to retrieve soft deleted recordings or not."""


_CONTEXT_FETCH: Operation[Recording] = Operation(
    id="api.v2010.accounts.recordings.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.json",
    spec="api_v2010",
    record=Recording,
    query={
        "include_soft_deleted": "IncludeSoftDeleted",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.recordings.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.json",
    spec="api_v2010",
)


_LIST_LIST: Operation[Recording] = Operation(
    id="api.v2010.accounts.recordings.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Recordings.json",
    spec="api_v2010",
    record=Recording,
    query={
        "date_created": "DateCreated",
        "date_created_before": "DateCreated<",
        "date_created_after": "DateCreated>",
        "call_sid": "CallSid",
        "conference_sid": "ConferenceSid",
        "include_soft_deleted": "IncludeSoftDeleted",
    },
    paging="v2010",
    envelope="recordings",
)


class RecordingContext(Resource):
    """One ``Accounts/AccountSid/Recordings`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self, **params: Unpack[RecordingFetchParams]) -> Recording:
        """Fetch an instance of a recording."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Delete a recording from your account."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def add_on_results(self) -> AddOnResultList:
        """``Accounts/AccountSid/Recordings/ReferenceSid/AddOnResults``."""
        from twilio_async.rest.api.v2010.accounts_recordings_add_on_results import AddOnResultList

        return self._child(AddOnResultList)

    @property
    def transcriptions(self) -> TranscriptionList:
        """``Accounts/AccountSid/Recordings/RecordingSid/Transcriptions``."""
        from twilio_async.rest.api.v2010.accounts_recordings_transcriptions import TranscriptionList

        return self._child(TranscriptionList)


class RecordingList(Resource):
    """``Accounts/AccountSid/Recordings`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Recordings.json"

    def __call__(self, sid: str) -> RecordingContext:
        """The record with this ``sid``."""
        return self._child(RecordingContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[RecordingListParams],
    ) -> AsyncIterator[Recording]:
        """Retrieve a list of recordings belonging to the account used to make the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[RecordingListParams],
    ) -> Page[Recording]:
        """Retrieve a list of recordings belonging to the account used to make the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[RecordingListParams],
    ) -> list[Recording]:
        """Retrieve a list of recordings belonging to the account used to make the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
