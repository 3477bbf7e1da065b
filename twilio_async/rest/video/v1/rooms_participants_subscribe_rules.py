# Generated from specs/twilio-oai/twilio_video_v1.json by codegen; do not edit.
"""Video v1: SubscribeRules (Rooms/RoomSid/Participants/ParticipantSid/SubscribeRules) on video.twilio.com."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "RoomParticipantSubscribeRule",
    "RoomParticipantSubscribeRuleRules",
    "SubscribeRulesList",
    "SubscribeRulesUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RoomParticipantSubscribeRule(Record):
    """Record ``video.v1.room.room_participant.room_participant_subscribe_rule`` (every field but ``participant_sid``, ``room_sid`` may be ``None``)."""

    participant_sid: str
    room_sid: str
    rules: list[RoomParticipantSubscribeRuleRules] | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RoomParticipantSubscribeRuleRules(Record):
    """Record ``RoomParticipantSubscribeRuleRules`` (every field may be ``None``)."""

    type: str | None = None
    all: bool | None = None
    publisher: str | None = None
    track: str | None = None
    kind: str | None = None
    priority: str | None = None


class SubscribeRulesUpdateParams(TypedDict, total=False):
    """Keywords of ``video.v1.rooms.participants.subscribe_rules.update`` (``UpdateRoomParticipantSubscribeRule``)."""

    rules: Any
    """A JSON-encoded array of subscribe rules."""


_LIST_FETCH: Operation[RoomParticipantSubscribeRule] = Operation(
    id="video.v1.rooms.participants.subscribe_rules.fetch",
    method="GET",
    product="video",
    path="/v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribeRules",
    spec="video_v1",
    record=RoomParticipantSubscribeRule,
)


_LIST_UPDATE: Operation[RoomParticipantSubscribeRule] = Operation(
    id="video.v1.rooms.participants.subscribe_rules.update",
    method="POST",
    product="video",
    path="/v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribeRules",
    spec="video_v1",
    record=RoomParticipantSubscribeRule,
    form={
        "rules": "Rules",
    },
    encode={
        "rules": "json",
    },
)


class SubscribeRulesList(Resource):
    """``Rooms/RoomSid/Participants/ParticipantSid/SubscribeRules``."""

    _path = "/v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/SubscribeRules"

    async def fetch(self) -> RoomParticipantSubscribeRule:
        """Returns a list of Subscribe Rules for the Participant."""
        return await self._call(_LIST_FETCH, {})

    fetch_with_http_info = with_http_info(_LIST_FETCH, fetch)

    async def update(
        self, **params: Unpack[SubscribeRulesUpdateParams]
    ) -> RoomParticipantSubscribeRule:
        """Update the Subscribe Rules for the Participant."""
        return await self._call(_LIST_UPDATE, params)

    update_with_http_info = with_http_info(_LIST_UPDATE, update)
