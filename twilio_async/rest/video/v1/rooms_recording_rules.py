# Generated from specs/twilio-oai/twilio_video_v1.json by codegen; do not edit.
"""Video v1: RecordingRules (Rooms/RoomSid/RecordingRules) on video.twilio.com."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "RecordingRulesList",
    "RecordingRulesUpdateParams",
    "RoomRecordingRule",
    "RoomRecordingRuleRules",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RoomRecordingRule(Record):
    """Record ``video.v1.room.room_recording_rule`` (every field but ``room_sid``, ``date_created`` may be ``None``)."""

    room_sid: str
    rules: list[RoomRecordingRuleRules] | None = None
    date_created: datetime
    date_updated: datetime | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RoomRecordingRuleRules(Record):
    """Record ``RoomRecordingRuleRules`` (every field may be ``None``)."""

    type: str | None = None
    all: bool | None = None
    publisher: str | None = None
    track: str | None = None
    kind: str | None = None


class RecordingRulesUpdateParams(TypedDict, total=False):
    """Keywords of ``video.v1.rooms.recording_rules.update`` (``UpdateRoomRecordingRule``)."""

    rules: Any
    """A JSON-encoded array of recording rules."""


_LIST_FETCH: Operation[RoomRecordingRule] = Operation(
    id="video.v1.rooms.recording_rules.fetch",
    method="GET",
    product="video",
    path="/v1/Rooms/{RoomSid}/RecordingRules",
    spec="video_v1",
    record=RoomRecordingRule,
)


_LIST_UPDATE: Operation[RoomRecordingRule] = Operation(
    id="video.v1.rooms.recording_rules.update",
    method="POST",
    product="video",
    path="/v1/Rooms/{RoomSid}/RecordingRules",
    spec="video_v1",
    record=RoomRecordingRule,
    form={
        "rules": "Rules",
    },
    encode={
        "rules": "json",
    },
)


class RecordingRulesList(Resource):
    """``Rooms/RoomSid/RecordingRules``."""

    _path = "/v1/Rooms/{RoomSid}/RecordingRules"

    async def fetch(self) -> RoomRecordingRule:
        """Returns a list of Recording Rules for the Room."""
        return await self._call(_LIST_FETCH, {})

    fetch_with_http_info = with_http_info(_LIST_FETCH, fetch)

    async def update(self, **params: Unpack[RecordingRulesUpdateParams]) -> RoomRecordingRule:
        """Update the Recording Rules for the Room."""
        return await self._call(_LIST_UPDATE, params)

    update_with_http_info = with_http_info(_LIST_UPDATE, update)
