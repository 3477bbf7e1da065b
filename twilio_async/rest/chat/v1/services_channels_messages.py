# Generated from specs/twilio-oai/twilio_chat_v1.json by codegen; do not edit.
"""Chat v1: Message (Services/ServiceSid/Channels/ChannelSid/Messages) on chat.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "Message",
    "MessageContext",
    "MessageCreateParams",
    "MessageList",
    "MessageListParams",
    "MessageUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Message(Record):
    """Record ``chat.v1.service.channel.message`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``channel_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    attributes: str | None = attrs.field(default=None, repr=False)
    service_sid: str
    to: str | None = None
    channel_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    was_edited: bool | None = None
    from_: str | None = None
    body: str | None = attrs.field(default=None, repr=False)
    index: int | None = None
    url: str


class MessageUpdateParams(TypedDict, total=False):
    """Keywords of ``chat.v1.services.channels.messages.update`` (``UpdateMessage``)."""

    body: str
    """The message to send to the channel."""
    attributes: str
    """A valid JSON string that contains application-specific data."""


class MessageListParams(TypedDict, total=False):
    """Keywords of ``chat.v1.services.channels.messages.list`` (``ListMessage``)."""

    order: str
    """The sort order of the returned messages."""


class MessageCreateParams(TypedDict, total=False):
    """Keywords of ``chat.v1.services.channels.messages.create`` (``CreateMessage``)."""

    body: Required[str]
    """The message to send to the channel."""
    from_: str
    """The identity of the new message's author."""
    attributes: str
    """A valid JSON string that contains application-specific data."""


_CONTEXT_FETCH: Operation[Message] = Operation(
    id="chat.v1.services.channels.messages.fetch",
    method="GET",
    product="chat",
    path="/v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages/{Sid}",
    spec="chat_v1",
    record=Message,
)


_CONTEXT_UPDATE: Operation[Message] = Operation(
    id="chat.v1.services.channels.messages.update",
    method="POST",
    product="chat",
    path="/v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages/{Sid}",
    spec="chat_v1",
    record=Message,
    form={
        "body": "Body",
        "attributes": "Attributes",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="chat.v1.services.channels.messages.delete",
    method="DELETE",
    product="chat",
    path="/v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages/{Sid}",
    spec="chat_v1",
)


_LIST_LIST: Operation[Message] = Operation(
    id="chat.v1.services.channels.messages.list",
    method="GET",
    product="chat",
    path="/v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages",
    spec="chat_v1",
    record=Message,
    query={
        "order": "Order",
    },
    paging="meta",
    envelope="messages",
)


_LIST_CREATE: Operation[Message] = Operation(
    id="chat.v1.services.channels.messages.create",
    method="POST",
    product="chat",
    path="/v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages",
    spec="chat_v1",
    record=Message,
    form={
        "body": "Body",
        "from_": "From",
        "attributes": "Attributes",
    },
    required=frozenset(["body"]),
)


class MessageContext(Resource):
    """One ``Services/ServiceSid/Channels/ChannelSid/Messages`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> Message:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[MessageUpdateParams]) -> Message:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class MessageList(CreateMany[MessageCreateParams, Message], Resource):
    """``Services/ServiceSid/Channels/ChannelSid/Messages`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/Channels/{ChannelSid}/Messages"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> MessageContext:
        """The record with this ``sid``."""
        return self._child(MessageContext, sid=sid)

    async def create(self, **params: Unpack[MessageCreateParams]) -> Message:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[MessageListParams],
    ) -> AsyncIterator[Message]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[MessageListParams],
    ) -> Page[Message]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[MessageListParams],
    ) -> list[Message]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
