# Generated from specs/twilio-oai/twilio_ip_messaging_v2.json by codegen; do not edit.
"""IpMessaging v2: Member (Services/ServiceSid/Channels/ChannelSid/Members) on ip-messaging.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "Member",
    "MemberContext",
    "MemberCreateParams",
    "MemberDeleteParams",
    "MemberList",
    "MemberListParams",
    "MemberUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Member(Record):
    """Record ``ip_messaging.v2.service.channel.member`` (every field but ``sid``, ``account_sid``, ``channel_sid``, ``service_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    channel_sid: str
    service_sid: str
    identity: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    role_sid: str | None = None
    last_consumed_message_index: int | None = None
    last_consumption_timestamp: datetime | None = None
    url: str
    attributes: str | None = None


class MemberUpdateParams(TypedDict, total=False):
    """Keywords of ``ip_messaging.v2.services.channels.members.update`` (``UpdateMember``)."""

    x_twilio_webhook_enabled: bool
    """The X-Twilio-Webhook-Enabled HTTP request header."""
    role_sid: str
    last_consumed_message_index: int
    last_consumption_timestamp: datetime
    date_created: datetime
    date_updated: datetime
    attributes: str


class MemberDeleteParams(TypedDict, total=False):
    """Keywords of ``ip_messaging.v2.services.channels.members.delete`` (``DeleteMember``)."""

    x_twilio_webhook_enabled: bool
    """The X-Twilio-Webhook-Enabled HTTP request header."""


class MemberListParams(TypedDict, total=False):
    """Keywords of ``ip_messaging.v2.services.channels.members.list`` (``ListMember``)."""

    identity: Sequence[str]


class MemberCreateParams(TypedDict, total=False):
    """Keywords of ``ip_messaging.v2.services.channels.members.create`` (``CreateMember``)."""

    x_twilio_webhook_enabled: bool
    """The X-Twilio-Webhook-Enabled HTTP request header."""
    identity: Required[str]
    role_sid: str
    last_consumed_message_index: int
    last_consumption_timestamp: datetime
    date_created: datetime
    date_updated: datetime
    attributes: str


_CONTEXT_FETCH: Operation[Member] = Operation(
    id="ip_messaging.v2.services.channels.members.fetch",
    method="GET",
    product="ip-messaging",
    path="/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members/{Sid}",
    spec="ip_messaging_v2",
    record=Member,
)


_CONTEXT_UPDATE: Operation[Member] = Operation(
    id="ip_messaging.v2.services.channels.members.update",
    method="POST",
    product="ip-messaging",
    path="/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members/{Sid}",
    spec="ip_messaging_v2",
    record=Member,
    form={
        "role_sid": "RoleSid",
        "last_consumed_message_index": "LastConsumedMessageIndex",
        "last_consumption_timestamp": "LastConsumptionTimestamp",
        "date_created": "DateCreated",
        "date_updated": "DateUpdated",
        "attributes": "Attributes",
    },
    headers={
        "x_twilio_webhook_enabled": "X-Twilio-Webhook-Enabled",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="ip_messaging.v2.services.channels.members.delete",
    method="DELETE",
    product="ip-messaging",
    path="/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members/{Sid}",
    spec="ip_messaging_v2",
    headers={
        "x_twilio_webhook_enabled": "X-Twilio-Webhook-Enabled",
    },
)


_LIST_LIST: Operation[Member] = Operation(
    id="ip_messaging.v2.services.channels.members.list",
    method="GET",
    product="ip-messaging",
    path="/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members",
    spec="ip_messaging_v2",
    record=Member,
    query={
        "identity": "Identity",
    },
    paging="meta",
    envelope="members",
    max_page_size=100,
)


_LIST_CREATE: Operation[Member] = Operation(
    id="ip_messaging.v2.services.channels.members.create",
    method="POST",
    product="ip-messaging",
    path="/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members",
    spec="ip_messaging_v2",
    record=Member,
    form={
        "identity": "Identity",
        "role_sid": "RoleSid",
        "last_consumed_message_index": "LastConsumedMessageIndex",
        "last_consumption_timestamp": "LastConsumptionTimestamp",
        "date_created": "DateCreated",
        "date_updated": "DateUpdated",
        "attributes": "Attributes",
    },
    headers={
        "x_twilio_webhook_enabled": "X-Twilio-Webhook-Enabled",
    },
    required=frozenset(["identity"]),
)


class MemberContext(Resource):
    """One ``Services/ServiceSid/Channels/ChannelSid/Members`` record: sid."""

    _path = "/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> Member:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[MemberUpdateParams]) -> Member:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self, **params: Unpack[MemberDeleteParams]) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, params)

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class MemberList(CreateMany[MemberCreateParams, Member], Resource):
    """``Services/ServiceSid/Channels/ChannelSid/Members`` (call it with a sid)."""

    _path = "/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> MemberContext:
        """The record with this ``sid``."""
        return self._child(MemberContext, sid=sid)

    async def create(self, **params: Unpack[MemberCreateParams]) -> Member:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[MemberListParams],
    ) -> AsyncIterator[Member]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[MemberListParams],
    ) -> Page[Member]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[MemberListParams],
    ) -> list[Member]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
