# Generated from specs/twilio-oai/twilio_proxy_v1.json by codegen; do not edit.
"""Proxy v1: MessageInteraction (Services/ServiceSid/Sessions/SessionSid/Participants/ParticipantSid/MessageInteractions) on proxy.twilio.com."""

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
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "MessageInteraction",
    "MessageInteractionContext",
    "MessageInteractionCreateParams",
    "MessageInteractionList",
    "MessageInteractionResourceStatus",
    "MessageInteractionType",
]


class MessageInteractionResourceStatus(OpenEnum):
    """``message_interaction_enum_resource_status``."""

    ACCEPTED = "accepted"
    ANSWERED = "answered"
    BUSY = "busy"
    CANCELED = "canceled"
    COMPLETED = "completed"
    DELETED = "deleted"
    DELIVERED = "delivered"
    DELIVERY_UNKNOWN = "delivery-unknown"
    FAILED = "failed"
    IN_PROGRESS = "in-progress"
    INITIATED = "initiated"
    NO_ANSWER = "no-answer"
    QUEUED = "queued"
    RECEIVED = "received"
    RECEIVING = "receiving"
    RINGING = "ringing"
    SCHEDULED = "scheduled"
    SENDING = "sending"
    SENT = "sent"
    UNDELIVERED = "undelivered"
    UNKNOWN = "unknown"


class MessageInteractionType(OpenEnum):
    """``message_interaction_enum_type``."""

    MESSAGE = "message"
    VOICE = "voice"
    UNKNOWN = "unknown"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class MessageInteraction(Record):
    """Record ``proxy.v1.service.session.participant.message_interaction`` (every field but ``sid``, ``session_sid``, ``service_sid``, ``account_sid``, ``participant_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    session_sid: str
    service_sid: str
    account_sid: str
    data: str | None = attrs.field(default=None, repr=False)
    type: MessageInteractionType | None = None
    participant_sid: str
    inbound_participant_sid: str | None = None
    inbound_resource_sid: str | None = None
    inbound_resource_status: MessageInteractionResourceStatus | None = None
    inbound_resource_type: str | None = None
    inbound_resource_url: str | None = None
    outbound_participant_sid: str | None = None
    outbound_resource_sid: str | None = None
    outbound_resource_status: MessageInteractionResourceStatus | None = None
    outbound_resource_type: str | None = None
    outbound_resource_url: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class MessageInteractionCreateParams(TypedDict, total=False):
    """Keywords of ``proxy.v1.services.sessions.participants.message_interactions.create`` (``CreateMessageInteraction``)."""

    body: str
    """The message to send to the participant."""
    media_url: Sequence[str]
    """Reserved."""


_LIST_LIST: Operation[MessageInteraction] = Operation(
    id="proxy.v1.services.sessions.participants.message_interactions.list",
    method="GET",
    product="proxy",
    path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions",
    spec="proxy_v1",
    record=MessageInteraction,
    paging="meta",
    envelope="interactions",
)


_LIST_CREATE: Operation[MessageInteraction] = Operation(
    id="proxy.v1.services.sessions.participants.message_interactions.create",
    method="POST",
    product="proxy",
    path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions",
    spec="proxy_v1",
    record=MessageInteraction,
    form={
        "body": "Body",
        "media_url": "MediaUrl",
    },
)


_CONTEXT_FETCH: Operation[MessageInteraction] = Operation(
    id="proxy.v1.services.sessions.participants.message_interactions.fetch",
    method="GET",
    product="proxy",
    path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions/{Sid}",
    spec="proxy_v1",
    record=MessageInteraction,
)


class MessageInteractionContext(Resource):
    """One ``Services/ServiceSid/Sessions/SessionSid/Participants/ParticipantSid/MessageInteractions`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[3]

    async def fetch(self) -> MessageInteraction:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class MessageInteractionList(
    CreateMany[MessageInteractionCreateParams, MessageInteraction], Resource
):
    """``Services/ServiceSid/Sessions/SessionSid/Participants/ParticipantSid/MessageInteractions`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> MessageInteractionContext:
        """The record with this ``sid``."""
        return self._child(MessageInteractionContext, sid=sid)

    async def create(self, **params: Unpack[MessageInteractionCreateParams]) -> MessageInteraction:
        """Create a new message Interaction to send directly from your system to one Participant."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[MessageInteraction]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[MessageInteraction]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[MessageInteraction]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
