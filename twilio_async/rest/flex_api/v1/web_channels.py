# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: WebChannel (WebChannels) on flex-api.twilio.com."""

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
    "WebChannel",
    "WebChannelContext",
    "WebChannelCreateParams",
    "WebChannelList",
    "WebChannelUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class WebChannel(Record):
    """Record ``flex.v1.web_channel`` (every field but ``account_sid``, ``sid``, ``url``, ``date_created`` may be ``None``)."""

    account_sid: str
    flex_flow_sid: str | None = None
    sid: str
    url: str
    date_created: datetime
    date_updated: datetime | None = None


class WebChannelCreateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.web_channel.create`` (``CreateWebChannel``)."""

    flex_flow_sid: Required[str]
    """The SID of the Flex Flow."""
    identity: Required[str]
    """The chat identity."""
    customer_friendly_name: Required[str]
    """The chat participant's friendly name."""
    chat_friendly_name: Required[str]
    """The chat channel's friendly name."""
    chat_unique_name: str
    """The chat channel's unique name."""
    pre_engagement_data: str
    """The pre-engagement data."""


class WebChannelUpdateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.web_channel.update`` (``UpdateWebChannel``)."""

    chat_status: str
    post_engagement_data: str
    """The post-engagement data."""


_LIST_LIST: Operation[WebChannel] = Operation(
    id="flex_api.v1.web_channel.list",
    method="GET",
    product="flex-api",
    path="/v1/WebChannels",
    spec="flex_v1",
    record=WebChannel,
    paging="meta",
    envelope="flex_chat_channels",
)


_LIST_CREATE: Operation[WebChannel] = Operation(
    id="flex_api.v1.web_channel.create",
    method="POST",
    product="flex-api",
    path="/v1/WebChannels",
    spec="flex_v1",
    record=WebChannel,
    form={
        "flex_flow_sid": "FlexFlowSid",
        "identity": "Identity",
        "customer_friendly_name": "CustomerFriendlyName",
        "chat_friendly_name": "ChatFriendlyName",
        "chat_unique_name": "ChatUniqueName",
        "pre_engagement_data": "PreEngagementData",
    },
    required=frozenset(
        ["chat_friendly_name", "customer_friendly_name", "flex_flow_sid", "identity"]
    ),
)


_CONTEXT_FETCH: Operation[WebChannel] = Operation(
    id="flex_api.v1.web_channel.fetch",
    method="GET",
    product="flex-api",
    path="/v1/WebChannels/{Sid}",
    spec="flex_v1",
    record=WebChannel,
)


_CONTEXT_UPDATE: Operation[WebChannel] = Operation(
    id="flex_api.v1.web_channel.update",
    method="POST",
    product="flex-api",
    path="/v1/WebChannels/{Sid}",
    spec="flex_v1",
    record=WebChannel,
    form={
        "chat_status": "ChatStatus",
        "post_engagement_data": "PostEngagementData",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="flex_api.v1.web_channel.delete",
    method="DELETE",
    product="flex-api",
    path="/v1/WebChannels/{Sid}",
    spec="flex_v1",
)


class WebChannelContext(Resource):
    """One ``WebChannels`` record: sid."""

    _path = "/v1/WebChannels/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> WebChannel:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[WebChannelUpdateParams]) -> WebChannel:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class WebChannelList(CreateMany[WebChannelCreateParams, WebChannel], Resource):
    """``WebChannels`` (call it with a sid)."""

    _path = "/v1/WebChannels"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> WebChannelContext:
        """The record with this ``sid``."""
        return self._child(WebChannelContext, sid=sid)

    async def create(self, **params: Unpack[WebChannelCreateParams]) -> WebChannel:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[WebChannel]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[WebChannel]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[WebChannel]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
