# Generated from specs/twilio-oai/twilio_video_v1.json by codegen; do not edit.
"""Video v1: Room (Rooms) on video.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import HttpMethod, OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.video.v1.rooms_participants import ParticipantList
    from twilio_async.rest.video.v1.rooms_recording_rules import RecordingRulesList
    from twilio_async.rest.video.v1.rooms_recordings import RoomRecordingList
    from twilio_async.rest.video.v1.rooms_transcriptions import TranscriptionsList

__all__ = [
    "Room",
    "RoomContext",
    "RoomCreateParams",
    "RoomList",
    "RoomListParams",
    "RoomRoomStatus",
    "RoomRoomType",
    "RoomUpdateParams",
    "RoomVideoCodec",
]


class RoomRoomStatus(OpenEnum):
    """``room_enum_room_status``."""

    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    FAILED = "failed"


class RoomRoomType(OpenEnum):
    """``room_enum_room_type``."""

    GROUP = "group"
    GO = "go"
    PEER_TO_PEER = "peer-to-peer"
    GROUP_SMALL = "group-small"


class RoomVideoCodec(OpenEnum):
    """``room_enum_video_codec``."""

    VP8 = "VP8"
    H264 = "H264"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Room(Record):
    """Record ``video.v1.room`` (every field but ``sid``, ``date_created``, ``account_sid``, ``url`` may be ``None``)."""

    sid: str
    status: RoomRoomStatus | None = None
    date_created: datetime
    date_updated: datetime | None = None
    account_sid: str
    enable_turn: bool | None = None
    unique_name: str | None = None
    status_callback: str | None = None
    status_callback_method: HttpMethod | None = None
    end_time: datetime | None = None
    duration: int | None = None
    type: RoomRoomType | None = None
    max_participants: int | None = None
    max_participant_duration: int | None = None
    max_concurrent_published_tracks: int | None = None
    record_participants_on_connect: bool | None = None
    video_codecs: list[RoomVideoCodec] | None = None
    media_region: str | None = None
    audio_only: bool | None = None
    empty_room_timeout: int | None = None
    unused_room_timeout: int | None = None
    large_room: bool | None = None
    url: str
    links: dict[str, Any] | None = None


class RoomUpdateParams(TypedDict, total=False):
    """Keywords of ``video.v1.rooms.update`` (``UpdateRoom``)."""

    status: Required[str]


class RoomListParams(TypedDict, total=False):
    """Keywords of ``video.v1.rooms.list`` (``ListRoom``)."""

    status: str
    """Read only the rooms with this status."""
    unique_name: str
    """Read only rooms with the this `unique_name`."""
    date_created_after: datetime | date
    """Read only rooms that started on or after this date, given as `YYYY-MM-DD`."""
    date_created_before: datetime | date
    """Read only rooms that started before this date, given as `YYYY-MM-DD`."""


class RoomCreateParams(TypedDict, total=False):
    """Keywords of ``video.v1.rooms.create`` (``CreateRoom``)."""

    enable_turn: bool
    """Deprecated, now always considered to be true."""
    type: str
    unique_name: str
    """An application-defined string that uniquely identifies the resource."""
    status_callback: str
    """The URL Twilio should call using the `status_callback_method` to send status information to your application on every room event."""
    status_callback_method: str
    """The HTTP method Twilio should use to call `status_callback`."""
    max_participants: int
    """The maximum number of concurrent Participants allowed in the room."""
    record_participants_on_connect: bool
    """Whether to start recording when Participants connect."""
    transcribe_participants_on_connect: bool
    """Whether to start transcriptions when Participants connect."""
    video_codecs: Sequence[str]
    """An array of the video codecs that are supported when publishing a track in the room."""
    media_region: str
    """The region for the Room's media server."""
    recording_rules: Any
    """A collection of Recording Rules that describe how to include or exclude matching tracks for recording."""
    transcriptions_configuration: Any
    """A collection of properties that describe transcription behaviour."""
    audio_only: bool
    """When set to true, indicates that the participants in the room will only publish audio."""
    max_participant_duration: int
    """The maximum number of seconds a Participant can be connected to the room."""
    empty_room_timeout: int
    """Configures how long (in minutes) a room will remain active after last participant leaves."""
    unused_room_timeout: int
    """Configures how long (in minutes) a room will remain active if no one joins."""
    large_room: bool
    """When set to true, indicated that this is the large room."""


_CONTEXT_FETCH: Operation[Room] = Operation(
    id="video.v1.rooms.fetch",
    method="GET",
    product="video",
    path="/v1/Rooms/{Sid}",
    spec="video_v1",
    record=Room,
)


_CONTEXT_UPDATE: Operation[Room] = Operation(
    id="video.v1.rooms.update",
    method="POST",
    product="video",
    path="/v1/Rooms/{Sid}",
    spec="video_v1",
    record=Room,
    form={
        "status": "Status",
    },
    required=frozenset(["status"]),
)


_LIST_LIST: Operation[Room] = Operation(
    id="video.v1.rooms.list",
    method="GET",
    product="video",
    path="/v1/Rooms",
    spec="video_v1",
    record=Room,
    query={
        "status": "Status",
        "unique_name": "UniqueName",
        "date_created_after": "DateCreatedAfter",
        "date_created_before": "DateCreatedBefore",
    },
    paging="meta",
    envelope="rooms",
)


_LIST_CREATE: Operation[Room] = Operation(
    id="video.v1.rooms.create",
    method="POST",
    product="video",
    path="/v1/Rooms",
    spec="video_v1",
    record=Room,
    form={
        "enable_turn": "EnableTurn",
        "type": "Type",
        "unique_name": "UniqueName",
        "status_callback": "StatusCallback",
        "status_callback_method": "StatusCallbackMethod",
        "max_participants": "MaxParticipants",
        "record_participants_on_connect": "RecordParticipantsOnConnect",
        "transcribe_participants_on_connect": "TranscribeParticipantsOnConnect",
        "video_codecs": "VideoCodecs",
        "media_region": "MediaRegion",
        "recording_rules": "RecordingRules",
        "transcriptions_configuration": "TranscriptionsConfiguration",
        "audio_only": "AudioOnly",
        "max_participant_duration": "MaxParticipantDuration",
        "empty_room_timeout": "EmptyRoomTimeout",
        "unused_room_timeout": "UnusedRoomTimeout",
        "large_room": "LargeRoom",
    },
    encode={
        "recording_rules": "json",
        "transcriptions_configuration": "json",
    },
)


class RoomContext(Resource):
    """One ``Rooms`` record: sid."""

    _path = "/v1/Rooms/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Room:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[RoomUpdateParams]) -> Room:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    @property
    def participants(self) -> ParticipantList:
        """``Rooms/RoomSid/Participants``."""
        from twilio_async.rest.video.v1.rooms_participants import ParticipantList

        return self._child(ParticipantList)

    @property
    def recordings(self) -> RoomRecordingList:
        """``Rooms/RoomSid/Recordings``."""
        from twilio_async.rest.video.v1.rooms_recordings import RoomRecordingList

        return self._child(RoomRecordingList)

    @property
    def recording_rules(self) -> RecordingRulesList:
        """``Rooms/RoomSid/RecordingRules``."""
        from twilio_async.rest.video.v1.rooms_recording_rules import RecordingRulesList

        return self._child(RecordingRulesList)

    @property
    def transcriptions(self) -> TranscriptionsList:
        """``Rooms/RoomSid/Transcriptions``."""
        from twilio_async.rest.video.v1.rooms_transcriptions import TranscriptionsList

        return self._child(TranscriptionsList)


class RoomList(CreateMany[RoomCreateParams, Room], Resource):
    """``Rooms`` (call it with a sid)."""

    _path = "/v1/Rooms"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> RoomContext:
        """The record with this ``sid``."""
        return self._child(RoomContext, sid=sid)

    async def create(self, **params: Unpack[RoomCreateParams]) -> Room:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[RoomListParams],
    ) -> AsyncIterator[Room]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[RoomListParams],
    ) -> Page[Room]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[RoomListParams],
    ) -> list[Room]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
