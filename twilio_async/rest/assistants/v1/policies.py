# Generated from specs/twilio-oai/twilio_assistants_v1.json by codegen; do not edit.
"""Assistants v1: Policy (Policies) on assistants.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource
from twilio_async._typing import TypedDict, Unpack

__all__ = ["Policy", "PolicyList", "PolicyListParams"]


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


class PolicyListParams(TypedDict, total=False):
    """Keywords of ``assistants.v1.policies.list`` (``ListPolicies``)."""

    tool_id: str
    """The tool ID."""
    knowledge_id: str
    """The knowledge ID."""


_LIST_LIST: Operation[Policy] = Operation(
    id="assistants.v1.policies.list",
    method="GET",
    product="assistants",
    path="/v1/Policies",
    spec="assistants_v1",
    record=Policy,
    query={
        "tool_id": "ToolId",
        "knowledge_id": "KnowledgeId",
    },
    paging="meta",
    envelope="policies",
)


class PolicyList(Resource):
    """``Policies``."""

    _path = "/v1/Policies"

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[PolicyListParams],
    ) -> AsyncIterator[Policy]:
        """List policies. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[PolicyListParams],
    ) -> Page[Policy]:
        """List policies. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[PolicyListParams],
    ) -> list[Policy]:
        """List policies. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
