# Generated from specs/twilio-oai/twilio_video_v1.json by codegen; do not edit.
"""Video v1: PublishedTrack (Rooms/RoomSid/Participants/ParticipantSid/PublishedTracks) on video.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = [
    "PublishedTrackContext",
    "PublishedTrackList",
    "RoomParticipantPublishedTrack",
    "RoomParticipantPublishedTrackKind",
]


class RoomParticipantPublishedTrackKind(OpenEnum):
    """``room_participant_published_track_enum_kind``."""

    AUDIO = "audio"
    VIDEO = "video"
    DATA = "data"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RoomParticipantPublishedTrack(Record):
    """Record ``video.v1.room.room_participant.room_participant_published_track`` (every field but ``sid``, ``participant_sid``, ``room_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    participant_sid: str
    room_sid: str
    name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    enabled: bool | None = None
    kind: RoomParticipantPublishedTrackKind | None = None
    url: str


_CONTEXT_FETCH: Operation[RoomParticipantPublishedTrack] = Operation(
    id="video.v1.rooms.participants.published_tracks.fetch",
    method="GET",
    product="video",
    path="/v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/PublishedTracks/{Sid}",
    spec="video_v1",
    record=RoomParticipantPublishedTrack,
)


_LIST_LIST: Operation[RoomParticipantPublishedTrack] = Operation(
    id="video.v1.rooms.participants.published_tracks.list",
    method="GET",
    product="video",
    path="/v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/PublishedTracks",
    spec="video_v1",
    record=RoomParticipantPublishedTrack,
    paging="meta",
    envelope="published_tracks",
)


class PublishedTrackContext(Resource):
    """One ``Rooms/RoomSid/Participants/ParticipantSid/PublishedTracks`` record: sid."""

    _path = "/v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/PublishedTracks/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> RoomParticipantPublishedTrack:
        """Returns a single Track resource represented by TrackName or SID."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class PublishedTrackList(Resource):
    """``Rooms/RoomSid/Participants/ParticipantSid/PublishedTracks`` (call it with a sid)."""

    _path = "/v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/PublishedTracks"

    def __call__(self, sid: str) -> PublishedTrackContext:
        """The record with this ``sid``."""
        return self._child(PublishedTrackContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[RoomParticipantPublishedTrack]:
        """Returns a list of tracks associated with a given Participant. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[RoomParticipantPublishedTrack]:
        """Returns a list of tracks associated with a given Participant. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[RoomParticipantPublishedTrack]:
        """Returns a list of tracks associated with a given Participant. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
