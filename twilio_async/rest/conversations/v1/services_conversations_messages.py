# Generated from specs/twilio-oai/twilio_conversations_v1.json by codegen; do not edit.
"""Conversations v1: Message (Services/ChatServiceSid/Conversations/ConversationSid/Messages) on conversations.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.conversations.v1.services_conversations_messages_receipts import (
        DeliveryReceiptList,
    )

__all__ = [
    "MessageContext",
    "MessageCreateParams",
    "MessageDeleteParams",
    "MessageList",
    "MessageListParams",
    "MessageUpdateParams",
    "ServiceConversationMessage",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ServiceConversationMessage(Record):
    """Record ``conversations.v1.service.service_conversation.service_conversation_message`` (every field but ``account_sid``, ``chat_service_sid``, ``conversation_sid``, ``sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    chat_service_sid: str
    conversation_sid: str
    sid: str
    index: int | None = None
    author: str | None = None
    body: str | None = attrs.field(default=None, repr=False)
    media: list[Any] | None = None
    attributes: str | None = attrs.field(default=None, repr=False)
    participant_sid: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    delivery: Any | None = None
    url: str
    links: dict[str, Any] | None = None
    content_sid: str | None = None


class MessageListParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.services.conversations.messages.list`` (``ListServiceConversationMessage``)."""

    order: str
    """The sort order of the returned messages."""


class MessageCreateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.services.conversations.messages.create`` (``CreateServiceConversationMessage``)."""

    x_twilio_webhook_enabled: bool
    """The X-Twilio-Webhook-Enabled HTTP request header."""
    author: str
    """The channel specific identifier of the message's author."""
    body: str
    """The content of the message, can be up to 1,600 characters long."""
    date_created: datetime
    """The date that this resource was created."""
    date_updated: datetime
    """The date that this resource was last updated."""
    attributes: str
    """A string metadata field you can use to store any data you wish."""
    media_sid: str
    """The Media SID to be attached to the new Message."""
    content_sid: str
    """The unique ID of the multi-channel Rich Content template, required for template-generated messages."""
    content_variables: str
    """A structurally valid JSON string that contains values to resolve Rich Content template variables."""
    subject: str
    """The subject of the message, can be up to 256 characters long."""


class MessageUpdateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.services.conversations.messages.update`` (``UpdateServiceConversationMessage``)."""

    x_twilio_webhook_enabled: bool
    """The X-Twilio-Webhook-Enabled HTTP request header."""
    author: str
    """The channel specific identifier of the message's author."""
    body: str
    """The content of the message, can be up to 1,600 characters long."""
    date_created: datetime
    """The date that this resource was created."""
    date_updated: datetime
    """The date that this resource was last updated."""
    attributes: str
    """A string metadata field you can use to store any data you wish."""
    subject: str
    """The subject of the message, can be up to 256 characters long."""


class MessageDeleteParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.services.conversations.messages.delete`` (``DeleteServiceConversationMessage``)."""

    x_twilio_webhook_enabled: bool
    """The X-Twilio-Webhook-Enabled HTTP request header."""


_LIST_LIST: Operation[ServiceConversationMessage] = Operation(
    id="conversations.v1.services.conversations.messages.list",
    method="GET",
    product="conversations",
    path="/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages",
    spec="conversations_v1",
    record=ServiceConversationMessage,
    query={
        "order": "Order",
    },
    paging="meta",
    envelope="messages",
    max_page_size=100,
)


_LIST_CREATE: Operation[ServiceConversationMessage] = Operation(
    id="conversations.v1.services.conversations.messages.create",
    method="POST",
    product="conversations",
    path="/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages",
    spec="conversations_v1",
    record=ServiceConversationMessage,
    form={
        "author": "Author",
        "body": "Body",
        "date_created": "DateCreated",
        "date_updated": "DateUpdated",
        "attributes": "Attributes",
        "media_sid": "MediaSid",
        "content_sid": "ContentSid",
        "content_variables": "ContentVariables",
        "subject": "Subject",
    },
    headers={
        "x_twilio_webhook_enabled": "X-Twilio-Webhook-Enabled",
    },
)


_CONTEXT_FETCH: Operation[ServiceConversationMessage] = Operation(
    id="conversations.v1.services.conversations.messages.fetch",
    method="GET",
    product="conversations",
    path="/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}",
    spec="conversations_v1",
    record=ServiceConversationMessage,
)


_CONTEXT_UPDATE: Operation[ServiceConversationMessage] = Operation(
    id="conversations.v1.services.conversations.messages.update",
    method="POST",
    product="conversations",
    path="/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}",
    spec="conversations_v1",
    record=ServiceConversationMessage,
    form={
        "author": "Author",
        "body": "Body",
        "date_created": "DateCreated",
        "date_updated": "DateUpdated",
        "attributes": "Attributes",
        "subject": "Subject",
    },
    headers={
        "x_twilio_webhook_enabled": "X-Twilio-Webhook-Enabled",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="conversations.v1.services.conversations.messages.delete",
    method="DELETE",
    product="conversations",
    path="/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}",
    spec="conversations_v1",
    headers={
        "x_twilio_webhook_enabled": "X-Twilio-Webhook-Enabled",
    },
)


class MessageContext(Resource):
    """One ``Services/ChatServiceSid/Conversations/ConversationSid/Messages`` record: sid."""

    _path = "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> ServiceConversationMessage:
        """Fetch a message from the conversation."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[MessageUpdateParams]) -> ServiceConversationMessage:
        """Update an existing message in the conversation."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self, **params: Unpack[MessageDeleteParams]) -> bool:
        """Remove a message from the conversation."""
        return await self._call(_CONTEXT_DELETE, params)

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def delivery_receipts(self) -> DeliveryReceiptList:
        """``Services/ChatServiceSid/Conversations/ConversationSid/Messages/MessageSid/Receipts``."""
        from twilio_async.rest.conversations.v1.services_conversations_messages_receipts import (
            DeliveryReceiptList,
        )

        return self._child(DeliveryReceiptList)


class MessageList(CreateMany[MessageCreateParams, ServiceConversationMessage], Resource):
    """``Services/ChatServiceSid/Conversations/ConversationSid/Messages`` (call it with a sid)."""

    _path = "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> MessageContext:
        """The record with this ``sid``."""
        return self._child(MessageContext, sid=sid)

    async def create(self, **params: Unpack[MessageCreateParams]) -> ServiceConversationMessage:
        """Add a new message to the conversation in a specific service."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[MessageListParams],
    ) -> AsyncIterator[ServiceConversationMessage]:
        """Retrieve a list of all messages in the conversation. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[MessageListParams],
    ) -> Page[ServiceConversationMessage]:
        """Retrieve a list of all messages in the conversation. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[MessageListParams],
    ) -> list[ServiceConversationMessage]:
        """Retrieve a list of all messages in the conversation. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
