# Generated from specs/twilio-oai/twilio_voice_v1.json by codegen; do not edit.
"""Voice v1: ConnectionPolicyTarget (ConnectionPolicies/ConnectionPolicySid/Targets) on voice.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "ConnectionPolicyTarget",
    "ConnectionPolicyTargetContext",
    "ConnectionPolicyTargetCreateParams",
    "ConnectionPolicyTargetList",
    "ConnectionPolicyTargetUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ConnectionPolicyTarget(Record):
    """Record ``voice.v1.connection_policy.connection_policy_target`` (every field but ``account_sid``, ``connection_policy_sid``, ``sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    connection_policy_sid: str
    sid: str
    friendly_name: str | None = None
    target: str | None = None
    priority: int | None = None
    weight: int | None = None
    enabled: bool | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class ConnectionPolicyTargetCreateParams(TypedDict, total=False):
    """Keywords of ``voice.v1.connection_policies.targets.create`` (``CreateConnectionPolicyTarget``)."""

    target: Required[str]
    """The SIP address you want Twilio to route your calls to."""
    friendly_name: str
    """A descriptive string that you create to describe the resource."""
    priority: int
    """The relative importance of the target."""
    weight: int
    """The value that determines the relative share of the load the Target should receive compared to other Targets with the same priority."""
    enabled: bool
    """Whether the Target is enabled."""


class ConnectionPolicyTargetUpdateParams(TypedDict, total=False):
    """Keywords of ``voice.v1.connection_policies.targets.update`` (``UpdateConnectionPolicyTarget``)."""

    friendly_name: str
    """A descriptive string that you create to describe the resource."""
    target: str
    """The SIP address you want Twilio to route your calls to."""
    priority: int
    """The relative importance of the target."""
    weight: int
    """The value that determines the relative share of the load the Target should receive compared to other Targets with the same priority."""
    enabled: bool
    """Whether the Target is enabled."""


_LIST_LIST: Operation[ConnectionPolicyTarget] = Operation(
    id="voice.v1.connection_policies.targets.list",
    method="GET",
    product="voice",
    path="/v1/ConnectionPolicies/{ConnectionPolicySid}/Targets",
    spec="voice_v1",
    record=ConnectionPolicyTarget,
    paging="meta",
    envelope="targets",
)


_LIST_CREATE: Operation[ConnectionPolicyTarget] = Operation(
    id="voice.v1.connection_policies.targets.create",
    method="POST",
    product="voice",
    path="/v1/ConnectionPolicies/{ConnectionPolicySid}/Targets",
    spec="voice_v1",
    record=ConnectionPolicyTarget,
    form={
        "target": "Target",
        "friendly_name": "FriendlyName",
        "priority": "Priority",
        "weight": "Weight",
        "enabled": "Enabled",
    },
    required=frozenset(["target"]),
)


_CONTEXT_FETCH: Operation[ConnectionPolicyTarget] = Operation(
    id="voice.v1.connection_policies.targets.fetch",
    method="GET",
    product="voice",
    path="/v1/ConnectionPolicies/{ConnectionPolicySid}/Targets/{Sid}",
    spec="voice_v1",
    record=ConnectionPolicyTarget,
)


_CONTEXT_UPDATE: Operation[ConnectionPolicyTarget] = Operation(
    id="voice.v1.connection_policies.targets.update",
    method="POST",
    product="voice",
    path="/v1/ConnectionPolicies/{ConnectionPolicySid}/Targets/{Sid}",
    spec="voice_v1",
    record=ConnectionPolicyTarget,
    form={
        "friendly_name": "FriendlyName",
        "target": "Target",
        "priority": "Priority",
        "weight": "Weight",
        "enabled": "Enabled",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="voice.v1.connection_policies.targets.delete",
    method="DELETE",
    product="voice",
    path="/v1/ConnectionPolicies/{ConnectionPolicySid}/Targets/{Sid}",
    spec="voice_v1",
)


class ConnectionPolicyTargetContext(Resource):
    """One ``ConnectionPolicies/ConnectionPolicySid/Targets`` record: sid."""

    _path = "/v1/ConnectionPolicies/{ConnectionPolicySid}/Targets/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> ConnectionPolicyTarget:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(
        self, **params: Unpack[ConnectionPolicyTargetUpdateParams]
    ) -> ConnectionPolicyTarget:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class ConnectionPolicyTargetList(
    CreateMany[ConnectionPolicyTargetCreateParams, ConnectionPolicyTarget], Resource
):
    """``ConnectionPolicies/ConnectionPolicySid/Targets`` (call it with a sid)."""

    _path = "/v1/ConnectionPolicies/{ConnectionPolicySid}/Targets"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ConnectionPolicyTargetContext:
        """The record with this ``sid``."""
        return self._child(ConnectionPolicyTargetContext, sid=sid)

    async def create(
        self, **params: Unpack[ConnectionPolicyTargetCreateParams]
    ) -> ConnectionPolicyTarget:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[ConnectionPolicyTarget]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[ConnectionPolicyTarget]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[ConnectionPolicyTarget]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
