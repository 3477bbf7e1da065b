# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: Channel (Channels) on flex-api.twilio.com."""

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

__all__ = ["Channel", "ChannelContext", "ChannelCreateParams", "ChannelList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Channel(Record):
    """Record ``flex.v1.channel`` (every field but ``account_sid``, ``sid``, ``url``, ``date_created`` may be ``None``)."""

    account_sid: str
    flex_flow_sid: str | None = None
    sid: str
    user_sid: str | None = None
    task_sid: str | None = None
    url: str
    date_created: datetime
    date_updated: datetime | None = None


class ChannelCreateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.channel.create`` (``CreateChannel``)."""

    flex_flow_sid: Required[str]
    """The SID of the Flex Flow."""
    identity: Required[str]
    """The `identity` value that uniquely identifies the new resource's chat User."""
    chat_user_friendly_name: Required[str]
    """The chat participant's friendly name."""
    chat_friendly_name: Required[str]
    """The chat channel's friendly name."""
    target: str
    """The Target Contact Identity, for example the phone number of an SMS."""
    chat_unique_name: str
    """The chat channel's unique name."""
    pre_engagement_data: str
    """The pre-engagement data."""
    task_sid: str
    """The SID of the TaskRouter Task."""
    task_attributes: str
    """The Task attributes to be added for the TaskRouter Task."""
    long_lived: bool
    """Whether to create the channel as long-lived."""


_LIST_LIST: Operation[Channel] = Operation(
    id="flex_api.v1.channel.list",
    method="GET",
    product="flex-api",
    path="/v1/Channels",
    spec="flex_v1",
    record=Channel,
    paging="meta",
    envelope="flex_chat_channels",
)


_LIST_CREATE: Operation[Channel] = Operation(
    id="flex_api.v1.channel.create",
    method="POST",
    product="flex-api",
    path="/v1/Channels",
    spec="flex_v1",
    record=Channel,
    form={
        "flex_flow_sid": "FlexFlowSid",
        "identity": "Identity",
        "chat_user_friendly_name": "ChatUserFriendlyName",
        "chat_friendly_name": "ChatFriendlyName",
        "target": "Target",
        "chat_unique_name": "ChatUniqueName",
        "pre_engagement_data": "PreEngagementData",
        "task_sid": "TaskSid",
        "task_attributes": "TaskAttributes",
        "long_lived": "LongLived",
    },
    required=frozenset(
        ["chat_friendly_name", "chat_user_friendly_name", "flex_flow_sid", "identity"]
    ),
)


_CONTEXT_FETCH: Operation[Channel] = Operation(
    id="flex_api.v1.channel.fetch",
    method="GET",
    product="flex-api",
    path="/v1/Channels/{Sid}",
    spec="flex_v1",
    record=Channel,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="flex_api.v1.channel.delete",
    method="DELETE",
    product="flex-api",
    path="/v1/Channels/{Sid}",
    spec="flex_v1",
)


class ChannelContext(Resource):
    """One ``Channels`` record: sid."""

    _path = "/v1/Channels/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Channel:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class ChannelList(CreateMany[ChannelCreateParams, Channel], Resource):
    """``Channels`` (call it with a sid)."""

    _path = "/v1/Channels"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ChannelContext:
        """The record with this ``sid``."""
        return self._child(ChannelContext, sid=sid)

    async def create(self, **params: Unpack[ChannelCreateParams]) -> Channel:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Channel]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Channel]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Channel]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
