# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: InteractionChannelParticipant (Interactions/InteractionSid/Channels/ChannelSid/Participants) on flex-api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "InteractionChannelParticipant",
    "InteractionChannelParticipantContext",
    "InteractionChannelParticipantCreateParams",
    "InteractionChannelParticipantList",
    "InteractionChannelParticipantType",
    "InteractionChannelParticipantUpdateParams",
]


class InteractionChannelParticipantType(OpenEnum):
    """``interaction_channel_participant_enum_type``."""

    SUPERVISOR = "supervisor"
    CUSTOMER = "customer"
    EXTERNAL = "external"
    AGENT = "agent"
    UNKNOWN = "unknown"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class InteractionChannelParticipant(Record):
    """Record ``flex.v1.interaction.interaction_channel.interaction_channel_participant`` (every field but ``sid``, ``interaction_sid``, ``channel_sid``, ``url`` may be ``None``)."""

    sid: str
    type: InteractionChannelParticipantType | None = None
    interaction_sid: str
    channel_sid: str
    url: str
    routing_properties: Any | None = None


class InteractionChannelParticipantCreateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.interaction.channels.participants.create`` (``CreateInteractionChannelParticipant``)."""

    type: Required[str]
    media_properties: Required[Any]
    """JSON representing the Media Properties for the new Participant."""
    routing_properties: Any
    """Object representing the Routing Properties for the new Participant."""


class InteractionChannelParticipantUpdateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.interaction.channels.participants.update`` (``UpdateInteractionChannelParticipant``)."""

    status: Required[str]


_LIST_LIST: Operation[InteractionChannelParticipant] = Operation(
    id="flex_api.v1.interaction.channels.participants.list",
    method="GET",
    product="flex-api",
    path="/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants",
    spec="flex_v1",
    record=InteractionChannelParticipant,
    paging="meta",
    envelope="participants",
)


_LIST_CREATE: Operation[InteractionChannelParticipant] = Operation(
    id="flex_api.v1.interaction.channels.participants.create",
    method="POST",
    product="flex-api",
    path="/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants",
    spec="flex_v1",
    record=InteractionChannelParticipant,
    form={
        "type": "Type",
        "media_properties": "MediaProperties",
        "routing_properties": "RoutingProperties",
    },
    required=frozenset(["media_properties", "type"]),
    encode={
        "media_properties": "json",
        "routing_properties": "json",
    },
)


_CONTEXT_UPDATE: Operation[InteractionChannelParticipant] = Operation(
    id="flex_api.v1.interaction.channels.participants.update",
    method="POST",
    product="flex-api",
    path="/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants/{Sid}",
    spec="flex_v1",
    record=InteractionChannelParticipant,
    form={
        "status": "Status",
    },
    required=frozenset(["status"]),
)


class InteractionChannelParticipantContext(Resource):
    """One ``Interactions/InteractionSid/Channels/ChannelSid/Participants`` record: sid."""

    _path = "/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def update(
        self, **params: Unpack[InteractionChannelParticipantUpdateParams]
    ) -> InteractionChannelParticipant:
        """Update an existing Channel Participant."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class InteractionChannelParticipantList(
    CreateMany[InteractionChannelParticipantCreateParams, InteractionChannelParticipant], Resource
):
    """``Interactions/InteractionSid/Channels/ChannelSid/Participants`` (call it with a sid)."""

    _path = "/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> InteractionChannelParticipantContext:
        """The record with this ``sid``."""
        return self._child(InteractionChannelParticipantContext, sid=sid)

    async def create(
        self, **params: Unpack[InteractionChannelParticipantCreateParams]
    ) -> InteractionChannelParticipant:
        """Add a Participant to a Channel."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[InteractionChannelParticipant]:
        """List all Participants for a Channel. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[InteractionChannelParticipant]:
        """List all Participants for a Channel. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[InteractionChannelParticipant]:
        """List all Participants for a Channel. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
