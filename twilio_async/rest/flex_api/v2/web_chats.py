# Generated from specs/twilio-oai/twilio_flex_v2.json by codegen; do not edit.
"""FlexApi v2: WebChannels (WebChats) on flex-api.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["WebChannel", "WebChannelsCreateParams", "WebChannelsList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class WebChannel(Record):
    """Record ``flex.v2.web_channel`` (every field may be ``None``)."""

    conversation_sid: str | None = None
    identity: str | None = None


class WebChannelsCreateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v2.web_channels.create`` (``CreateWebChannel``)."""

    ui_version: str
    """The Ui-Version HTTP request header."""
    address_sid: Required[str]
    """The SID of the Conversations Address."""
    chat_friendly_name: str
    """The Conversation's friendly name."""
    customer_friendly_name: str
    """The Conversation participant's friendly name."""
    pre_engagement_data: str
    """The pre-engagement data."""
    identity: str
    """The Identity of the guest user."""


_LIST_CREATE: Operation[WebChannel] = Operation(
    id="flex_api.v2.web_channels.create",
    method="POST",
    product="flex-api",
    path="/v2/WebChats",
    spec="flex_v2",
    record=WebChannel,
    form={
        "address_sid": "AddressSid",
        "chat_friendly_name": "ChatFriendlyName",
        "customer_friendly_name": "CustomerFriendlyName",
        "pre_engagement_data": "PreEngagementData",
        "identity": "Identity",
    },
    headers={
        "ui_version": "Ui-Version",
    },
    required=frozenset(["address_sid"]),
)


class WebChannelsList(CreateMany[WebChannelsCreateParams, WebChannel], Resource):
    """``WebChats``."""

    _path = "/v2/WebChats"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[WebChannelsCreateParams]) -> WebChannel:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
