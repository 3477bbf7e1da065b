# Generated from specs/twilio-oai/twilio_video_v1.json by codegen; do not edit.
"""Video v1: Transcriptions (Rooms/RoomSid/Transcriptions) on video.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "RoomTranscriptions",
    "RoomTranscriptionsStatus",
    "TranscriptionsContext",
    "TranscriptionsCreateParams",
    "TranscriptionsList",
    "TranscriptionsUpdateParams",
]


class RoomTranscriptionsStatus(OpenEnum):
    """``room_transcriptions_enum_status``."""

    STARTED = "started"
    STOPPED = "stopped"
    FAILED = "failed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RoomTranscriptions(Record):
    """Record ``video.v1.room.room_transcriptions`` (every field but ``ttid``, ``account_sid``, ``room_sid``, ``date_created``, ``url`` may be ``None``)."""

    ttid: str
    account_sid: str
    room_sid: str
    source_sid: str | None = None
    status: RoomTranscriptionsStatus | None = None
    date_created: datetime
    date_updated: datetime | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    duration: int | None = None
    url: str
    configuration: dict[str, Any] | None = None


class TranscriptionsUpdateParams(TypedDict, total=False):
    """Keywords of ``video.v1.rooms.transcriptions.update`` (``UpdateRoomTranscriptions``)."""

    status: str
    configuration: Any
    """A collection of properties that describe transcription behaviour."""


class TranscriptionsCreateParams(TypedDict, total=False):
    """Keywords of ``video.v1.rooms.transcriptions.create`` (``CreateRoomTranscriptions``)."""

    configuration: Any
    """A collection of properties that describe transcription behaviour."""


_CONTEXT_FETCH: Operation[RoomTranscriptions] = Operation(
    id="video.v1.rooms.transcriptions.fetch",
    method="GET",
    product="video",
    path="/v1/Rooms/{RoomSid}/Transcriptions/{Ttid}",
    spec="video_v1",
    record=RoomTranscriptions,
)


_CONTEXT_UPDATE: Operation[RoomTranscriptions] = Operation(
    id="video.v1.rooms.transcriptions.update",
    method="POST",
    product="video",
    path="/v1/Rooms/{RoomSid}/Transcriptions/{Ttid}",
    spec="video_v1",
    record=RoomTranscriptions,
    form={
        "status": "Status",
        "configuration": "Configuration",
    },
    encode={
        "configuration": "json",
    },
)


_LIST_LIST: Operation[RoomTranscriptions] = Operation(
    id="video.v1.rooms.transcriptions.list",
    method="GET",
    product="video",
    path="/v1/Rooms/{RoomSid}/Transcriptions",
    spec="video_v1",
    record=RoomTranscriptions,
    paging="meta",
    envelope="transcriptions",
)


_LIST_CREATE: Operation[RoomTranscriptions] = Operation(
    id="video.v1.rooms.transcriptions.create",
    method="POST",
    product="video",
    path="/v1/Rooms/{RoomSid}/Transcriptions",
    spec="video_v1",
    record=RoomTranscriptions,
    form={
        "configuration": "Configuration",
    },
    encode={
        "configuration": "json",
    },
)


class TranscriptionsContext(Resource):
    """One ``Rooms/RoomSid/Transcriptions`` record: ttid."""

    _path = "/v1/Rooms/{RoomSid}/Transcriptions/{Ttid}"

    @property
    def ttid(self) -> str:
        """The ``ttid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> RoomTranscriptions:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[TranscriptionsUpdateParams]) -> RoomTranscriptions:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class TranscriptionsList(CreateMany[TranscriptionsCreateParams, RoomTranscriptions], Resource):
    """``Rooms/RoomSid/Transcriptions`` (call it with a ttid)."""

    _path = "/v1/Rooms/{RoomSid}/Transcriptions"
    _create_operation = _LIST_CREATE

    def __call__(self, ttid: str) -> TranscriptionsContext:
        """The record with this ``ttid``."""
        return self._child(TranscriptionsContext, ttid=ttid)

    async def create(self, **params: Unpack[TranscriptionsCreateParams]) -> RoomTranscriptions:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[RoomTranscriptions]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[RoomTranscriptions]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[RoomTranscriptions]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
