# Generated from specs/twilio-oai/twilio_conversations_v1.json by codegen; do not edit.
"""Conversations v1: Conversation (Conversations) on conversations.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.conversations.v1.conversations_messages import MessageList
    from twilio_async.rest.conversations.v1.conversations_participants import ParticipantList
    from twilio_async.rest.conversations.v1.conversations_webhooks import WebhookList

__all__ = [
    "Conversation",
    "ConversationContext",
    "ConversationCreateParams",
    "ConversationDeleteParams",
    "ConversationList",
    "ConversationListParams",
    "ConversationState",
    "ConversationUpdateParams",
]


class ConversationState(OpenEnum):
    """``conversation_enum_state``."""

    INITIALIZING = "initializing"
    INACTIVE = "inactive"
    ACTIVE = "active"
    CLOSED = "closed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Conversation(Record):
    """Record ``conversations.v1.conversation`` (every field but ``account_sid``, ``sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    chat_service_sid: str | None = None
    messaging_service_sid: str | None = None
    sid: str
    friendly_name: str | None = None
    unique_name: str | None = None
    attributes: str | None = attrs.field(default=None, repr=False)
    state: ConversationState | None = None
    date_created: datetime
    date_updated: datetime | None = None
    timers: Any | None = None
    url: str
    links: dict[str, Any] | None = None
    bindings: Any | None = None


class ConversationListParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.conversations.list`` (``ListConversation``)."""

    start_date: str
    """Specifies the beginning of the date range for filtering Conversations based on their creation date."""
    end_date: str
    """Defines the end of the date range for filtering conversations by their creation date."""
    state: str
    """State for sorting and filtering list of Conversations."""


class ConversationCreateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.conversations.create`` (``CreateConversation``)."""

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


class ConversationUpdateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.conversations.update`` (``UpdateConversation``)."""

    x_twilio_webhook_enabled: bool
    """The X-Twilio-Webhook-Enabled HTTP request header."""
    friendly_name: str
    """The human-readable name of this conversation, limited to 256 characters."""
    date_created: datetime
    """The date that this resource was created."""
    date_updated: datetime
    """The date that this resource was last updated."""
    attributes: str
    """An optional string metadata field you can use to store any data you wish."""
    messaging_service_sid: str
    """The unique ID of the Messaging Service this conversation belongs to."""
    state: str
    timers_inactive: str
    """ISO8601 duration when conversation will be switched to `inactive` state."""
    timers_closed: str
    """ISO8601 duration when conversation will be switched to `closed` state."""
    unique_name: str
    """An application-defined string that uniquely identifies the resource."""
    bindings_email_address: str
    """The default email address that will be used when sending outbound emails in this conversation."""
    bindings_email_name: str
    """The default name that will be used when sending outbound emails in this conversation."""


class ConversationDeleteParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.conversations.delete`` (``DeleteConversation``)."""

    x_twilio_webhook_enabled: bool
    """The X-Twilio-Webhook-Enabled HTTP request header."""


_LIST_LIST: Operation[Conversation] = Operation(
    id="conversations.v1.conversations.list",
    method="GET",
    product="conversations",
    path="/v1/Conversations",
    spec="conversations_v1",
    record=Conversation,
    query={
        "start_date": "StartDate",
        "end_date": "EndDate",
        "state": "State",
    },
    paging="meta",
    envelope="conversations",
    max_page_size=100,
)


_LIST_CREATE: Operation[Conversation] = Operation(
    id="conversations.v1.conversations.create",
    method="POST",
    product="conversations",
    path="/v1/Conversations",
    spec="conversations_v1",
    record=Conversation,
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
    },
    headers={
        "x_twilio_webhook_enabled": "X-Twilio-Webhook-Enabled",
    },
)


_CONTEXT_FETCH: Operation[Conversation] = Operation(
    id="conversations.v1.conversations.fetch",
    method="GET",
    product="conversations",
    path="/v1/Conversations/{Sid}",
    spec="conversations_v1",
    record=Conversation,
)


_CONTEXT_UPDATE: Operation[Conversation] = Operation(
    id="conversations.v1.conversations.update",
    method="POST",
    product="conversations",
    path="/v1/Conversations/{Sid}",
    spec="conversations_v1",
    record=Conversation,
    form={
        "friendly_name": "FriendlyName",
        "date_created": "DateCreated",
        "date_updated": "DateUpdated",
        "attributes": "Attributes",
        "messaging_service_sid": "MessagingServiceSid",
        "state": "State",
        "timers_inactive": "Timers.Inactive",
        "timers_closed": "Timers.Closed",
        "unique_name": "UniqueName",
        "bindings_email_address": "Bindings.Email.Address",
        "bindings_email_name": "Bindings.Email.Name",
    },
    headers={
        "x_twilio_webhook_enabled": "X-Twilio-Webhook-Enabled",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="conversations.v1.conversations.delete",
    method="DELETE",
    product="conversations",
    path="/v1/Conversations/{Sid}",
    spec="conversations_v1",
    headers={
        "x_twilio_webhook_enabled": "X-Twilio-Webhook-Enabled",
    },
)


class ConversationContext(Resource):
    """One ``Conversations`` record: sid."""

    _path = "/v1/Conversations/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Conversation:
        """Fetch a conversation from your account's default service."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ConversationUpdateParams]) -> Conversation:
        """Update an existing conversation in your account's default service."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self, **params: Unpack[ConversationDeleteParams]) -> bool:
        """Remove a conversation from your account's default service."""
        return await self._call(_CONTEXT_DELETE, params)

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def messages(self) -> MessageList:
        """``Conversations/ConversationSid/Messages``."""
        from twilio_async.rest.conversations.v1.conversations_messages import MessageList

        return self._child(MessageList)

    @property
    def participants(self) -> ParticipantList:
        """``Conversations/ConversationSid/Participants``."""
        from twilio_async.rest.conversations.v1.conversations_participants import ParticipantList

        return self._child(ParticipantList)

    @property
    def webhooks(self) -> WebhookList:
        """``Conversations/ConversationSid/Webhooks``."""
        from twilio_async.rest.conversations.v1.conversations_webhooks import WebhookList

        return self._child(WebhookList)


class ConversationList(CreateMany[ConversationCreateParams, Conversation], Resource):
    """``Conversations`` (call it with a sid)."""

    _path = "/v1/Conversations"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ConversationContext:
        """The record with this ``sid``."""
        return self._child(ConversationContext, sid=sid)

    async def create(self, **params: Unpack[ConversationCreateParams]) -> Conversation:
        """Create a new conversation in your account's default service."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ConversationListParams],
    ) -> AsyncIterator[Conversation]:
        """Retrieve a list of conversations in your account's default service. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[ConversationListParams],
    ) -> Page[Conversation]:
        """Retrieve a list of conversations in your account's default service. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ConversationListParams],
    ) -> list[Conversation]:
        """Retrieve a list of conversations in your account's default service. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
