# Generated from specs/twilio-oai/twilio_chat_v3.json by codegen; do not edit.
"""Chat v3: Channel (Services/ServiceSid/Channels) on chat.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["Channel", "ChannelChannelType", "ChannelContext", "ChannelList", "ChannelUpdateParams"]


class ChannelChannelType(OpenEnum):
    """``channel_enum_channel_type``."""

    PUBLIC = "public"
    PRIVATE = "private"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Channel(Record):
    """Record ``chat.v3.channel`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    friendly_name: str | None = None
    unique_name: str | None = None
    attributes: str | None = attrs.field(default=None, repr=False)
    type: ChannelChannelType | None = None
    date_created: datetime
    date_updated: datetime | None = None
    created_by: str | None = None
    members_count: int | None = None
    messages_count: int | None = None
    messaging_service_sid: str | None = None
    url: str


class ChannelUpdateParams(TypedDict, total=False):
    """Keywords of ``chat.v3.channels.update`` (``UpdateChannel``)."""

    x_twilio_webhook_enabled: bool
    """The X-Twilio-Webhook-Enabled HTTP request header."""
    type: str
    messaging_service_sid: str
    """The unique ID of the Messaging Service this channel belongs to."""


_CONTEXT_UPDATE: Operation[Channel] = Operation(
    id="chat.v3.channels.update",
    method="POST",
    product="chat",
    path="/v3/Services/{ServiceSid}/Channels/{Sid}",
    spec="chat_v3",
    record=Channel,
    form={
        "type": "Type",
        "messaging_service_sid": "MessagingServiceSid",
    },
    headers={
        "x_twilio_webhook_enabled": "X-Twilio-Webhook-Enabled",
    },
)


class ChannelContext(Resource):
    """One ``Services/ServiceSid/Channels`` record: sid."""

    _path = "/v3/Services/{ServiceSid}/Channels/{Sid}"

    @property
    def service_sid(self) -> str:
        """The ``service_sid`` this context points at."""
        return self._values[0]

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def update(self, **params: Unpack[ChannelUpdateParams]) -> Channel:
        """Update a specific Channel."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class ChannelList(Resource):
    """``Services/ServiceSid/Channels`` (call it with a sid)."""

    _path = "/v3/Services/{ServiceSid}/Channels"

    def __call__(self, service_sid: str, sid: str) -> ChannelContext:
        """The record with this ``service_sid``, ``sid``."""
        return self._child(ChannelContext, service_sid=service_sid, sid=sid)
