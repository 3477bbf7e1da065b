# Generated from specs/twilio-oai/twilio_video_v1.json by codegen; do not edit.
"""Video v1: SubscribedTrack (Rooms/RoomSid/Participants/ParticipantSid/SubscribedTracks) on video.twilio.com."""

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
    "RoomParticipantSubscribedTrack",
    "RoomParticipantSubscribedTrackKind",
    "SubscribedTrackContext",
    "SubscribedTrackList",
]


class RoomParticipantSubscribedTrackKind(OpenEnum):
    """``room_participant_subscribed_track_enum_kind``."""

    AUDIO = "audio"
    VIDEO = "video"
    DATA = "data"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RoomParticipantSubscribedTrack(Record):
    """Record ``video.v1.room.room_participant.room_participant_subscribed_track`` (every field but ``sid``, ``participant_sid``, ``room_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    participant_sid: str
    publisher_sid: str | None = None
    room_sid: str
    name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    enabled: bool | None = None
    kind: RoomParticipantSubscribedTrackKind | None = None
    url: str


_CONTEXT_FETCH: Operation[RoomParticipantSubscribedTrack] = Operation(
    id="video.v1.rooms.participants.subscribed_tracks.fetch",
    method="GET",
    product="video",
    path="/v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribedTracks/{Sid}",
    spec="video_v1",
    record=RoomParticipantSubscribedTrack,
)


_LIST_LIST: Operation[RoomParticipantSubscribedTrack] = Operation(
    id="video.v1.rooms.participants.subscribed_tracks.list",
    method="GET",
    product="video",
    path="/v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribedTracks",
    spec="video_v1",
    record=RoomParticipantSubscribedTrack,
    paging="meta",
    envelope="subscribed_tracks",
)


class SubscribedTrackContext(Resource):
    """One ``Rooms/RoomSid/Participants/ParticipantSid/SubscribedTracks`` record: sid."""

    _path = "/v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribedTracks/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> RoomParticipantSubscribedTrack:
        """Returns a single Track resource represented by `track_sid`."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class SubscribedTrackList(Resource):
    """``Rooms/RoomSid/Participants/ParticipantSid/SubscribedTracks`` (call it with a sid)."""

    _path = "/v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribedTracks"

    def __call__(self, sid: str) -> SubscribedTrackContext:
        """The record with this ``sid``."""
        return self._child(SubscribedTrackContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[RoomParticipantSubscribedTrack]:
        """Returns a list of tracks that are subscribed for the participant. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[RoomParticipantSubscribedTrack]:
        """Returns a list of tracks that are subscribed for the participant. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[RoomParticipantSubscribedTrack]:
        """Returns a list of tracks that are subscribed for the participant. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
