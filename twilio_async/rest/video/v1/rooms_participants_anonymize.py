# Generated from specs/twilio-oai/twilio_video_v1.json by codegen; do not edit.
"""Video v1: Anonymize (Rooms/RoomSid/Participants/Sid/Anonymize) on video.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = [
    "AnonymizeContext",
    "AnonymizeList",
    "RoomParticipantAnonymize",
    "RoomParticipantAnonymizeStatus",
]


class RoomParticipantAnonymizeStatus(OpenEnum):
    """``room_participant_anonymize_enum_status``."""

    CONNECTED = "connected"
    DISCONNECTED = "disconnected"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RoomParticipantAnonymize(Record):
    """Record ``video.v1.room.room_participant.room_participant_anonymize`` (every field but ``sid``, ``room_sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    room_sid: str
    account_sid: str
    status: RoomParticipantAnonymizeStatus | None = None
    identity: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    duration: int | None = None
    url: str


_CONTEXT_UPDATE: Operation[RoomParticipantAnonymize] = Operation(
    id="video.v1.rooms.participants.anonymize.update",
    method="POST",
    product="video",
    path="/v1/Rooms/{RoomSid}/Participants/{Sid}/Anonymize",
    spec="video_v1",
    record=RoomParticipantAnonymize,
)


class AnonymizeContext(Resource):
    """One ``Rooms/RoomSid/Participants/Sid/Anonymize`` record."""

    _path = "/v1/Rooms/{RoomSid}/Participants/{Sid}/Anonymize"

    async def update(self) -> RoomParticipantAnonymize:
        """update."""
        return await self._call(_CONTEXT_UPDATE, {})

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class AnonymizeList(Resource):
    """``Rooms/RoomSid/Participants/Sid/Anonymize``."""

    def __call__(self) -> AnonymizeContext:
        """The one record of this resource."""
        return self._child(AnonymizeContext)
