# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Participant (Accounts/AccountSid/Conferences/ConferenceSid/Participants) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "Participant",
    "ParticipantContext",
    "ParticipantCreateParams",
    "ParticipantList",
    "ParticipantListParams",
    "ParticipantStatus",
    "ParticipantUpdateParams",
]


class ParticipantStatus(OpenEnum):
    """``participant_enum_status``."""

    QUEUED = "queued"
    CONNECTING = "connecting"
    RINGING = "ringing"
    CONNECTED = "connected"
    COMPLETE = "complete"
    FAILED = "failed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Participant(Record):
    """Record ``api.v2010.account.conference.participant`` (every field but ``account_sid``, ``call_sid``, ``conference_sid``, ``date_created`` may be ``None``)."""

    account_sid: str
    call_sid: str
    label: str | None = None
    call_sid_to_coach: str | None = None
    coaching: bool | None = None
    conference_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    end_conference_on_exit: bool | None = None
    muted: bool | None = None
    hold: bool | None = None
    start_conference_on_enter: bool | None = None
    status: ParticipantStatus | None = None
    queue_time: str | None = None
    uri: str | None = None


class ParticipantUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.conferences.participants.update`` (``UpdateParticipant``)."""

    muted: bool
    """Whether the participant should be muted."""
    hold: bool
    """Whether the participant should be on hold."""
    hold_url: str
    """The URL we call using the `hold_method` for music that plays when the participant is on hold."""
    hold_method: str
    """The HTTP method we should use to call `hold_url`."""
    announce_url: str
    """The URL we call using the `announce_method` for an announcement to the participant."""
    announce_method: str
    """The HTTP method we should use to call `announce_url`."""
    wait_url: str
    """The URL that Twilio calls using the `wait_method` before the conference has started."""
    wait_method: str
    """The HTTP method we should use to call `wait_url`."""
    beep_on_exit: bool
    """Whether to play a notification beep to the conference when the participant exits."""
    end_conference_on_exit: bool
    """Whether to end the conference when the participant leaves."""
    coaching: bool
    """Whether the participant is coaching another call."""
    call_sid_to_coach: str
    """The SID of the participant who is being `coached`."""


class ParticipantListParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.conferences.participants.list`` (``ListParticipant``)."""

    muted: bool
    """Whether to return only participants that are muted."""
    hold: bool
    """Whether to return only participants that are on hold."""
    coaching: bool
    """Whether to return only participants who are coaching another call."""


class ParticipantCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.conferences.participants.create`` (``CreateParticipant``)."""

    from_: Required[str]
    """The phone number, Client identifier, or username portion of SIP address that made this call."""
    to: Required[str]
    """The phone number, SIP address, Client, TwiML App identifier that received this call."""
    status_callback: str
    """The URL we should call using the `status_callback_method` to send status information to your application."""
    status_callback_method: str
    """The HTTP method we should use to call `status_callback`."""
    status_callback_event: Sequence[str]
    """The conference state changes that should generate a call to `status_callback`."""
    label: str
    """A label for this participant."""
    timeout: int
    """The number of seconds that we should allow the phone to ring before assuming there is no answer."""
    record: bool
    """Whether to record the participant and their conferences, including the time between conferences."""
    muted: bool
    """Whether the agent is muted in the conference."""
    beep: str
    """Whether to play a notification beep to the conference when the participant joins."""
    start_conference_on_enter: bool
    """Whether to start the conference when the participant joins, if it has not already started."""
    end_conference_on_exit: bool
    """Whether to end the conference when the participant leaves."""
    wait_url: str
    """The URL that Twilio calls using the `wait_method` before the conference has started."""
    wait_method: str
    """The HTTP method we should use to call `wait_url`."""
    early_media: bool
    """Whether to allow an agent to hear the state of the outbound call, including ringing or disconnect messages."""
    max_participants: int
    """The maximum number of participants in the conference."""
    conference_record: str
    """Whether to record the conference the participant is joining."""
    conference_trim: str
    """Whether to trim leading and trailing silence from the conference recording."""
    conference_status_callback: str
    """The URL we should call using the `conference_status_callback_method` when the conference events in `conference_status_callback_event` occur."""
    conference_status_callback_method: str
    """The HTTP method we should use to call `conference_status_callback`."""
    conference_status_callback_event: Sequence[str]
    """The conference state changes that should generate a call to `conference_status_callback`."""
    recording_channels: str
    """The recording channels for the final recording."""
    recording_status_callback: str
    """The URL that we should call using the `recording_status_callback_method` when the recording status changes."""
    recording_status_callback_method: str
    """The HTTP method we should use when we call `recording_status_callback`."""
    sip_auth_username: str
    """The SIP username used for authentication."""
    sip_auth_password: str
    """The SIP password for authentication."""
    region: str
    """The region where we should mix the recorded audio."""
    conference_recording_status_callback: str
    """The URL we should call using the `conference_recording_status_callback_method` when the conference recording is available."""
    conference_recording_status_callback_method: str
    """The HTTP method we should use to call `conference_recording_status_callback`."""
    recording_status_callback_event: Sequence[str]
    """The recording state changes that should generate a call to `recording_status_callback`."""
    conference_recording_status_callback_event: Sequence[str]
    """The conference recording state changes that generate a call to `conference_recording_status_callback`."""
    coaching: bool
    """Whether the participant is coaching another call."""
    call_sid_to_coach: str
    """The SID of the participant who is being `coached`."""
    jitter_buffer_size: str
    """Jitter buffer size for the connecting participant."""
    byoc: str
    """The SID of a BYOC (Bring Your Own Carrier) trunk to route this call with."""
    caller_id: str
    """The phone number, Client identifier, or username portion of SIP address that made this call."""
    call_reason: str
    """The Reason for the outgoing call."""
    recording_track: str
    """The audio track to record for the call."""
    time_limit: int
    """The maximum duration of the call in seconds."""
    machine_detection: str
    """Whether to detect if a human, answering machine, or fax has picked up the call."""
    machine_detection_timeout: int
    """The number of seconds that we should attempt to detect an answering machine before timing out and sending a voice request with `AnsweredBy` of `unk..."""
    machine_detection_speech_threshold: int
    """The number of milliseconds that is used as the measuring stick for the length of the speech activity, where durations lower than this value will be..."""
    machine_detection_speech_end_threshold: int
    """The number of milliseconds of silence after speech activity at which point the speech activity is considered complete."""
    machine_detection_silence_timeout: int
    """The number of milliseconds of initial silence after which an `unknown` AnsweredBy result will be returned."""
    amd_status_callback: str
    """The URL that we should call using the `amd_status_callback_method` to notify customer application whether the call was answered by human, machine o..."""
    amd_status_callback_method: str
    """The HTTP method we should use when calling the `amd_status_callback` URL."""
    trim: str
    """Whether to trim any leading and trailing silence from the participant recording."""
    call_token: str
    """A token string needed to invoke a forwarded call."""
    client_notification_url: str
    """The URL that we should use to deliver `push call notification`."""
    caller_display_name: str
    """The name that populates the display name in the From header."""


_CONTEXT_FETCH: Operation[Participant] = Operation(
    id="api.v2010.accounts.conferences.participants.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json",
    spec="api_v2010",
    record=Participant,
)


_CONTEXT_UPDATE: Operation[Participant] = Operation(
    id="api.v2010.accounts.conferences.participants.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json",
    spec="api_v2010",
    record=Participant,
    form={
        "muted": "Muted",
        "hold": "Hold",
        "hold_url": "HoldUrl",
        "hold_method": "HoldMethod",
        "announce_url": "AnnounceUrl",
        "announce_method": "AnnounceMethod",
        "wait_url": "WaitUrl",
        "wait_method": "WaitMethod",
        "beep_on_exit": "BeepOnExit",
        "end_conference_on_exit": "EndConferenceOnExit",
        "coaching": "Coaching",
        "call_sid_to_coach": "CallSidToCoach",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.conferences.participants.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json",
    spec="api_v2010",
)


_LIST_LIST: Operation[Participant] = Operation(
    id="api.v2010.accounts.conferences.participants.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json",
    spec="api_v2010",
    record=Participant,
    query={
        "muted": "Muted",
        "hold": "Hold",
        "coaching": "Coaching",
    },
    paging="v2010",
    envelope="participants",
)


_LIST_CREATE: Operation[Participant] = Operation(
    id="api.v2010.accounts.conferences.participants.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json",
    spec="api_v2010",
    record=Participant,
    form={
        "from_": "From",
        "to": "To",
        "status_callback": "StatusCallback",
        "status_callback_method": "StatusCallbackMethod",
        "status_callback_event": "StatusCallbackEvent",
        "label": "Label",
        "timeout": "Timeout",
        "record": "Record",
        "muted": "Muted",
        "beep": "Beep",
        "start_conference_on_enter": "StartConferenceOnEnter",
        "end_conference_on_exit": "EndConferenceOnExit",
        "wait_url": "WaitUrl",
        "wait_method": "WaitMethod",
        "early_media": "EarlyMedia",
        "max_participants": "MaxParticipants",
        "conference_record": "ConferenceRecord",
        "conference_trim": "ConferenceTrim",
        "conference_status_callback": "ConferenceStatusCallback",
        "conference_status_callback_method": "ConferenceStatusCallbackMethod",
        "conference_status_callback_event": "ConferenceStatusCallbackEvent",
        "recording_channels": "RecordingChannels",
        "recording_status_callback": "RecordingStatusCallback",
        "recording_status_callback_method": "RecordingStatusCallbackMethod",
        "sip_auth_username": "SipAuthUsername",
        "sip_auth_password": "SipAuthPassword",
        "region": "Region",
        "conference_recording_status_callback": "ConferenceRecordingStatusCallback",
        "conference_recording_status_callback_method": "ConferenceRecordingStatusCallbackMethod",
        "recording_status_callback_event": "RecordingStatusCallbackEvent",
        "conference_recording_status_callback_event": "ConferenceRecordingStatusCallbackEvent",
        "coaching": "Coaching",
        "call_sid_to_coach": "CallSidToCoach",
        "jitter_buffer_size": "JitterBufferSize",
        "byoc": "Byoc",
        "caller_id": "CallerId",
        "call_reason": "CallReason",
        "recording_track": "RecordingTrack",
        "time_limit": "TimeLimit",
        "machine_detection": "MachineDetection",
        "machine_detection_timeout": "MachineDetectionTimeout",
        "machine_detection_speech_threshold": "MachineDetectionSpeechThreshold",
        "machine_detection_speech_end_threshold": "MachineDetectionSpeechEndThreshold",
        "machine_detection_silence_timeout": "MachineDetectionSilenceTimeout",
        "amd_status_callback": "AmdStatusCallback",
        "amd_status_callback_method": "AmdStatusCallbackMethod",
        "trim": "Trim",
        "call_token": "CallToken",
        "client_notification_url": "ClientNotificationUrl",
        "caller_display_name": "CallerDisplayName",
    },
    required=frozenset(["from_", "to"]),
)


class ParticipantContext(Resource):
    """One ``Accounts/AccountSid/Conferences/ConferenceSid/Participants`` record: call_sid."""

    _path = (
        "/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json"
    )

    @property
    def call_sid(self) -> str:
        """The ``call_sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> Participant:
        """Fetch an instance of a participant."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ParticipantUpdateParams]) -> Participant:
        """Update the properties of the participant."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Kick a participant from a given conference."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class ParticipantList(CreateMany[ParticipantCreateParams, Participant], Resource):
    """``Accounts/AccountSid/Conferences/ConferenceSid/Participants`` (call it with a call_sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json"
    _create_operation = _LIST_CREATE

    def __call__(self, call_sid: str) -> ParticipantContext:
        """The record with this ``call_sid``."""
        return self._child(ParticipantContext, call_sid=call_sid)

    async def create(self, **params: Unpack[ParticipantCreateParams]) -> Participant:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ParticipantListParams],
    ) -> AsyncIterator[Participant]:
        """Retrieve a list of participants belonging to the account used to make the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[ParticipantListParams],
    ) -> Page[Participant]:
        """Retrieve a list of participants belonging to the account used to make the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ParticipantListParams],
    ) -> list[Participant]:
        """Retrieve a list of participants belonging to the account used to make the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
