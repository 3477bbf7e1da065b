# Generated from specs/twilio-oai/twilio_conversations_v1.json by codegen; do not edit.
"""Conversations v1: DeliveryReceipt (Conversations/ConversationSid/Messages/MessageSid/Receipts) on conversations.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = [
    "ConversationMessageReceipt",
    "ConversationMessageReceiptDeliveryStatus",
    "DeliveryReceiptContext",
    "DeliveryReceiptList",
]


class ConversationMessageReceiptDeliveryStatus(OpenEnum):
    """``conversation_message_receipt_enum_delivery_status``."""

    READ = "read"
    FAILED = "failed"
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    SENT = "sent"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ConversationMessageReceipt(Record):
    """Record ``conversations.v1.conversation.conversation_message.conversation_message_receipt`` (every field but ``account_sid``, ``conversation_sid``, ``sid``, ``message_sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    conversation_sid: str
    sid: str
    message_sid: str
    channel_message_sid: str | None = None
    participant_sid: str | None = None
    status: ConversationMessageReceiptDeliveryStatus | None = None
    error_code: int | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


_CONTEXT_FETCH: Operation[ConversationMessageReceipt] = Operation(
    id="conversations.v1.conversations.messages.delivery_receipts.fetch",
    method="GET",
    product="conversations",
    path="/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}",
    spec="conversations_v1",
    record=ConversationMessageReceipt,
)


_LIST_LIST: Operation[ConversationMessageReceipt] = Operation(
    id="conversations.v1.conversations.messages.delivery_receipts.list",
    method="GET",
    product="conversations",
    path="/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts",
    spec="conversations_v1",
    record=ConversationMessageReceipt,
    paging="meta",
    envelope="delivery_receipts",
    max_page_size=50,
)


class DeliveryReceiptContext(Resource):
    """One ``Conversations/ConversationSid/Messages/MessageSid/Receipts`` record: sid."""

    _path = "/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> ConversationMessageReceipt:
        """Fetch the delivery and read receipts of the conversation message."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class DeliveryReceiptList(Resource):
    """``Conversations/ConversationSid/Messages/MessageSid/Receipts`` (call it with a sid)."""

    _path = "/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts"

    def __call__(self, sid: str) -> DeliveryReceiptContext:
        """The record with this ``sid``."""
        return self._child(DeliveryReceiptContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[ConversationMessageReceipt]:
        """Retrieve a list of all delivery and read receipts of the conversation message. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[ConversationMessageReceipt]:
        """Retrieve a list of all delivery and read receipts of the conversation message. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[ConversationMessageReceipt]:
        """Retrieve a list of all delivery and read receipts of the conversation message. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
