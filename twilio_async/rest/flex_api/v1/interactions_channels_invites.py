# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: InteractionChannelInvite (Interactions/InteractionSid/Channels/ChannelSid/Invites) on flex-api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "InteractionChannelInvite",
    "InteractionChannelInviteCreateParams",
    "InteractionChannelInviteList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class InteractionChannelInvite(Record):
    """Record ``flex.v1.interaction.interaction_channel.interaction_channel_invite`` (every field but ``sid``, ``interaction_sid``, ``channel_sid``, ``url`` may be ``None``)."""

    sid: str
    interaction_sid: str
    channel_sid: str
    routing: Any | None = None
    url: str


class InteractionChannelInviteCreateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.interaction.channels.invites.create`` (``CreateInteractionChannelInvite``)."""

    routing: Required[Any]
    """The Interaction's routing logic."""


_LIST_LIST: Operation[InteractionChannelInvite] = Operation(
    id="flex_api.v1.interaction.channels.invites.list",
    method="GET",
    product="flex-api",
    path="/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites",
    spec="flex_v1",
    record=InteractionChannelInvite,
    paging="meta",
    envelope="invites",
)


_LIST_CREATE: Operation[InteractionChannelInvite] = Operation(
    id="flex_api.v1.interaction.channels.invites.create",
    method="POST",
    product="flex-api",
    path="/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites",
    spec="flex_v1",
    record=InteractionChannelInvite,
    form={
        "routing": "Routing",
    },
    required=frozenset(["routing"]),
    encode={
        "routing": "json",
    },
)


class InteractionChannelInviteList(
    CreateMany[InteractionChannelInviteCreateParams, InteractionChannelInvite], Resource
):
    """``Interactions/InteractionSid/Channels/ChannelSid/Invites``."""

    _path = "/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites"
    _create_operation = _LIST_CREATE

    async def create(
        self, **params: Unpack[InteractionChannelInviteCreateParams]
    ) -> InteractionChannelInvite:
        """Invite an Agent or a TaskQueue to a Channel."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[InteractionChannelInvite]:
        """List all Invites for a Channel. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[InteractionChannelInvite]:
        """List all Invites for a Channel. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[InteractionChannelInvite]:
        """List all Invites for a Channel. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
