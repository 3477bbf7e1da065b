# Generated from specs/twilio-oai/twilio_ip_messaging_v2.json by codegen; do not edit.
"""IpMessaging v2: UserChannel (Services/ServiceSid/Users/UserSid/Channels) on ip-messaging.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "UserChannel",
    "UserChannelChannelStatus",
    "UserChannelContext",
    "UserChannelList",
    "UserChannelNotificationLevel",
    "UserChannelUpdateParams",
]


class UserChannelChannelStatus(OpenEnum):
    """``user_channel_enum_channel_status``."""

    JOINED = "joined"
    INVITED = "invited"
    NOT_PARTICIPATING = "not_participating"


class UserChannelNotificationLevel(OpenEnum):
    """``user_channel_enum_notification_level``."""

    DEFAULT = "default"
    MUTED = "muted"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class UserChannel(Record):
    """Record ``ip_messaging.v2.service.user.user_channel`` (every field but ``account_sid``, ``service_sid``, ``channel_sid``, ``user_sid``, ``url`` may be ``None``)."""

    account_sid: str
    service_sid: str
    channel_sid: str
    user_sid: str
    member_sid: str | None = None
    status: UserChannelChannelStatus | None = None
    last_consumed_message_index: int | None = None
    unread_messages_count: int | None = None
    links: dict[str, Any] | None = None
    url: str
    notification_level: UserChannelNotificationLevel | None = None


class UserChannelUpdateParams(TypedDict, total=False):
    """Keywords of ``ip_messaging.v2.services.users.user_channels.update`` (``UpdateUserChannel``)."""

    notification_level: str
    last_consumed_message_index: int
    last_consumption_timestamp: datetime


_LIST_LIST: Operation[UserChannel] = Operation(
    id="ip_messaging.v2.services.users.user_channels.list",
    method="GET",
    product="ip-messaging",
    path="/v2/Services/{ServiceSid}/Users/{UserSid}/Channels",
    spec="ip_messaging_v2",
    record=UserChannel,
    paging="meta",
    envelope="channels",
    max_page_size=50,
)


_CONTEXT_FETCH: Operation[UserChannel] = Operation(
    id="ip_messaging.v2.services.users.user_channels.fetch",
    method="GET",
    product="ip-messaging",
    path="/v2/Services/{ServiceSid}/Users/{UserSid}/Channels/{ChannelSid}",
    spec="ip_messaging_v2",
    record=UserChannel,
)


_CONTEXT_UPDATE: Operation[UserChannel] = Operation(
    id="ip_messaging.v2.services.users.user_channels.update",
    method="POST",
    product="ip-messaging",
    path="/v2/Services/{ServiceSid}/Users/{UserSid}/Channels/{ChannelSid}",
    spec="ip_messaging_v2",
    record=UserChannel,
    form={
        "notification_level": "NotificationLevel",
        "last_consumed_message_index": "LastConsumedMessageIndex",
        "last_consumption_timestamp": "LastConsumptionTimestamp",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="ip_messaging.v2.services.users.user_channels.delete",
    method="DELETE",
    product="ip-messaging",
    path="/v2/Services/{ServiceSid}/Users/{UserSid}/Channels/{ChannelSid}",
    spec="ip_messaging_v2",
)


class UserChannelContext(Resource):
    """One ``Services/ServiceSid/Users/UserSid/Channels`` record: channel_sid."""

    _path = "/v2/Services/{ServiceSid}/Users/{UserSid}/Channels/{ChannelSid}"

    @property
    def channel_sid(self) -> str:
        """The ``channel_sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> UserChannel:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[UserChannelUpdateParams]) -> UserChannel:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class UserChannelList(Resource):
    """``Services/ServiceSid/Users/UserSid/Channels`` (call it with a channel_sid)."""

    _path = "/v2/Services/{ServiceSid}/Users/{UserSid}/Channels"

    def __call__(self, channel_sid: str) -> UserChannelContext:
        """The record with this ``channel_sid``."""
        return self._child(UserChannelContext, channel_sid=channel_sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[UserChannel]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[UserChannel]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[UserChannel]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
