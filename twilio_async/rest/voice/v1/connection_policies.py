# Generated from specs/twilio-oai/twilio_voice_v1.json by codegen; do not edit.
"""Voice v1: ConnectionPolicy (ConnectionPolicies) on voice.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.voice.v1.connection_policies_targets import ConnectionPolicyTargetList

__all__ = [
    "ConnectionPolicy",
    "ConnectionPolicyContext",
    "ConnectionPolicyCreateParams",
    "ConnectionPolicyList",
    "ConnectionPolicyUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ConnectionPolicy(Record):
    """Record ``voice.v1.connection_policy`` (every field but ``account_sid``, ``sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    sid: str
    friendly_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


class ConnectionPolicyCreateParams(TypedDict, total=False):
    """Keywords of ``voice.v1.connection_policies.create`` (``CreateConnectionPolicy``)."""

    friendly_name: str
    """A descriptive string that you create to describe the resource."""


class ConnectionPolicyUpdateParams(TypedDict, total=False):
    """Keywords of ``voice.v1.connection_policies.update`` (``UpdateConnectionPolicy``)."""

    friendly_name: str
    """A descriptive string that you create to describe the resource."""


_LIST_LIST: Operation[ConnectionPolicy] = Operation(
    id="voice.v1.connection_policies.list",
    method="GET",
    product="voice",
    path="/v1/ConnectionPolicies",
    spec="voice_v1",
    record=ConnectionPolicy,
    paging="meta",
    envelope="connection_policies",
)


_LIST_CREATE: Operation[ConnectionPolicy] = Operation(
    id="voice.v1.connection_policies.create",
    method="POST",
    product="voice",
    path="/v1/ConnectionPolicies",
    spec="voice_v1",
    record=ConnectionPolicy,
    form={
        "friendly_name": "FriendlyName",
    },
)


_CONTEXT_FETCH: Operation[ConnectionPolicy] = Operation(
    id="voice.v1.connection_policies.fetch",
    method="GET",
    product="voice",
    path="/v1/ConnectionPolicies/{Sid}",
    spec="voice_v1",
    record=ConnectionPolicy,
)


_CONTEXT_UPDATE: Operation[ConnectionPolicy] = Operation(
    id="voice.v1.connection_policies.update",
    method="POST",
    product="voice",
    path="/v1/ConnectionPolicies/{Sid}",
    spec="voice_v1",
    record=ConnectionPolicy,
    form={
        "friendly_name": "FriendlyName",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="voice.v1.connection_policies.delete",
    method="DELETE",
    product="voice",
    path="/v1/ConnectionPolicies/{Sid}",
    spec="voice_v1",
)


class ConnectionPolicyContext(Resource):
    """One ``ConnectionPolicies`` record: sid."""

    _path = "/v1/ConnectionPolicies/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> ConnectionPolicy:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ConnectionPolicyUpdateParams]) -> ConnectionPolicy:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def targets(self) -> ConnectionPolicyTargetList:
        """``ConnectionPolicies/ConnectionPolicySid/Targets``."""
        from twilio_async.rest.voice.v1.connection_policies_targets import (
            ConnectionPolicyTargetList,
        )

        return self._child(ConnectionPolicyTargetList)


class ConnectionPolicyList(CreateMany[ConnectionPolicyCreateParams, ConnectionPolicy], Resource):
    """``ConnectionPolicies`` (call it with a sid)."""

    _path = "/v1/ConnectionPolicies"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ConnectionPolicyContext:
        """The record with this ``sid``."""
        return self._child(ConnectionPolicyContext, sid=sid)

    async def create(self, **params: Unpack[ConnectionPolicyCreateParams]) -> ConnectionPolicy:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[ConnectionPolicy]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[ConnectionPolicy]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[ConnectionPolicy]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
