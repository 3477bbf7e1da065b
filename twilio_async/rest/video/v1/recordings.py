# Generated from specs/twilio-oai/twilio_video_v1.json by codegen; do not edit.
"""Video v1: Recording (Recordings) on video.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import date, datetime
from typing import Any

import attrs

from twilio_async._enums import HttpMethod, OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "Recording",
    "RecordingCodec",
    "RecordingContext",
    "RecordingFormat",
    "RecordingList",
    "RecordingListParams",
    "RecordingStatus",
    "RecordingType",
]


class RecordingCodec(OpenEnum):
    """``recording_enum_codec``."""

    VP8 = "VP8"
    H264 = "H264"
    OPUS = "OPUS"
    PCMU = "PCMU"


class RecordingFormat(OpenEnum):
    """``recording_enum_format``."""

    MKA = "mka"
    MKV = "mkv"


class RecordingStatus(OpenEnum):
    """``recording_enum_status``."""

    PROCESSING = "processing"
    COMPLETED = "completed"
    DELETED = "deleted"
    FAILED = "failed"


class RecordingType(OpenEnum):
    """``recording_enum_type``."""

    AUDIO = "audio"
    VIDEO = "video"
    DATA = "data"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Recording(Record):
    """Record ``video.v1.recording`` (every field but ``account_sid``, ``date_created``, ``sid``, ``url`` may be ``None``)."""

    account_sid: str
    status: RecordingStatus | None = None
    date_created: datetime
    sid: str
    source_sid: str | None = None
    size: int | None = None
    url: str
    type: RecordingType | None = None
    duration: int | None = None
    container_format: RecordingFormat | None = None
    codec: RecordingCodec | None = None
    grouping_sids: Any | None = None
    track_name: str | None = None
    offset: int | None = None
    media_external_location: str | None = None
    status_callback: str | None = None
    status_callback_method: HttpMethod | None = None
    links: dict[str, Any] | None = None


class RecordingListParams(TypedDict, total=False):
    """Keywords of ``video.v1.recordings.list`` (``ListRecording``)."""

    status: str
    """Read only the recordings that have this status."""
    source_sid: str
    """Read only the recordings that have this `source_sid`."""
    grouping_sid: Sequence[str]
    """Read only recordings with this `grouping_sid`, which may include a `participant_sid` and/or a `room_sid`."""
    date_created_after: datetime | date
    """Read only recordings that started on or after this ISO 8601 date-time with time zone."""
    date_created_before: datetime | date
    """Read only recordings that started before this ISO 8601 date-time with time zone, given as `YYYY-MM-DDThh:mm:ss+|-hh:mm` or `YYYY-MM-DDThh:mm:ssZ`."""
    media_type: str
    """Read only recordings that have this media type."""


_CONTEXT_FETCH: Operation[Recording] = Operation(
    id="video.v1.recordings.fetch",
    method="GET",
    product="video",
    path="/v1/Recordings/{Sid}",
    spec="video_v1",
    record=Recording,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="video.v1.recordings.delete",
    method="DELETE",
    product="video",
    path="/v1/Recordings/{Sid}",
    spec="video_v1",
)


_LIST_LIST: Operation[Recording] = Operation(
    id="video.v1.recordings.list",
    method="GET",
    product="video",
    path="/v1/Recordings",
    spec="video_v1",
    record=Recording,
    query={
        "status": "Status",
        "source_sid": "SourceSid",
        "grouping_sid": "GroupingSid",
        "date_created_after": "DateCreatedAfter",
        "date_created_before": "DateCreatedBefore",
        "media_type": "MediaType",
    },
    paging="meta",
    envelope="recordings",
    max_page_size=100,
)


class RecordingContext(Resource):
    """One ``Recordings`` record: sid."""

    _path = "/v1/Recordings/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Recording:
        """Returns a single Recording resource identified by a Recording SID."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Delete a Recording resource identified by a Recording SID."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class RecordingList(Resource):
    """``Recordings`` (call it with a sid)."""

    _path = "/v1/Recordings"

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
        """List of all Track recordings. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[RecordingListParams],
    ) -> Page[Recording]:
        """List of all Track recordings. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[RecordingListParams],
    ) -> list[Recording]:
        """List of all Track recordings. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
