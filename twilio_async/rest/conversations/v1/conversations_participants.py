# Generated from specs/twilio-oai/twilio_conversations_v1.json by codegen; do not edit.
"""Conversations v1: Participant (Conversations/ConversationSid/Participants) on conversations.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "ConversationParticipant",
    "ParticipantContext",
    "ParticipantCreateParams",
    "ParticipantDeleteParams",
    "ParticipantList",
    "ParticipantUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ConversationParticipant(Record):
    """Record ``conversations.v1.conversation.conversation_participant`` (every field but ``account_sid``, ``conversation_sid``, ``sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    conversation_sid: str
    sid: str
    identity: str | None = None
    attributes: str | None = attrs.field(default=None, repr=False)
    messaging_binding: Any | None = None
    role_sid: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    last_read_message_index: int | None = None
    last_read_timestamp: str | None = None


class ParticipantCreateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.conversations.participants.create`` (``CreateConversationParticipant``)."""

    x_twilio_webhook_enabled: bool
    """The X-Twilio-Webhook-Enabled HTTP request header."""
    identity: str
    """A unique string identifier for the conversation participant as Conversation User."""
    messaging_binding_address: str
    """The address of the participant's device, e.g."""
    messaging_binding_proxy_address: str
    """The address of the Twilio phone number (or WhatsApp number) that the participant is in contact with."""
    date_created: datetime
    """The date that this resource was created."""
    date_updated: datetime
    """The date that this resource was last updated."""
    attributes: str
    """An optional string metadata field you can use to store any data you wish."""
    messaging_binding_projected_address: str
    """The address of the Twilio phone number that is used in Group MMS."""
    role_sid: str
    """The SID of a conversation-level Role to assign to the participant."""


class ParticipantUpdateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.conversations.participants.update`` (``UpdateConversationParticipant``)."""

    x_twilio_webhook_enabled: bool
    """The X-Twilio-Webhook-Enabled HTTP request header."""
    date_created: datetime
    """The date that this resource was created."""
    date_updated: datetime
    """The date that this resource was last updated."""
    attributes: str
    """An optional string metadata field you can use to store any data you wish."""
    role_sid: str
    """The SID of a conversation-level Role to assign to the participant."""
    messaging_binding_proxy_address: str
    """The address of the Twilio phone number that the participant is in contact with."""
    messaging_binding_projected_address: str
    """The address of the Twilio phone number that is used in Group MMS."""
    identity: str
    """A unique string identifier for the conversation participant as Conversation User."""
    last_read_message_index: int
    """Index of last “read” message in the Conversation for the Participant."""
    last_read_timestamp: str
    """Timestamp of last “read” message in the Conversation for the Participant."""


class ParticipantDeleteParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.conversations.participants.delete`` (``DeleteConversationParticipant``)."""

    x_twilio_webhook_enabled: bool
    """The X-Twilio-Webhook-Enabled HTTP request header."""


_LIST_LIST: Operation[ConversationParticipant] = Operation(
    id="conversations.v1.conversations.participants.list",
    method="GET",
    product="conversations",
    path="/v1/Conversations/{ConversationSid}/Participants",
    spec="conversations_v1",
    record=ConversationParticipant,
    paging="meta",
    envelope="participants",
    max_page_size=100,
)


_LIST_CREATE: Operation[ConversationParticipant] = Operation(
    id="conversations.v1.conversations.participants.create",
    method="POST",
    product="conversations",
    path="/v1/Conversations/{ConversationSid}/Participants",
    spec="conversations_v1",
    record=ConversationParticipant,
    form={
        "identity": "Identity",
        "messaging_binding_address": "MessagingBinding.Address",
        "messaging_binding_proxy_address": "MessagingBinding.ProxyAddress",
        "date_created": "DateCreated",
        "date_updated": "DateUpdated",
        "attributes": "Attributes",
        "messaging_binding_projected_address": "MessagingBinding.ProjectedAddress",
        "role_sid": "RoleSid",
    },
    headers={
        "x_twilio_webhook_enabled": "X-Twilio-Webhook-Enabled",
    },
)


_CONTEXT_FETCH: Operation[ConversationParticipant] = Operation(
    id="conversations.v1.conversations.participants.fetch",
    method="GET",
    product="conversations",
    path="/v1/Conversations/{ConversationSid}/Participants/{Sid}",
    spec="conversations_v1",
    record=ConversationParticipant,
)


_CONTEXT_UPDATE: Operation[ConversationParticipant] = Operation(
    id="conversations.v1.conversations.participants.update",
    method="POST",
    product="conversations",
    path="/v1/Conversations/{ConversationSid}/Participants/{Sid}",
    spec="conversations_v1",
    record=ConversationParticipant,
    form={
        "date_created": "DateCreated",
        "date_updated": "DateUpdated",
        "attributes": "Attributes",
        "role_sid": "RoleSid",
        "messaging_binding_proxy_address": "MessagingBinding.ProxyAddress",
        "messaging_binding_projected_address": "MessagingBinding.ProjectedAddress",
        "identity": "Identity",
        "last_read_message_index": "LastReadMessageIndex",
        "last_read_timestamp": "LastReadTimestamp",
    },
    headers={
        "x_twilio_webhook_enabled": "X-Twilio-Webhook-Enabled",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="conversations.v1.conversations.participants.delete",
    method="DELETE",
    product="conversations",
    path="/v1/Conversations/{ConversationSid}/Participants/{Sid}",
    spec="conversations_v1",
    headers={
        "x_twilio_webhook_enabled": "X-Twilio-Webhook-Enabled",
    },
)


class ParticipantContext(Resource):
    """One ``Conversations/ConversationSid/Participants`` record: sid."""

    _path = "/v1/Conversations/{ConversationSid}/Participants/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> ConversationParticipant:
        """Fetch a participant of the conversation."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ParticipantUpdateParams]) -> ConversationParticipant:
        """Update an existing participant in the conversation."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self, **params: Unpack[ParticipantDeleteParams]) -> bool:
        """Remove a participant from the conversation."""
        return await self._call(_CONTEXT_DELETE, params)

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class ParticipantList(CreateMany[ParticipantCreateParams, ConversationParticipant], Resource):
    """``Conversations/ConversationSid/Participants`` (call it with a sid)."""

    _path = "/v1/Conversations/{ConversationSid}/Participants"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ParticipantContext:
        """The record with this ``sid``."""
        return self._child(ParticipantContext, sid=sid)

    async def create(self, **params: Unpack[ParticipantCreateParams]) -> ConversationParticipant:
        """Add a new participant to the conversation."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[ConversationParticipant]:
        """Retrieve a list of all participants of the conversation. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[ConversationParticipant]:
        """Retrieve a list of all participants of the conversation. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[ConversationParticipant]:
        """Retrieve a list of all participants of the conversation. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
