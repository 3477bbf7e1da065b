# Generated from specs/twilio-oai/twilio_conversations_v1.json by codegen; do not edit.
"""Conversations v1: ParticipantConversation (ParticipantConversations) on conversations.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "ParticipantConversation",
    "ParticipantConversationList",
    "ParticipantConversationListParams",
    "ParticipantConversationState",
]


class ParticipantConversationState(OpenEnum):
    """``participant_conversation_enum_state``."""

    INACTIVE = "inactive"
    ACTIVE = "active"
    CLOSED = "closed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ParticipantConversation(Record):
    """Record ``conversations.v1.participant_conversation`` (every field may be ``None``)."""

    account_sid: str | None = None
    chat_service_sid: str | None = None
    participant_sid: str | None = None
    participant_user_sid: str | None = None
    participant_identity: str | None = None
    participant_messaging_binding: Any | None = None
    conversation_sid: str | None = None
    conversation_unique_name: str | None = None
    conversation_friendly_name: str | None = None
    conversation_attributes: str | None = attrs.field(default=None, repr=False)
    conversation_date_created: datetime | None = None
    conversation_date_updated: datetime | None = None
    conversation_created_by: str | None = None
    conversation_state: ParticipantConversationState | None = None
    conversation_timers: Any | None = None
    links: dict[str, Any] | None = None


class ParticipantConversationListParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.participant_conversations.list`` (``ListParticipantConversation``)."""

    identity: str
    """A unique string identifier for the conversation participant as Conversation User."""
    address: str
    """A unique string identifier for the conversation participant who's not a Conversation User."""


_LIST_LIST: Operation[ParticipantConversation] = Operation(
    id="conversations.v1.participant_conversations.list",
    method="GET",
    product="conversations",
    path="/v1/ParticipantConversations",
    spec="conversations_v1",
    record=ParticipantConversation,
    query={
        "identity": "Identity",
        "address": "Address",
    },
    paging="meta",
    envelope="conversations",
    max_page_size=50,
)


class ParticipantConversationList(Resource):
    """``ParticipantConversations``."""

    _path = "/v1/ParticipantConversations"

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ParticipantConversationListParams],
    ) -> AsyncIterator[ParticipantConversation]:
        """Retrieve a list of all Conversations that this Participant belongs to by identity or by address. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[ParticipantConversationListParams],
    ) -> Page[ParticipantConversation]:
        """Retrieve a list of all Conversations that this Participant belongs to by identity or by address. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ParticipantConversationListParams],
    ) -> list[ParticipantConversation]:
        """Retrieve a list of all Conversations that this Participant belongs to by identity or by address. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
