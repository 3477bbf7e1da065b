# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: InteractionChannel (Interactions/InteractionSid/Channels) on flex-api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.flex_api.v1.interactions_channels_invites import (
        InteractionChannelInviteList,
    )
    from twilio_async.rest.flex_api.v1.interactions_channels_participants import (
        InteractionChannelParticipantList,
    )
    from twilio_async.rest.flex_api.v1.interactions_channels_transfers import (
        InteractionTransferList,
    )

__all__ = [
    "InteractionChannel",
    "InteractionChannelChannelStatus",
    "InteractionChannelContext",
    "InteractionChannelList",
    "InteractionChannelType",
    "InteractionChannelUpdateParams",
]


class InteractionChannelChannelStatus(OpenEnum):
    """``interaction_channel_enum_channel_status``."""

    SETUP = "setup"
    ACTIVE = "active"
    FAILED = "failed"
    CLOSED = "closed"
    INACTIVE = "inactive"
    PAUSE = "pause"
    TRANSFER = "transfer"


class InteractionChannelType(OpenEnum):
    """``interaction_channel_enum_type``."""

    VOICE = "voice"
    SMS = "sms"
    EMAIL = "email"
    WEB = "web"
    WHATSAPP = "whatsapp"
    CHAT = "chat"
    MESSENGER = "messenger"
    GBM = "gbm"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class InteractionChannel(Record):
    """Record ``flex.v1.interaction.interaction_channel`` (every field but ``sid``, ``interaction_sid``, ``url`` may be ``None``)."""

    sid: str
    interaction_sid: str
    type: InteractionChannelType | None = None
    status: InteractionChannelChannelStatus | None = None
    error_code: int | None = None
    error_message: str | None = None
    url: str
    links: dict[str, Any] | None = None


class InteractionChannelUpdateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.interaction.channels.update`` (``UpdateInteractionChannel``)."""

    status: Required[str]
    routing: Any
    """It changes the state of associated tasks."""


_CONTEXT_FETCH: Operation[InteractionChannel] = Operation(
    id="flex_api.v1.interaction.channels.fetch",
    method="GET",
    product="flex-api",
    path="/v1/Interactions/{InteractionSid}/Channels/{Sid}",
    spec="flex_v1",
    record=InteractionChannel,
)


_CONTEXT_UPDATE: Operation[InteractionChannel] = Operation(
    id="flex_api.v1.interaction.channels.update",
    method="POST",
    product="flex-api",
    path="/v1/Interactions/{InteractionSid}/Channels/{Sid}",
    spec="flex_v1",
    record=InteractionChannel,
    form={
        "status": "Status",
        "routing": "Routing",
    },
    required=frozenset(["status"]),
    encode={
        "routing": "json",
    },
)


_LIST_LIST: Operation[InteractionChannel] = Operation(
    id="flex_api.v1.interaction.channels.list",
    method="GET",
    product="flex-api",
    path="/v1/Interactions/{InteractionSid}/Channels",
    spec="flex_v1",
    record=InteractionChannel,
    paging="meta",
    envelope="channels",
)


class InteractionChannelContext(Resource):
    """One ``Interactions/InteractionSid/Channels`` record: sid."""

    _path = "/v1/Interactions/{InteractionSid}/Channels/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> InteractionChannel:
        """Fetch a Channel for an Interaction."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[InteractionChannelUpdateParams]) -> InteractionChannel:
        """Update an existing Interaction Channel."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    @property
    def invites(self) -> InteractionChannelInviteList:
        """``Interactions/InteractionSid/Channels/ChannelSid/Invites``."""
        from twilio_async.rest.flex_api.v1.interactions_channels_invites import (
            InteractionChannelInviteList,
        )

        return self._child(InteractionChannelInviteList)

    @property
    def participants(self) -> InteractionChannelParticipantList:
        """``Interactions/InteractionSid/Channels/ChannelSid/Participants``."""
        from twilio_async.rest.flex_api.v1.interactions_channels_participants import (
            InteractionChannelParticipantList,
        )

        return self._child(InteractionChannelParticipantList)

    @property
    def transfers(self) -> InteractionTransferList:
        """``Interactions/InteractionSid/Channels/ChannelSid/Transfers``."""
        from twilio_async.rest.flex_api.v1.interactions_channels_transfers import (
            InteractionTransferList,
        )

        return self._child(InteractionTransferList)


class InteractionChannelList(Resource):
    """``Interactions/InteractionSid/Channels`` (call it with a sid)."""

    _path = "/v1/Interactions/{InteractionSid}/Channels"

    def __call__(self, sid: str) -> InteractionChannelContext:
        """The record with this ``sid``."""
        return self._child(InteractionChannelContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[InteractionChannel]:
        """List all Channels for an Interaction. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[InteractionChannel]:
        """List all Channels for an Interaction. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[InteractionChannel]:
        """List all Channels for an Interaction. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
