# Generated from specs/twilio-oai/twilio_chat_v1.json by codegen; do not edit.
"""Chat v1: Invite (Services/ServiceSid/Channels/ChannelSid/Invites) on chat.twilio.com."""

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

__all__ = ["Invite", "InviteContext", "InviteCreateParams", "InviteList", "InviteListParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Invite(Record):
    """Record ``chat.v1.service.channel.invite`` (every field but ``sid``, ``account_sid``, ``channel_sid``, ``service_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    channel_sid: str
    service_sid: str
    identity: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    role_sid: str | None = None
    created_by: str | None = None
    url: str


class InviteListParams(TypedDict, total=False):
    """Keywords of ``chat.v1.services.channels.invites.list`` (``ListInvite``)."""

    identity: Sequence[str]
    """The User's `identity` value of the resources to read."""


class InviteCreateParams(TypedDict, total=False):
    """Keywords of ``chat.v1.services.channels.invites.create`` (``CreateInvite``)."""

    identity: Required[str]
    """The `identity` value that uniquely identifies the new resource's User within the Service."""
    role_sid: str
    """The SID of the Role assigned to the new member."""


_CONTEXT_FETCH: Operation[Invite] = Operation(
    id="chat.v1.services.channels.invites.fetch",
    method="GET",
    product="chat",
    path="/v1/Services/{ServiceSid}/Channels/{ChannelSid}/Invites/{Sid}",
    spec="chat_v1",
    record=Invite,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="chat.v1.services.channels.invites.delete",
    method="DELETE",
    product="chat",
    path="/v1/Services/{ServiceSid}/Channels/{ChannelSid}/Invites/{Sid}",
    spec="chat_v1",
)


_LIST_LIST: Operation[Invite] = Operation(
    id="chat.v1.services.channels.invites.list",
    method="GET",
    product="chat",
    path="/v1/Services/{ServiceSid}/Channels/{ChannelSid}/Invites",
    spec="chat_v1",
    record=Invite,
    query={
        "identity": "Identity",
    },
    paging="meta",
    envelope="invites",
)


_LIST_CREATE: Operation[Invite] = Operation(
    id="chat.v1.services.channels.invites.create",
    method="POST",
    product="chat",
    path="/v1/Services/{ServiceSid}/Channels/{ChannelSid}/Invites",
    spec="chat_v1",
    record=Invite,
    form={
        "identity": "Identity",
        "role_sid": "RoleSid",
    },
    required=frozenset(["identity"]),
)


class InviteContext(Resource):
    """One ``Services/ServiceSid/Channels/ChannelSid/Invites`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/Channels/{ChannelSid}/Invites/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> Invite:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class InviteList(CreateMany[InviteCreateParams, Invite], Resource):
    """``Services/ServiceSid/Channels/ChannelSid/Invites`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/Channels/{ChannelSid}/Invites"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> InviteContext:
        """The record with this ``sid``."""
        return self._child(InviteContext, sid=sid)

    async def create(self, **params: Unpack[InviteCreateParams]) -> Invite:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[InviteListParams],
    ) -> AsyncIterator[Invite]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[InviteListParams],
    ) -> Page[Invite]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[InviteListParams],
    ) -> list[Invite]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
