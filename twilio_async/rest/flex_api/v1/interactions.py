# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: Interaction (Interactions) on flex-api.twilio.com."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.flex_api.v1.interactions_channels import InteractionChannelList

__all__ = [
    "Interaction",
    "InteractionContext",
    "InteractionCreateParams",
    "InteractionList",
    "InteractionUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Interaction(Record):
    """Record ``flex.v1.interaction`` (every field but ``sid``, ``url`` may be ``None``)."""

    sid: str
    channel: Any | None = None
    routing: Any | None = None
    url: str
    links: dict[str, Any] | None = None
    interaction_context_sid: str | None = None
    webhook_ttid: str | None = None


class InteractionUpdateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.interaction.update`` (``UpdateInteraction``)."""

    webhook_ttid: str
    """The unique identifier for Interaction level webhook."""


class InteractionCreateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.interaction.create`` (``CreateInteraction``)."""

    channel: Required[Any]
    """The Interaction's channel."""
    routing: Any
    """The Interaction's routing logic."""
    interaction_context_sid: str
    """The Interaction context sid is used for adding a context lookup sid."""
    webhook_ttid: str
    """The unique identifier for Interaction level webhook."""


_CONTEXT_FETCH: Operation[Interaction] = Operation(
    id="flex_api.v1.interaction.fetch",
    method="GET",
    product="flex-api",
    path="/v1/Interactions/{Sid}",
    spec="flex_v1",
    record=Interaction,
)


_CONTEXT_UPDATE: Operation[Interaction] = Operation(
    id="flex_api.v1.interaction.update",
    method="POST",
    product="flex-api",
    path="/v1/Interactions/{Sid}",
    spec="flex_v1",
    record=Interaction,
    form={
        "webhook_ttid": "WebhookTtid",
    },
)


_LIST_CREATE: Operation[Interaction] = Operation(
    id="flex_api.v1.interaction.create",
    method="POST",
    product="flex-api",
    path="/v1/Interactions",
    spec="flex_v1",
    record=Interaction,
    form={
        "channel": "Channel",
        "routing": "Routing",
        "interaction_context_sid": "InteractionContextSid",
        "webhook_ttid": "WebhookTtid",
    },
    required=frozenset(["channel"]),
    encode={
        "channel": "json",
        "routing": "json",
    },
)


class InteractionContext(Resource):
    """One ``Interactions`` record: sid."""

    _path = "/v1/Interactions/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Interaction:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[InteractionUpdateParams]) -> Interaction:
        """Updates an interaction."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    @property
    def channels(self) -> InteractionChannelList:
        """``Interactions/InteractionSid/Channels``."""
        from twilio_async.rest.flex_api.v1.interactions_channels import InteractionChannelList

        return self._child(InteractionChannelList)


class InteractionList(CreateMany[InteractionCreateParams, Interaction], Resource):
    """``Interactions`` (call it with a sid)."""

    _path = "/v1/Interactions"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> InteractionContext:
        """The record with this ``sid``."""
        return self._child(InteractionContext, sid=sid)

    async def create(self, **params: Unpack[InteractionCreateParams]) -> Interaction:
        """Create a new Interaction."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
