# Generated from specs/twilio-oai/twilio_conversations_v1.json by codegen; do not edit.
"""Conversations v1: UserConversation (Users/UserSid/Conversations) on conversations.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "UserConversation",
    "UserConversationContext",
    "UserConversationList",
    "UserConversationNotificationLevel",
    "UserConversationState",
    "UserConversationUpdateParams",
]


class UserConversationNotificationLevel(OpenEnum):
    """``user_conversation_enum_notification_level``."""

    DEFAULT = "default"
    MUTED = "muted"


class UserConversationState(OpenEnum):
    """``user_conversation_enum_state``."""

    INACTIVE = "inactive"
    ACTIVE = "active"
    CLOSED = "closed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class UserConversation(Record):
    """Record ``conversations.v1.user.user_conversation`` (every field but ``account_sid``, ``conversation_sid``, ``user_sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    chat_service_sid: str | None = None
    conversation_sid: str
    unread_messages_count: int | None = None
    last_read_message_index: int | None = None
    participant_sid: str | None = None
    user_sid: str
    friendly_name: str | None = None
    conversation_state: UserConversationState | None = None
    timers: Any | None = None
    attributes: str | None = attrs.field(default=None, repr=False)
    date_created: datetime
    date_updated: datetime | None = None
    created_by: str | None = None
    notification_level: UserConversationNotificationLevel | None = None
    unique_name: str | None = None
    url: str
    links: dict[str, Any] | None = None


class UserConversationUpdateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.users.user_conversations.update`` (``UpdateUserConversation``)."""

    notification_level: str
    last_read_timestamp: datetime
    """The date of the last message read in conversation by the user, given in ISO 8601 format."""
    last_read_message_index: int
    """The index of the last Message in the Conversation that the Participant has read."""


_CONTEXT_FETCH: Operation[UserConversation] = Operation(
    id="conversations.v1.users.user_conversations.fetch",
    method="GET",
    product="conversations",
    path="/v1/Users/{UserSid}/Conversations/{ConversationSid}",
    spec="conversations_v1",
    record=UserConversation,
)


_CONTEXT_UPDATE: Operation[UserConversation] = Operation(
    id="conversations.v1.users.user_conversations.update",
    method="POST",
    product="conversations",
    path="/v1/Users/{UserSid}/Conversations/{ConversationSid}",
    spec="conversations_v1",
    record=UserConversation,
    form={
        "notification_level": "NotificationLevel",
        "last_read_timestamp": "LastReadTimestamp",
        "last_read_message_index": "LastReadMessageIndex",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="conversations.v1.users.user_conversations.delete",
    method="DELETE",
    product="conversations",
    path="/v1/Users/{UserSid}/Conversations/{ConversationSid}",
    spec="conversations_v1",
)


_LIST_LIST: Operation[UserConversation] = Operation(
    id="conversations.v1.users.user_conversations.list",
    method="GET",
    product="conversations",
    path="/v1/Users/{UserSid}/Conversations",
    spec="conversations_v1",
    record=UserConversation,
    paging="meta",
    envelope="conversations",
    max_page_size=50,
)


class UserConversationContext(Resource):
    """One ``Users/UserSid/Conversations`` record: conversation_sid."""

    _path = "/v1/Users/{UserSid}/Conversations/{ConversationSid}"

    @property
    def conversation_sid(self) -> str:
        """The ``conversation_sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> UserConversation:
        """Fetch a specific User Conversation."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[UserConversationUpdateParams]) -> UserConversation:
        """Update a specific User Conversation."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific User Conversation."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class UserConversationList(Resource):
    """``Users/UserSid/Conversations`` (call it with a conversation_sid)."""

    _path = "/v1/Users/{UserSid}/Conversations"

    def __call__(self, conversation_sid: str) -> UserConversationContext:
        """The record with this ``conversation_sid``."""
        return self._child(UserConversationContext, conversation_sid=conversation_sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[UserConversation]:
        """Retrieve a list of all User Conversations for the User. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[UserConversation]:
        """Retrieve a list of all User Conversations for the User. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[UserConversation]:
        """Retrieve a list of all User Conversations for the User. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
