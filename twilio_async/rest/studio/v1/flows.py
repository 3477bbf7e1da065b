# Generated from specs/twilio-oai/twilio_studio_v1.json by codegen; do not edit.
"""Studio v1: Flow (Flows) on studio.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

if TYPE_CHECKING:
    from twilio_async.rest.studio.v1.flows_engagements import EngagementList
    from twilio_async.rest.studio.v1.flows_executions import ExecutionList

__all__ = ["Flow", "FlowContext", "FlowList", "FlowStatus"]


class FlowStatus(OpenEnum):
    """``flow_enum_status``."""

    DRAFT = "draft"
    PUBLISHED = "published"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Flow(Record):
    """Record ``studio.v1.flow`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    friendly_name: str | None = None
    status: FlowStatus | None = None
    version: int | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


_LIST_LIST: Operation[Flow] = Operation(
    id="studio.v1.flows.list",
    method="GET",
    product="studio",
    path="/v1/Flows",
    spec="studio_v1",
    record=Flow,
    paging="meta",
    envelope="flows",
)


_CONTEXT_FETCH: Operation[Flow] = Operation(
    id="studio.v1.flows.fetch",
    method="GET",
    product="studio",
    path="/v1/Flows/{Sid}",
    spec="studio_v1",
    record=Flow,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="studio.v1.flows.delete",
    method="DELETE",
    product="studio",
    path="/v1/Flows/{Sid}",
    spec="studio_v1",
)


class FlowContext(Resource):
    """One ``Flows`` record: sid."""

    _path = "/v1/Flows/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Flow:
        """Retrieve a specific Flow."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Delete a specific Flow."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def engagements(self) -> EngagementList:
        """``Flows/FlowSid/Engagements``."""
        from twilio_async.rest.studio.v1.flows_engagements import EngagementList

        return self._child(EngagementList)

    @property
    def executions(self) -> ExecutionList:
        """``Flows/FlowSid/Executions``."""
        from twilio_async.rest.studio.v1.flows_executions import ExecutionList

        return self._child(ExecutionList)


class FlowList(Resource):
    """``Flows`` (call it with a sid)."""

    _path = "/v1/Flows"

    def __call__(self, sid: str) -> FlowContext:
        """The record with this ``sid``."""
        return self._child(FlowContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Flow]:
        """Retrieve a list of all Flows. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Flow]:
        """Retrieve a list of all Flows. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(self, *, limit: int | None = None, page_size: int | None = None) -> list[Flow]:
        """Retrieve a list of all Flows. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
