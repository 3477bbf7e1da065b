# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Transcription (Accounts/AccountSid/Recordings/RecordingSid/Transcriptions) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from decimal import Decimal

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = [
    "RecordingTranscription",
    "RecordingTranscriptionStatus",
    "TranscriptionContext",
    "TranscriptionList",
]


class RecordingTranscriptionStatus(OpenEnum):
    """``recording_transcription_enum_status``."""

    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    FAILED = "failed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RecordingTranscription(Record):
    """Record ``api.v2010.account.recording.recording_transcription`` (every field but ``account_sid``, ``date_created``, ``recording_sid``, ``sid`` may be ``None``)."""

    account_sid: str
    api_version: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    duration: str | None = None
    price: Decimal | None = None
    price_unit: str | None = None
    recording_sid: str
    sid: str
    status: RecordingTranscriptionStatus | None = None
    transcription_text: str | None = attrs.field(default=None, repr=False)
    type: str | None = None
    uri: str | None = None


_CONTEXT_FETCH: Operation[RecordingTranscription] = Operation(
    id="api.v2010.accounts.recordings.transcriptions.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions/{Sid}.json",
    spec="api_v2010",
    record=RecordingTranscription,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.recordings.transcriptions.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions/{Sid}.json",
    spec="api_v2010",
)


_LIST_LIST: Operation[RecordingTranscription] = Operation(
    id="api.v2010.accounts.recordings.transcriptions.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions.json",
    spec="api_v2010",
    record=RecordingTranscription,
    paging="v2010",
    envelope="transcriptions",
)


class TranscriptionContext(Resource):
    """One ``Accounts/AccountSid/Recordings/RecordingSid/Transcriptions`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> RecordingTranscription:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class TranscriptionList(Resource):
    """``Accounts/AccountSid/Recordings/RecordingSid/Transcriptions`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions.json"

    def __call__(self, sid: str) -> TranscriptionContext:
        """The record with this ``sid``."""
        return self._child(TranscriptionContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[RecordingTranscription]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[RecordingTranscription]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[RecordingTranscription]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
