# Generated from specs/twilio-oai/twilio_video_v1.json by codegen; do not edit.
"""Video v1: RoomRecording (Rooms/RoomSid/Recordings) on video.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "RoomRecording",
    "RoomRecordingCodec",
    "RoomRecordingContext",
    "RoomRecordingFormat",
    "RoomRecordingList",
    "RoomRecordingListParams",
    "RoomRecordingStatus",
    "RoomRecordingType",
]


class RoomRecordingCodec(OpenEnum):
    """``room_recording_enum_codec``."""

    VP8 = "VP8"
    H264 = "H264"
    OPUS = "OPUS"
    PCMU = "PCMU"


class RoomRecordingFormat(OpenEnum):
    """``room_recording_enum_format``."""

    MKA = "mka"
    MKV = "mkv"


class RoomRecordingStatus(OpenEnum):
    """``room_recording_enum_status``."""

    PROCESSING = "processing"
    COMPLETED = "completed"
    DELETED = "deleted"
    FAILED = "failed"


class RoomRecordingType(OpenEnum):
    """``room_recording_enum_type``."""

    AUDIO = "audio"
    VIDEO = "video"
    DATA = "data"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RoomRecording(Record):
    """Record ``video.v1.room.room_recording`` (every field but ``account_sid``, ``date_created``, ``sid``, ``url``, ``room_sid`` may be ``None``)."""

    account_sid: str
    status: RoomRecordingStatus | None = None
    date_created: datetime
    sid: str
    source_sid: str | None = None
    size: int | None = None
    url: str
    type: RoomRecordingType | None = None
    duration: int | None = None
    container_format: RoomRecordingFormat | None = None
    codec: RoomRecordingCodec | None = None
    grouping_sids: Any | None = None
    track_name: str | None = None
    offset: int | None = None
    media_external_location: str | None = None
    room_sid: str
    links: dict[str, Any] | None = None


class RoomRecordingListParams(TypedDict, total=False):
    """Keywords of ``video.v1.rooms.recordings.list`` (``ListRoomRecording``)."""

    status: str
    """Read only the recordings with this status."""
    source_sid: str
    """Read only the recordings that have this `source_sid`."""
    date_created_after: datetime | date
    """Read only recordings that started on or after this ISO 8601 datetime with time zone."""
    date_created_before: datetime | date
    """Read only Recordings that started before this ISO 8601 datetime with time zone."""


_CONTEXT_FETCH: Operation[RoomRecording] = Operation(
    id="video.v1.rooms.recordings.fetch",
    method="GET",
    product="video",
    path="/v1/Rooms/{RoomSid}/Recordings/{Sid}",
    spec="video_v1",
    record=RoomRecording,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="video.v1.rooms.recordings.delete",
    method="DELETE",
    product="video",
    path="/v1/Rooms/{RoomSid}/Recordings/{Sid}",
    spec="video_v1",
)


_LIST_LIST: Operation[RoomRecording] = Operation(
    id="video.v1.rooms.recordings.list",
    method="GET",
    product="video",
    path="/v1/Rooms/{RoomSid}/Recordings",
    spec="video_v1",
    record=RoomRecording,
    query={
        "status": "Status",
        "source_sid": "SourceSid",
        "date_created_after": "DateCreatedAfter",
        "date_created_before": "DateCreatedBefore",
    },
    paging="meta",
    envelope="recordings",
)


class RoomRecordingContext(Resource):
    """One ``Rooms/RoomSid/Recordings`` record: sid."""

    _path = "/v1/Rooms/{RoomSid}/Recordings/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> RoomRecording:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class RoomRecordingList(Resource):
    """``Rooms/RoomSid/Recordings`` (call it with a sid)."""

    _path = "/v1/Rooms/{RoomSid}/Recordings"

    def __call__(self, sid: str) -> RoomRecordingContext:
        """The record with this ``sid``."""
        return self._child(RoomRecordingContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[RoomRecordingListParams],
    ) -> AsyncIterator[RoomRecording]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[RoomRecordingListParams],
    ) -> Page[RoomRecording]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[RoomRecordingListParams],
    ) -> list[RoomRecording]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
