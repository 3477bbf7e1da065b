# Generated from specs/twilio-oai/twilio_assistants_v1.json by codegen; do not edit.
"""Assistants v1: Tool (Tools) on assistants.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "Policy",
    "Tool",
    "ToolContext",
    "ToolCreateParams",
    "ToolList",
    "ToolListParams",
    "ToolUpdateParams",
    "ToolWithPolicies",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Policy(Record):
    """Record ``assistants.v1.service.policy`` (every field may be ``None``)."""

    id: str | None = None
    name: str | None = None
    description: str | None = None
    account_sid: str | None = None
    user_sid: str | None = None
    type: str | None = None
    policy_details: dict[str, Any] | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Tool(Record):
    """Record ``assistants.v1.service.tool`` (every field may be ``None``)."""

    account_sid: str | None = None
    description: str | None = None
    enabled: bool | None = None
    id: str | None = None
    meta: dict[str, Any] | None = None
    name: str | None = None
    requires_auth: bool | None = None
    type: str | None = None
    url: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ToolWithPolicies(Record):
    """Record ``assistants.v1.service.tool_with_policies`` (every field may be ``None``)."""

    account_sid: str | None = None
    description: str | None = None
    enabled: bool | None = None
    id: str | None = None
    meta: dict[str, Any] | None = None
    name: str | None = None
    requires_auth: bool | None = None
    type: str | None = None
    url: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    policies: list[Policy] | None = None


class ToolListParams(TypedDict, total=False):
    """Keywords of ``assistants.v1.tools.list`` (``ListTools``)."""

    assistant_id: str


class ToolCreateParams(TypedDict, total=False):
    """Keywords of ``assistants.v1.tools.create`` (``CreateTool``)."""

    assistants_v1_service_create_tool_request: Required[Mapping[str, Any]]
    """JSON body."""


class ToolUpdateParams(TypedDict, total=False):
    """Keywords of ``assistants.v1.tools.update`` (``UpdateTool``)."""

    assistants_v1_service_update_tool_request: Mapping[str, Any]
    """JSON body."""


_LIST_LIST: Operation[Tool] = Operation(
    id="assistants.v1.tools.list",
    method="GET",
    product="assistants",
    path="/v1/Tools",
    spec="assistants_v1",
    record=Tool,
    query={
        "assistant_id": "AssistantId",
    },
    paging="meta",
    envelope="tools",
)


_LIST_CREATE: Operation[Tool] = Operation(
    id="assistants.v1.tools.create",
    method="POST",
    product="assistants",
    path="/v1/Tools",
    spec="assistants_v1",
    record=Tool,
    body="assistants_v1_service_create_tool_request",
    required=frozenset(["assistants_v1_service_create_tool_request"]),
)


_CONTEXT_FETCH: Operation[ToolWithPolicies] = Operation(
    id="assistants.v1.tools.fetch",
    method="GET",
    product="assistants",
    path="/v1/Tools/{id}",
    spec="assistants_v1",
    record=ToolWithPolicies,
)


_CONTEXT_UPDATE: Operation[Tool] = Operation(
    id="assistants.v1.tools.update",
    method="PUT",
    product="assistants",
    path="/v1/Tools/{id}",
    spec="assistants_v1",
    record=Tool,
    body="assistants_v1_service_update_tool_request",
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="assistants.v1.tools.delete",
    method="DELETE",
    product="assistants",
    path="/v1/Tools/{id}",
    spec="assistants_v1",
)


class ToolContext(Resource):
    """One ``Tools`` record: id."""

    _path = "/v1/Tools/{id}"

    @property
    def id(self) -> str:
        """The ``id`` this context points at."""
        return self._values[0]

    async def fetch(self) -> ToolWithPolicies:
        """Get tool."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ToolUpdateParams]) -> Tool:
        """Update tool."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete tool."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class ToolList(CreateMany[ToolCreateParams, Tool], Resource):
    """``Tools`` (call it with a id)."""

    _path = "/v1/Tools"
    _create_operation = _LIST_CREATE

    def __call__(self, id: str) -> ToolContext:
        """The record with this ``id``."""
        return self._child(ToolContext, id=id)

    async def create(self, **params: Unpack[ToolCreateParams]) -> Tool:
        """Create tool."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ToolListParams],
    ) -> AsyncIterator[Tool]:
        """List tools. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[ToolListParams],
    ) -> Page[Tool]:
        """List tools. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ToolListParams],
    ) -> list[Tool]:
        """List tools. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
