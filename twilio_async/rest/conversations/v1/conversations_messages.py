# Generated from specs/twilio-oai/twilio_conversations_v1.json by codegen; do not edit.
"""Conversations v1: Message (Conversations/ConversationSid/Messages) on conversations.twilio.com."""

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
    from twilio_async.rest.conversations.v1.conversations_messages_receipts import (
        DeliveryReceiptList,
    )

__all__ = [
    "ConversationMessage",
    "MessageContext",
    "MessageCreateParams",
    "MessageDeleteParams",
    "MessageList",
    "MessageListParams",
    "MessageUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ConversationMessage(Record):
    """Record ``conversations.v1.conversation.conversation_message`` (every field but ``account_sid``, ``conversation_sid``, ``sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
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
    url: str
    delivery: Any | None = None
    links: dict[str, Any] | None = None
    content_sid: str | None = None


class MessageListParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.conversations.messages.list`` (``ListConversationMessage``)."""

    order: str
    """The sort order of the returned messages."""


class MessageCreateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.conversations.messages.create`` (``CreateConversationMessage``)."""

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
    """Keywords of ``conversations.v1.conversations.messages.update`` (``UpdateConversationMessage``)."""

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
    """Keywords of ``conversations.v1.conversations.messages.delete`` (``DeleteConversationMessage``)."""

    x_twilio_webhook_enabled: bool
    """The X-Twilio-Webhook-Enabled HTTP request header."""


_LIST_LIST: Operation[ConversationMessage] = Operation(
    id="conversations.v1.conversations.messages.list",
    method="GET",
    product="conversations",
    path="/v1/Conversations/{ConversationSid}/Messages",
    spec="conversations_v1",
    record=ConversationMessage,
    query={
        "order": "Order",
    },
    paging="meta",
    envelope="messages",
    max_page_size=100,
)


_LIST_CREATE: Operation[ConversationMessage] = Operation(
    id="conversations.v1.conversations.messages.create",
    method="POST",
    product="conversations",
    path="/v1/Conversations/{ConversationSid}/Messages",
    spec="conversations_v1",
    record=ConversationMessage,
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


_CONTEXT_FETCH: Operation[ConversationMessage] = Operation(
    id="conversations.v1.conversations.messages.fetch",
    method="GET",
    product="conversations",
    path="/v1/Conversations/{ConversationSid}/Messages/{Sid}",
    spec="conversations_v1",
    record=ConversationMessage,
)


_CONTEXT_UPDATE: Operation[ConversationMessage] = Operation(
    id="conversations.v1.conversations.messages.update",
    method="POST",
    product="conversations",
    path="/v1/Conversations/{ConversationSid}/Messages/{Sid}",
    spec="conversations_v1",
    record=ConversationMessage,
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
    id="conversations.v1.conversations.messages.delete",
    method="DELETE",
    product="conversations",
    path="/v1/Conversations/{ConversationSid}/Messages/{Sid}",
    spec="conversations_v1",
    headers={
        "x_twilio_webhook_enabled": "X-Twilio-Webhook-Enabled",
    },
)


class MessageContext(Resource):
    """One ``Conversations/ConversationSid/Messages`` record: sid."""

    _path = "/v1/Conversations/{ConversationSid}/Messages/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> ConversationMessage:
        """Fetch a message from the conversation."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[MessageUpdateParams]) -> ConversationMessage:
        """Update an existing message in the conversation."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self, **params: Unpack[MessageDeleteParams]) -> bool:
        """Remove a message from the conversation."""
        return await self._call(_CONTEXT_DELETE, params)

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def delivery_receipts(self) -> DeliveryReceiptList:
        """``Conversations/ConversationSid/Messages/MessageSid/Receipts``."""
        from twilio_async.rest.conversations.v1.conversations_messages_receipts import (
            DeliveryReceiptList,
        )

        return self._child(DeliveryReceiptList)


class MessageList(CreateMany[MessageCreateParams, ConversationMessage], Resource):
    """``Conversations/ConversationSid/Messages`` (call it with a sid)."""

    _path = "/v1/Conversations/{ConversationSid}/Messages"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> MessageContext:
        """The record with this ``sid``."""
        return self._child(MessageContext, sid=sid)

    async def create(self, **params: Unpack[MessageCreateParams]) -> ConversationMessage:
        """Add a new message to the conversation."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[MessageListParams],
    ) -> AsyncIterator[ConversationMessage]:
        """Retrieve a list of all messages in the conversation. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[MessageListParams],
    ) -> Page[ConversationMessage]:
        """Retrieve a list of all messages in the conversation. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[MessageListParams],
    ) -> list[ConversationMessage]:
        """Retrieve a list of all messages in the conversation. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
