# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1: ChannelSender (Services/MessagingServiceSid/ChannelSenders) on messaging.twilio.com."""

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
    "ChannelSender",
    "ChannelSenderContext",
    "ChannelSenderCreateParams",
    "ChannelSenderList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ChannelSender(Record):
    """Record ``messaging.v1.service.channel_sender`` (every field but ``account_sid``, ``messaging_service_sid``, ``sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    messaging_service_sid: str
    sid: str
    sender: str | None = None
    sender_type: str | None = None
    country_code: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class ChannelSenderCreateParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.services.channel_senders.create`` (``CreateChannelSender``)."""

    sid: Required[str]
    """The SID of the Channel Sender being added to the Service."""


_LIST_LIST: Operation[ChannelSender] = Operation(
    id="messaging.v1.services.channel_senders.list",
    method="GET",
    product="messaging",
    path="/v1/Services/{MessagingServiceSid}/ChannelSenders",
    spec="messaging_v1",
    record=ChannelSender,
    paging="meta",
    envelope="senders",
)


_LIST_CREATE: Operation[ChannelSender] = Operation(
    id="messaging.v1.services.channel_senders.create",
    method="POST",
    product="messaging",
    path="/v1/Services/{MessagingServiceSid}/ChannelSenders",
    spec="messaging_v1",
    record=ChannelSender,
    form={
        "sid": "Sid",
    },
    required=frozenset(["sid"]),
)


_CONTEXT_FETCH: Operation[ChannelSender] = Operation(
    id="messaging.v1.services.channel_senders.fetch",
    method="GET",
    product="messaging",
    path="/v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}",
    spec="messaging_v1",
    record=ChannelSender,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="messaging.v1.services.channel_senders.delete",
    method="DELETE",
    product="messaging",
    path="/v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}",
    spec="messaging_v1",
)


class ChannelSenderContext(Resource):
    """One ``Services/MessagingServiceSid/ChannelSenders`` record: sid."""

    _path = "/v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> ChannelSender:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class ChannelSenderList(CreateMany[ChannelSenderCreateParams, ChannelSender], Resource):
    """``Services/MessagingServiceSid/ChannelSenders`` (call it with a sid)."""

    _path = "/v1/Services/{MessagingServiceSid}/ChannelSenders"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ChannelSenderContext:
        """The record with this ``sid``."""
        return self._child(ChannelSenderContext, sid=sid)

    async def create(self, **params: Unpack[ChannelSenderCreateParams]) -> ChannelSender:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[ChannelSender]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[ChannelSender]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[ChannelSender]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
