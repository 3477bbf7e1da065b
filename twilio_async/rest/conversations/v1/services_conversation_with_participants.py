# Generated from specs/twilio-oai/twilio_conversations_v1.json by codegen; do not edit.
"""Conversations v1: ConversationWithParticipants (Services/ChatServiceSid/ConversationWithParticipants) on conversations.twilio.com."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "ConversationWithParticipantsCreateParams",
    "ConversationWithParticipantsList",
    "ServiceConversationWithParticipants",
    "ServiceConversationWithParticipantsState",
]


class ServiceConversationWithParticipantsState(OpenEnum):
    """``service_conversation_with_participants_enum_state``."""

    INITIALIZING = "initializing"
    INACTIVE = "inactive"
    ACTIVE = "active"
    CLOSED = "closed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ServiceConversationWithParticipants(Record):
    """Record ``conversations.v1.service.service_conversation_with_participants`` (every field but ``account_sid``, ``chat_service_sid``, ``sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    chat_service_sid: str
    messaging_service_sid: str | None = None
    sid: str
    friendly_name: str | None = None
    unique_name: str | None = None
    attributes: str | None = attrs.field(default=None, repr=False)
    state: ServiceConversationWithParticipantsState | None = None
    date_created: datetime
    date_updated: datetime | None = None
    timers: Any | None = None
    links: dict[str, Any] | None = None
    bindings: Any | None = None
    url: str


class ConversationWithParticipantsCreateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.services.conversation_with_participants.create`` (``CreateServiceConversationWithParticipants``)."""

    x_twilio_webhook_enabled: bool
    """The X-Twilio-Webhook-Enabled HTTP request header."""
    friendly_name: str
    """The human-readable name of this conversation, limited to 256 characters."""
    unique_name: str
    """An application-defined string that uniquely identifies the resource."""
    date_created: datetime
    """The date that this resource was created."""
    date_updated: datetime
    """The date that this resource was last updated."""
    messaging_service_sid: str
    """The unique ID of the Messaging Service this conversation belongs to."""
    attributes: str
    """An optional string metadata field you can use to store any data you wish."""
    state: str
    timers_inactive: str
    """ISO8601 duration when conversation will be switched to `inactive` state."""
    timers_closed: str
    """ISO8601 duration when conversation will be switched to `closed` state."""
    bindings_email_address: str
    """The default email address that will be used when sending outbound emails in this conversation."""
    bindings_email_name: str
    """The default name that will be used when sending outbound emails in this conversation."""
    participant: Sequence[str]
    """The participant to be added to the conversation in JSON format."""


_LIST_CREATE: Operation[ServiceConversationWithParticipants] = Operation(
    id="conversations.v1.services.conversation_with_participants.create",
    method="POST",
    product="conversations",
    path="/v1/Services/{ChatServiceSid}/ConversationWithParticipants",
    spec="conversations_v1",
    record=ServiceConversationWithParticipants,
    form={
        "friendly_name": "FriendlyName",
        "unique_name": "UniqueName",
        "date_created": "DateCreated",
        "date_updated": "DateUpdated",
        "messaging_service_sid": "MessagingServiceSid",
        "attributes": "Attributes",
        "state": "State",
        "timers_inactive": "Timers.Inactive",
        "timers_closed": "Timers.Closed",
        "bindings_email_address": "Bindings.Email.Address",
        "bindings_email_name": "Bindings.Email.Name",
        "participant": "Participant",
    },
    headers={
        "x_twilio_webhook_enabled": "X-Twilio-Webhook-Enabled",
    },
)


class ConversationWithParticipantsList(
    CreateMany[ConversationWithParticipantsCreateParams, ServiceConversationWithParticipants],
    Resource,
):
    """``Services/ChatServiceSid/ConversationWithParticipants``."""

    _path = "/v1/Services/{ChatServiceSid}/ConversationWithParticipants"
    _create_operation = _LIST_CREATE

    async def create(
        self, **params: Unpack[ConversationWithParticipantsCreateParams]
    ) -> ServiceConversationWithParticipants:
        """Create a new conversation with the list of participants in your account's default service."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
