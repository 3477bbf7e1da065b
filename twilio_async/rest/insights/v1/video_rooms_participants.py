# Generated from specs/twilio-oai/twilio_insights_v1.json by codegen; do not edit.
"""Insights v1: Participant (Video/Rooms/RoomSid/Participants) on insights.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = [
    "ParticipantContext",
    "ParticipantList",
    "VideoParticipantSummary",
    "VideoParticipantSummaryCodec",
    "VideoParticipantSummaryEdgeLocation",
    "VideoParticipantSummaryRoomStatus",
    "VideoParticipantSummaryTwilioRealm",
]


class VideoParticipantSummaryCodec(OpenEnum):
    """``video_participant_summary_enum_codec``."""

    VP8 = "VP8"
    H264 = "H264"
    VP9 = "VP9"
    OPUS = "opus"


class VideoParticipantSummaryEdgeLocation(OpenEnum):
    """``video_participant_summary_enum_edge_location``."""

    ASHBURN = "ashburn"
    DUBLIN = "dublin"
    FRANKFURT = "frankfurt"
    SINGAPORE = "singapore"
    SYDNEY = "sydney"
    SAO_PAULO = "sao_paulo"
    ROAMING = "roaming"
    UMATILLA = "umatilla"
    TOKYO = "tokyo"


class VideoParticipantSummaryRoomStatus(OpenEnum):
    """``video_participant_summary_enum_room_status``."""

    IN_PROGRESS = "in_progress"
    CONNECTED = "connected"
    COMPLETED = "completed"
    DISCONNECTED = "disconnected"


class VideoParticipantSummaryTwilioRealm(OpenEnum):
    """``video_participant_summary_enum_twilio_realm``."""

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
class VideoParticipantSummary(Record):
    """Record ``insights.v1.video_room_summary.video_participant_summary`` (every field but ``participant_sid``, ``account_sid``, ``room_sid``, ``url`` may be ``None``)."""

    participant_sid: str
    participant_identity: str | None = None
    join_time: datetime | None = None
    leave_time: datetime | None = None
    duration_sec: int | None = None
    account_sid: str
    room_sid: str
    status: VideoParticipantSummaryRoomStatus | None = None
    codecs: list[VideoParticipantSummaryCodec] | None = None
    end_reason: str | None = None
    error_code: int | None = None
    error_code_url: str | None = None
    media_region: VideoParticipantSummaryTwilioRealm | None = None
    properties: Any | None = None
    edge_location: VideoParticipantSummaryEdgeLocation | None = None
    publisher_info: Any | None = None
    url: str


_CONTEXT_FETCH: Operation[VideoParticipantSummary] = Operation(
    id="insights.v1.rooms.participants.fetch",
    method="GET",
    product="insights",
    path="/v1/Video/Rooms/{RoomSid}/Participants/{ParticipantSid}",
    spec="insights_v1",
    record=VideoParticipantSummary,
)


_LIST_LIST: Operation[VideoParticipantSummary] = Operation(
    id="insights.v1.rooms.participants.list",
    method="GET",
    product="insights",
    path="/v1/Video/Rooms/{RoomSid}/Participants",
    spec="insights_v1",
    record=VideoParticipantSummary,
    paging="meta",
    envelope="participants",
)


class ParticipantContext(Resource):
    """One ``Video/Rooms/RoomSid/Participants`` record: participant_sid."""

    _path = "/v1/Video/Rooms/{RoomSid}/Participants/{ParticipantSid}"

    @property
    def participant_sid(self) -> str:
        """The ``participant_sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> VideoParticipantSummary:
        """Get Video Log Analyzer data for a Room Participant."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class ParticipantList(Resource):
    """``Video/Rooms/RoomSid/Participants`` (call it with a participant_sid)."""

    _path = "/v1/Video/Rooms/{RoomSid}/Participants"

    def __call__(self, participant_sid: str) -> ParticipantContext:
        """The record with this ``participant_sid``."""
        return self._child(ParticipantContext, participant_sid=participant_sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[VideoParticipantSummary]:
        """Get a list of room participants. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[VideoParticipantSummary]:
        """Get a list of room participants. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[VideoParticipantSummary]:
        """Get a list of room participants. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
