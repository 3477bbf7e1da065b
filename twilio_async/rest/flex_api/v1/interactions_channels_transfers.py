# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: InteractionTransfer (Interactions/InteractionSid/Channels/ChannelSid/Transfers) on flex-api.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "InteractionTransfer",
    "InteractionTransferContext",
    "InteractionTransferCreateParams",
    "InteractionTransferList",
    "InteractionTransferTransferStatus",
    "InteractionTransferTransferType",
    "InteractionTransferUpdateParams",
]


class InteractionTransferTransferStatus(OpenEnum):
    """``interaction_transfer_enum_transfer_status``."""

    ACTIVE = "active"
    FAILED = "failed"
    COMPLETED = "completed"


class InteractionTransferTransferType(OpenEnum):
    """``interaction_transfer_enum_transfer_type``."""

    WARM = "warm"
    COLD = "cold"
    EXTERNAL = "external"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class InteractionTransfer(Record):
    """Record ``flex.v1.interaction.interaction_channel.interaction_transfer`` (every field but ``sid``, ``account_sid``, ``interaction_sid``, ``channel_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    instance_sid: str | None = None
    account_sid: str
    interaction_sid: str
    channel_sid: str
    execution_sid: str | None = None
    type: InteractionTransferTransferType | None = None
    status: InteractionTransferTransferStatus | None = None
    from_: str | None = None
    to: str | None = None
    note_sid: str | None = None
    summary_sid: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class InteractionTransferCreateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.interaction.channels.transfers.create`` (``CreateInteractionTransfer``)."""

    body: Mapping[str, Any]
    """JSON body."""


class InteractionTransferUpdateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.interaction.channels.transfers.update`` (``UpdateInteractionTransfer``)."""

    body: Mapping[str, Any]
    """JSON body."""


_LIST_CREATE: Operation[InteractionTransfer] = Operation(
    id="flex_api.v1.interaction.channels.transfers.create",
    method="POST",
    product="flex-api",
    path="/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Transfers",
    spec="flex_v1",
    record=InteractionTransfer,
    body="body",
)


_CONTEXT_FETCH: Operation[InteractionTransfer] = Operation(
    id="flex_api.v1.interaction.channels.transfers.fetch",
    method="GET",
    product="flex-api",
    path="/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Transfers/{Sid}",
    spec="flex_v1",
    record=InteractionTransfer,
)


_CONTEXT_UPDATE: Operation[InteractionTransfer] = Operation(
    id="flex_api.v1.interaction.channels.transfers.update",
    method="POST",
    product="flex-api",
    path="/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Transfers/{Sid}",
    spec="flex_v1",
    record=InteractionTransfer,
    body="body",
)


class InteractionTransferContext(Resource):
    """One ``Interactions/InteractionSid/Channels/ChannelSid/Transfers`` record: sid."""

    _path = "/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Transfers/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> InteractionTransfer:
        """Fetch a specific Transfer by SID."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(
        self, **params: Unpack[InteractionTransferUpdateParams]
    ) -> InteractionTransfer:
        """Update an existing Transfer."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class InteractionTransferList(
    CreateMany[InteractionTransferCreateParams, InteractionTransfer], Resource
):
    """``Interactions/InteractionSid/Channels/ChannelSid/Transfers`` (call it with a sid)."""

    _path = "/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Transfers"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> InteractionTransferContext:
        """The record with this ``sid``."""
        return self._child(InteractionTransferContext, sid=sid)

    async def create(
        self, **params: Unpack[InteractionTransferCreateParams]
    ) -> InteractionTransfer:
        """Create a new Transfer."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
