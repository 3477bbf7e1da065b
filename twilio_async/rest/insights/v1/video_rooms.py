# Generated from specs/twilio-oai/twilio_insights_v1.json by codegen; do not edit.
"""Insights v1: Room (Video/Rooms) on insights.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._enums import HttpMethod, OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.insights.v1.video_rooms_participants import ParticipantList

__all__ = [
    "RoomContext",
    "RoomList",
    "RoomListParams",
    "VideoRoomSummary",
    "VideoRoomSummaryCodec",
    "VideoRoomSummaryCreatedMethod",
    "VideoRoomSummaryEdgeLocation",
    "VideoRoomSummaryEndReason",
    "VideoRoomSummaryProcessingState",
    "VideoRoomSummaryRoomStatus",
    "VideoRoomSummaryRoomType",
    "VideoRoomSummaryTwilioRealm",
]


class VideoRoomSummaryCodec(OpenEnum):
    """``video_room_summary_enum_codec``."""

    VP8 = "VP8"
    H264 = "H264"
    VP9 = "VP9"
    OPUS = "opus"


class VideoRoomSummaryCreatedMethod(OpenEnum):
    """``video_room_summary_enum_created_method``."""

    SDK = "sdk"
    AD_HOC = "ad_hoc"
    API = "api"


class VideoRoomSummaryEdgeLocation(OpenEnum):
    """``video_room_summary_enum_edge_location``."""

    ASHBURN = "ashburn"
    DUBLIN = "dublin"
    FRANKFURT = "frankfurt"
    SINGAPORE = "singapore"
    SYDNEY = "sydney"
    SAO_PAULO = "sao_paulo"
    ROAMING = "roaming"
    UMATILLA = "umatilla"
    TOKYO = "tokyo"


class VideoRoomSummaryEndReason(OpenEnum):
    """``video_room_summary_enum_end_reason``."""

    ROOM_ENDED_VIA_API = "room_ended_via_api"
    TIMEOUT = "timeout"


class VideoRoomSummaryProcessingState(OpenEnum):
    """``video_room_summary_enum_processing_state``."""

    COMPLETE = "complete"
    IN_PROGRESS = "in_progress"
    TIMEOUT = "timeout"
    NOT_STARTED = "not_started"


class VideoRoomSummaryRoomStatus(OpenEnum):
    """``video_room_summary_enum_room_status``."""

    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


class VideoRoomSummaryRoomType(OpenEnum):
    """``video_room_summary_enum_room_type``."""

    GO = "go"
    PEER_TO_PEER = "peer_to_peer"
    GROUP = "group"
    GROUP_SMALL = "group_small"


class VideoRoomSummaryTwilioRealm(OpenEnum):
    """``video_room_summary_enum_twilio_realm``."""

    US1 = "us1"
    US2 = "us2"
    AU1 = "au1"
    BR1 = "br1"
    IE1 = "ie1"
    JP1 = "jp1"
    SG1 = "sg1"
    IN1 = "in1"
    DE1 = "de1"
    GLL = "gll"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class VideoRoomSummary(Record):
    """Record ``insights.v1.video_room_summary`` (every field but ``account_sid``, ``room_sid``, ``url`` may be ``None``)."""

    account_sid: str
    room_sid: str
    room_name: str | None = None
    create_time: datetime | None = None
    end_time: datetime | None = None
    room_type: VideoRoomSummaryRoomType | None = None
    room_status: VideoRoomSummaryRoomStatus | None = None
    status_callback: str | None = None
    status_callback_method: HttpMethod | None = None
    created_method: VideoRoomSummaryCreatedMethod | None = None
    end_reason: VideoRoomSummaryEndReason | None = None
    max_participants: int | None = None
    unique_participants: int | None = None
    unique_participant_identities: int | None = None
    concurrent_participants: int | None = None
    max_concurrent_participants: int | None = None
    codecs: list[VideoRoomSummaryCodec] | None = None
    media_region: VideoRoomSummaryTwilioRealm | None = None
    duration_sec: int | None = None
    total_participant_duration_sec: int | None = None
    total_recording_duration_sec: int | None = None
    processing_state: VideoRoomSummaryProcessingState | None = None
    recording_enabled: bool | None = None
    edge_location: VideoRoomSummaryEdgeLocation | None = None
    url: str
    links: dict[str, Any] | None = None


class RoomListParams(TypedDict, total=False):
    """Keywords of ``insights.v1.rooms.list`` (``ListVideoRoomSummary``)."""

    room_type: Sequence[str]
    """Type of room."""
    codec: Sequence[str]
    """Codecs used by participants in the room."""
    room_name: str
    """Room friendly name."""
    created_after: datetime | date
    """Only read rooms that started on or after this ISO 8601 timestamp."""
    created_before: datetime | date
    """Only read rooms that started before this ISO 8601 timestamp."""


_CONTEXT_FETCH: Operation[VideoRoomSummary] = Operation(
    id="insights.v1.rooms.fetch",
    method="GET",
    product="insights",
    path="/v1/Video/Rooms/{RoomSid}",
    spec="insights_v1",
    record=VideoRoomSummary,
)


_LIST_LIST: Operation[VideoRoomSummary] = Operation(
    id="insights.v1.rooms.list",
    method="GET",
    product="insights",
    path="/v1/Video/Rooms",
    spec="insights_v1",
    record=VideoRoomSummary,
    query={
        "room_type": "RoomType",
        "codec": "Codec",
        "room_name": "RoomName",
        "created_after": "CreatedAfter",
        "created_before": "CreatedBefore",
    },
    paging="meta",
    envelope="rooms",
)


class RoomContext(Resource):
    """One ``Video/Rooms`` record: room_sid."""

    _path = "/v1/Video/Rooms/{RoomSid}"

    @property
    def room_sid(self) -> str:
        """The ``room_sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> VideoRoomSummary:
        """Get Video Log Analyzer data for a Room."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    @property
    def participants(self) -> ParticipantList:
        """``Video/Rooms/RoomSid/Participants``."""
        from twilio_async.rest.insights.v1.video_rooms_participants import ParticipantList

        return self._child(ParticipantList)


class RoomList(Resource):
    """``Video/Rooms`` (call it with a room_sid)."""

    _path = "/v1/Video/Rooms"

    def __call__(self, room_sid: str) -> RoomContext:
        """The record with this ``room_sid``."""
        return self._child(RoomContext, room_sid=room_sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[RoomListParams],
    ) -> AsyncIterator[VideoRoomSummary]:
        """Get a list of Programmable Video Rooms. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[RoomListParams],
    ) -> Page[VideoRoomSummary]:
        """Get a list of Programmable Video Rooms. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[RoomListParams],
    ) -> list[VideoRoomSummary]:
        """Get a list of Programmable Video Rooms. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
