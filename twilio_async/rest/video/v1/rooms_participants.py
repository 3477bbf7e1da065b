# Generated from specs/twilio-oai/twilio_video_v1.json by codegen; do not edit.
"""Video v1: Participant (Rooms/RoomSid/Participants) on video.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.video.v1.rooms_participants_anonymize import AnonymizeList
    from twilio_async.rest.video.v1.rooms_participants_published_tracks import PublishedTrackList
    from twilio_async.rest.video.v1.rooms_participants_subscribe_rules import SubscribeRulesList
    from twilio_async.rest.video.v1.rooms_participants_subscribed_tracks import SubscribedTrackList

__all__ = [
    "ParticipantContext",
    "ParticipantList",
    "ParticipantListParams",
    "ParticipantUpdateParams",
    "RoomParticipant",
    "RoomParticipantStatus",
]


class RoomParticipantStatus(OpenEnum):
    """``room_participant_enum_status``."""

    CONNECTED = "connected"
    DISCONNECTED = "disconnected"
    RECONNECTING = "reconnecting"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RoomParticipant(Record):
    """Record ``video.v1.room.room_participant`` (every field but ``sid``, ``room_sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    room_sid: str
    account_sid: str
    status: RoomParticipantStatus | None = None
    identity: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    duration: int | None = None
    url: str
    links: dict[str, Any] | None = None


class ParticipantUpdateParams(TypedDict, total=False):
    """Keywords of ``video.v1.rooms.participants.update`` (``UpdateRoomParticipant``)."""

    status: str


class ParticipantListParams(TypedDict, total=False):
    """Keywords of ``video.v1.rooms.participants.list`` (``ListRoomParticipant``)."""

    status: str
    """Read only the participants with this status."""
    identity: str
    """Read only the Participants with this User `identity` value."""
    date_created_after: datetime | date
    """Read only Participants that started after this date in ISO 8601 format."""
    date_created_before: datetime | date
    """Read only Participants that started before this date in ISO 8601 format."""


_CONTEXT_FETCH: Operation[RoomParticipant] = Operation(
    id="video.v1.rooms.participants.fetch",
    method="GET",
    product="video",
    path="/v1/Rooms/{RoomSid}/Participants/{Sid}",
    spec="video_v1",
    record=RoomParticipant,
)


_CONTEXT_UPDATE: Operation[RoomParticipant] = Operation(
    id="video.v1.rooms.participants.update",
    method="POST",
    product="video",
    path="/v1/Rooms/{RoomSid}/Participants/{Sid}",
    spec="video_v1",
    record=RoomParticipant,
    form={
        "status": "Status",
    },
)


_LIST_LIST: Operation[RoomParticipant] = Operation(
    id="video.v1.rooms.participants.list",
    method="GET",
    product="video",
    path="/v1/Rooms/{RoomSid}/Participants",
    spec="video_v1",
    record=RoomParticipant,
    query={
        "status": "Status",
        "identity": "Identity",
        "date_created_after": "DateCreatedAfter",
        "date_created_before": "DateCreatedBefore",
    },
    paging="meta",
    envelope="participants",
)


class ParticipantContext(Resource):
    """One ``Rooms/RoomSid/Participants`` record: sid."""

    _path = "/v1/Rooms/{RoomSid}/Participants/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> RoomParticipant:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ParticipantUpdateParams]) -> RoomParticipant:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    @property
    def anonymize(self) -> AnonymizeList:
        """``Rooms/RoomSid/Participants/Sid/Anonymize``."""
        from twilio_async.rest.video.v1.rooms_participants_anonymize import AnonymizeList

        return self._child(AnonymizeList)

    @property
    def published_tracks(self) -> PublishedTrackList:
        """``Rooms/RoomSid/Participants/ParticipantSid/PublishedTracks``."""
        from twilio_async.rest.video.v1.rooms_participants_published_tracks import (
            PublishedTrackList,
        )

        return self._child(PublishedTrackList)

    @property
    def subscribe_rules(self) -> SubscribeRulesList:
        """``Rooms/RoomSid/Participants/ParticipantSid/SubscribeRules``."""
        from twilio_async.rest.video.v1.rooms_participants_subscribe_rules import SubscribeRulesList

        return self._child(SubscribeRulesList)

    @property
    def subscribed_tracks(self) -> SubscribedTrackList:
        """``Rooms/RoomSid/Participants/ParticipantSid/SubscribedTracks``."""
        from twilio_async.rest.video.v1.rooms_participants_subscribed_tracks import (
            SubscribedTrackList,
        )

        return self._child(SubscribedTrackList)


class ParticipantList(Resource):
    """``Rooms/RoomSid/Participants`` (call it with a sid)."""

    _path = "/v1/Rooms/{RoomSid}/Participants"

    def __call__(self, sid: str) -> ParticipantContext:
        """The record with this ``sid``."""
        return self._child(ParticipantContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ParticipantListParams],
    ) -> AsyncIterator[RoomParticipant]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[ParticipantListParams],
    ) -> Page[RoomParticipant]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ParticipantListParams],
    ) -> list[RoomParticipant]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
