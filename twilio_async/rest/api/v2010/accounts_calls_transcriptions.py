# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Transcription (Accounts/AccountSid/Calls/CallSid/Transcriptions) on api.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "RealtimeTranscription",
    "RealtimeTranscriptionStatus",
    "TranscriptionContext",
    "TranscriptionCreateParams",
    "TranscriptionList",
    "TranscriptionUpdateParams",
]


class RealtimeTranscriptionStatus(OpenEnum):
    """``realtime_transcription_enum_status``."""

    IN_PROGRESS = "in-progress"
    STOPPED = "stopped"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RealtimeTranscription(Record):
    """Record ``api.v2010.account.call.realtime_transcription`` (every field but ``sid``, ``account_sid``, ``call_sid`` may be ``None``)."""

    sid: str
    account_sid: str
    call_sid: str
    name: str | None = None
    status: RealtimeTranscriptionStatus | None = None
    date_updated: datetime | None = None
    uri: str | None = None


class TranscriptionCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.calls.transcriptions.create`` (``CreateRealtimeTranscription``)."""

    name: str
    """The user-specified name of this Transcription, if one was given when the Transcription was created."""
    track: str
    status_callback_url: str
    """Absolute URL of the status callback."""
    status_callback_method: str
    """The http method for the status_callback (one of GET, POST)."""
    inbound_track_label: str
    """Friendly name given to the Inbound Track."""
    outbound_track_label: str
    """Friendly name given to the Outbound Track."""
    partial_results: bool
    """Indicates if partial results are going to be sent to the customer."""
    language_code: str
    """Language code used by the transcription engine, specified in BCP-47 format."""
    transcription_engine: str
    """Definition of the transcription engine to be used, among those supported by Twilio."""
    profanity_filter: bool
    """indicates if the server will attempt to filter out profanities, replacing all but the initial character in each filtered word with asterisks."""
    speech_model: str
    """Recognition model used by the transcription engine, among those supported by the provider."""
    hints: str
    """A Phrase contains words and phrase "hints" so that the speech recognition engine is more likely to recognize them."""
    enable_automatic_punctuation: bool
    """The provider will add punctuation to recognition result."""
    intelligence_service: str
    """The SID or unique name of the Intelligence Service for persisting transcripts and running post-call Language Operators."""
    conversation_configuration: str
    """The ID of the Conversations Configuration for customizing conversation behavior in Intelligence Service."""
    conversation_id: str
    """The ID of the Conversation for associating this Transcription with an existing Conversation in Intelligence Service."""
    configuration_id: str
    """The ID of the RealTimeTranscription Configuration for configuring all the non-default behaviors in one go."""
    enable_provider_data: bool
    """Whether the callback includes raw provider data."""


class TranscriptionUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.calls.transcriptions.update`` (``UpdateRealtimeTranscription``)."""

    status: Required[str]


_LIST_CREATE: Operation[RealtimeTranscription] = Operation(
    id="api.v2010.accounts.calls.transcriptions.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Transcriptions.json",
    spec="api_v2010",
    record=RealtimeTranscription,
    form={
        "name": "Name",
        "track": "Track",
        "status_callback_url": "StatusCallbackUrl",
        "status_callback_method": "StatusCallbackMethod",
        "inbound_track_label": "InboundTrackLabel",
        "outbound_track_label": "OutboundTrackLabel",
        "partial_results": "PartialResults",
        "language_code": "LanguageCode",
        "transcription_engine": "TranscriptionEngine",
        "profanity_filter": "ProfanityFilter",
        "speech_model": "SpeechModel",
        "hints": "Hints",
        "enable_automatic_punctuation": "EnableAutomaticPunctuation",
        "intelligence_service": "IntelligenceService",
        "conversation_configuration": "ConversationConfiguration",
        "conversation_id": "ConversationId",
        "configuration_id": "ConfigurationId",
        "enable_provider_data": "EnableProviderData",
    },
)


_CONTEXT_UPDATE: Operation[RealtimeTranscription] = Operation(
    id="api.v2010.accounts.calls.transcriptions.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Transcriptions/{Sid}.json",
    spec="api_v2010",
    record=RealtimeTranscription,
    form={
        "status": "Status",
    },
    required=frozenset(["status"]),
)


class TranscriptionContext(Resource):
    """One ``Accounts/AccountSid/Calls/CallSid/Transcriptions`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Transcriptions/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def update(self, **params: Unpack[TranscriptionUpdateParams]) -> RealtimeTranscription:
        """Stop a Transcription using either the SID of the Transcription resource or the `name` used when creating the resource."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class TranscriptionList(CreateMany[TranscriptionCreateParams, RealtimeTranscription], Resource):
    """``Accounts/AccountSid/Calls/CallSid/Transcriptions`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Transcriptions.json"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> TranscriptionContext:
        """The record with this ``sid``."""
        return self._child(TranscriptionContext, sid=sid)

    async def create(self, **params: Unpack[TranscriptionCreateParams]) -> RealtimeTranscription:
        """Create a Transcription."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
