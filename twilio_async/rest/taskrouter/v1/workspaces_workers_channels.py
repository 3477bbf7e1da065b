# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: WorkerChannel (Workspaces/WorkspaceSid/Workers/WorkerSid/Channels) on taskrouter.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "WorkerChannel",
    "WorkerChannelContext",
    "WorkerChannelList",
    "WorkerChannelUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class WorkerChannel(Record):
    """Record ``taskrouter.v1.workspace.worker.worker_channel`` (every field but ``account_sid``, ``date_created``, ``sid``, ``worker_sid``, ``workspace_sid``, ``url`` may be ``None``)."""

    account_sid: str
    assigned_tasks: int | None = None
    available: bool | None = None
    available_capacity_percentage: int | None = None
    configured_capacity: int | None = None
    date_created: datetime
    date_updated: datetime | None = None
    sid: str
    task_channel_sid: str | None = None
    task_channel_unique_name: str | None = None
    worker_sid: str
    workspace_sid: str
    url: str


class WorkerChannelUpdateParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.workers.worker_channels.update`` (``UpdateWorkerChannel``)."""

    capacity: int
    """The total number of Tasks that the Worker should handle for the TaskChannel type."""
    available: bool
    """Whether the WorkerChannel is available."""


_LIST_LIST: Operation[WorkerChannel] = Operation(
    id="taskrouter.v1.workspaces.workers.worker_channels.list",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels",
    spec="taskrouter_v1",
    record=WorkerChannel,
    paging="meta",
    envelope="channels",
)


_CONTEXT_FETCH: Operation[WorkerChannel] = Operation(
    id="taskrouter.v1.workspaces.workers.worker_channels.fetch",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels/{Sid}",
    spec="taskrouter_v1",
    record=WorkerChannel,
)


_CONTEXT_UPDATE: Operation[WorkerChannel] = Operation(
    id="taskrouter.v1.workspaces.workers.worker_channels.update",
    method="POST",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels/{Sid}",
    spec="taskrouter_v1",
    record=WorkerChannel,
    form={
        "capacity": "Capacity",
        "available": "Available",
    },
)


class WorkerChannelContext(Resource):
    """One ``Workspaces/WorkspaceSid/Workers/WorkerSid/Channels`` record: sid."""

    _path = "/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> WorkerChannel:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[WorkerChannelUpdateParams]) -> WorkerChannel:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class WorkerChannelList(Resource):
    """``Workspaces/WorkspaceSid/Workers/WorkerSid/Channels`` (call it with a sid)."""

    _path = "/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels"

    def __call__(self, sid: str) -> WorkerChannelContext:
        """The record with this ``sid``."""
        return self._child(WorkerChannelContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[WorkerChannel]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[WorkerChannel]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[WorkerChannel]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
