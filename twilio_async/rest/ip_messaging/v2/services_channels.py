# Generated from specs/twilio-oai/twilio_ip_messaging_v2.json by codegen; do not edit.
"""IpMessaging v2: Channel (Services/ServiceSid/Channels) on ip-messaging.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
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
    from twilio_async.rest.ip_messaging.v2.services_channels_invites import InviteList
    from twilio_async.rest.ip_messaging.v2.services_channels_members import MemberList
    from twilio_async.rest.ip_messaging.v2.services_channels_messages import MessageList
    from twilio_async.rest.ip_messaging.v2.services_channels_webhooks import WebhookList

__all__ = [
    "Channel",
    "ChannelChannelType",
    "ChannelContext",
    "ChannelCreateParams",
    "ChannelDeleteParams",
    "ChannelList",
    "ChannelListParams",
    "ChannelUpdateParams",
]


class ChannelChannelType(OpenEnum):
    """``channel_enum_channel_type``."""

    PUBLIC = "public"
    PRIVATE = "private"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Channel(Record):
    """Record ``ip_messaging.v2.service.channel`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    friendly_name: str | None = None
    unique_name: str | None = None
    attributes: str | None = None
    type: ChannelChannelType | None = None
    date_created: datetime
    date_updated: datetime | None = None
    created_by: str | None = None
    members_count: int | None = None
    messages_count: int | None = None
    url: str
    links: dict[str, Any] | None = None


class ChannelUpdateParams(TypedDict, total=False):
    """Keywords of ``ip_messaging.v2.services.channels.update`` (``UpdateChannel``)."""

    x_twilio_webhook_enabled: bool
    """The X-Twilio-Webhook-Enabled HTTP request header."""
    friendly_name: str
    unique_name: str
    attributes: str
    date_created: datetime
    date_updated: datetime
    created_by: str


class ChannelDeleteParams(TypedDict, total=False):
    """Keywords of ``ip_messaging.v2.services.channels.delete`` (``DeleteChannel``)."""

    x_twilio_webhook_enabled: bool
    """The X-Twilio-Webhook-Enabled HTTP request header."""


class ChannelListParams(TypedDict, total=False):
    """Keywords of ``ip_messaging.v2.services.channels.list`` (``ListChannel``)."""

    type: Sequence[str]


class ChannelCreateParams(TypedDict, total=False):
    """Keywords of ``ip_messaging.v2.services.channels.create`` (``CreateChannel``)."""

    x_twilio_webhook_enabled: bool
    """The X-Twilio-Webhook-Enabled HTTP request header."""
    friendly_name: str
    unique_name: str
    attributes: str
    type: str
    date_created: datetime
    date_updated: datetime
    created_by: str


_CONTEXT_FETCH: Operation[Channel] = Operation(
    id="ip_messaging.v2.services.channels.fetch",
    method="GET",
    product="ip-messaging",
    path="/v2/Services/{ServiceSid}/Channels/{Sid}",
    spec="ip_messaging_v2",
    record=Channel,
)


_CONTEXT_UPDATE: Operation[Channel] = Operation(
    id="ip_messaging.v2.services.channels.update",
    method="POST",
    product="ip-messaging",
    path="/v2/Services/{ServiceSid}/Channels/{Sid}",
    spec="ip_messaging_v2",
    record=Channel,
    form={
        "friendly_name": "FriendlyName",
        "unique_name": "UniqueName",
        "attributes": "Attributes",
        "date_created": "DateCreated",
        "date_updated": "DateUpdated",
        "created_by": "CreatedBy",
    },
    headers={
        "x_twilio_webhook_enabled": "X-Twilio-Webhook-Enabled",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="ip_messaging.v2.services.channels.delete",
    method="DELETE",
    product="ip-messaging",
    path="/v2/Services/{ServiceSid}/Channels/{Sid}",
    spec="ip_messaging_v2",
    headers={
        "x_twilio_webhook_enabled": "X-Twilio-Webhook-Enabled",
    },
)


_LIST_LIST: Operation[Channel] = Operation(
    id="ip_messaging.v2.services.channels.list",
    method="GET",
    product="ip-messaging",
    path="/v2/Services/{ServiceSid}/Channels",
    spec="ip_messaging_v2",
    record=Channel,
    query={
        "type": "Type",
    },
    paging="meta",
    envelope="channels",
    max_page_size=100,
)


_LIST_CREATE: Operation[Channel] = Operation(
    id="ip_messaging.v2.services.channels.create",
    method="POST",
    product="ip-messaging",
    path="/v2/Services/{ServiceSid}/Channels",
    spec="ip_messaging_v2",
    record=Channel,
    form={
        "friendly_name": "FriendlyName",
        "unique_name": "UniqueName",
        "attributes": "Attributes",
        "type": "Type",
        "date_created": "DateCreated",
        "date_updated": "DateUpdated",
        "created_by": "CreatedBy",
    },
    headers={
        "x_twilio_webhook_enabled": "X-Twilio-Webhook-Enabled",
    },
)


class ChannelContext(Resource):
    """One ``Services/ServiceSid/Channels`` record: sid."""

    _path = "/v2/Services/{ServiceSid}/Channels/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Channel:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ChannelUpdateParams]) -> Channel:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self, **params: Unpack[ChannelDeleteParams]) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, params)

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def webhooks(self) -> WebhookList:
        """``Services/ServiceSid/Channels/ChannelSid/Webhooks``."""
        from twilio_async.rest.ip_messaging.v2.services_channels_webhooks import WebhookList

        return self._child(WebhookList)

    @property
    def invites(self) -> InviteList:
        """``Services/ServiceSid/Channels/ChannelSid/Invites``."""
        from twilio_async.rest.ip_messaging.v2.services_channels_invites import InviteList

        return self._child(InviteList)

    @property
    def members(self) -> MemberList:
        """``Services/ServiceSid/Channels/ChannelSid/Members``."""
        from twilio_async.rest.ip_messaging.v2.services_channels_members import MemberList

        return self._child(MemberList)

    @property
    def messages(self) -> MessageList:
        """``Services/ServiceSid/Channels/ChannelSid/Messages``."""
        from twilio_async.rest.ip_messaging.v2.services_channels_messages import MessageList

        return self._child(MessageList)


class ChannelList(CreateMany[ChannelCreateParams, Channel], Resource):
    """``Services/ServiceSid/Channels`` (call it with a sid)."""

    _path = "/v2/Services/{ServiceSid}/Channels"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ChannelContext:
        """The record with this ``sid``."""
        return self._child(ChannelContext, sid=sid)

    async def create(self, **params: Unpack[ChannelCreateParams]) -> Channel:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ChannelListParams],
    ) -> AsyncIterator[Channel]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[ChannelListParams],
    ) -> Page[Channel]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ChannelListParams],
    ) -> list[Channel]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
