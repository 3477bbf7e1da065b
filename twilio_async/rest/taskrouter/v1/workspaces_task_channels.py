# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: TaskChannel (Workspaces/WorkspaceSid/TaskChannels) on taskrouter.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
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
    "TaskChannel",
    "TaskChannelContext",
    "TaskChannelCreateParams",
    "TaskChannelList",
    "TaskChannelUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class TaskChannel(Record):
    """Record ``taskrouter.v1.workspace.task_channel`` (every field but ``account_sid``, ``date_created``, ``sid``, ``workspace_sid``, ``url`` may be ``None``)."""

    account_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    friendly_name: str | None = None
    sid: str
    unique_name: str | None = None
    workspace_sid: str
    channel_optimized_routing: bool | None = None
    url: str
    links: dict[str, Any] | None = None


class TaskChannelUpdateParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.task_channels.update`` (``UpdateTaskChannel``)."""

    friendly_name: str
    """A descriptive string that you create to describe the Task Channel."""
    channel_optimized_routing: bool
    """Whether the TaskChannel should prioritize Workers that have been idle."""


class TaskChannelCreateParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.task_channels.create`` (``CreateTaskChannel``)."""

    friendly_name: Required[str]
    """A descriptive string that you create to describe the Task Channel."""
    unique_name: Required[str]
    """An application-defined string that uniquely identifies the Task Channel, such as `voice` or `sms`."""
    channel_optimized_routing: bool
    """Whether the Task Channel should prioritize Workers that have been idle."""


_CONTEXT_FETCH: Operation[TaskChannel] = Operation(
    id="taskrouter.v1.workspaces.task_channels.fetch",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/TaskChannels/{Sid}",
    spec="taskrouter_v1",
    record=TaskChannel,
)


_CONTEXT_UPDATE: Operation[TaskChannel] = Operation(
    id="taskrouter.v1.workspaces.task_channels.update",
    method="POST",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/TaskChannels/{Sid}",
    spec="taskrouter_v1",
    record=TaskChannel,
    form={
        "friendly_name": "FriendlyName",
        "channel_optimized_routing": "ChannelOptimizedRouting",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="taskrouter.v1.workspaces.task_channels.delete",
    method="DELETE",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/TaskChannels/{Sid}",
    spec="taskrouter_v1",
)


_LIST_LIST: Operation[TaskChannel] = Operation(
    id="taskrouter.v1.workspaces.task_channels.list",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/TaskChannels",
    spec="taskrouter_v1",
    record=TaskChannel,
    paging="meta",
    envelope="channels",
)


_LIST_CREATE: Operation[TaskChannel] = Operation(
    id="taskrouter.v1.workspaces.task_channels.create",
    method="POST",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/TaskChannels",
    spec="taskrouter_v1",
    record=TaskChannel,
    form={
        "friendly_name": "FriendlyName",
        "unique_name": "UniqueName",
        "channel_optimized_routing": "ChannelOptimizedRouting",
    },
    required=frozenset(["friendly_name", "unique_name"]),
)


class TaskChannelContext(Resource):
    """One ``Workspaces/WorkspaceSid/TaskChannels`` record: sid."""

    _path = "/v1/Workspaces/{WorkspaceSid}/TaskChannels/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> TaskChannel:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[TaskChannelUpdateParams]) -> TaskChannel:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class TaskChannelList(CreateMany[TaskChannelCreateParams, TaskChannel], Resource):
    """``Workspaces/WorkspaceSid/TaskChannels`` (call it with a sid)."""

    _path = "/v1/Workspaces/{WorkspaceSid}/TaskChannels"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> TaskChannelContext:
        """The record with this ``sid``."""
        return self._child(TaskChannelContext, sid=sid)

    async def create(self, **params: Unpack[TaskChannelCreateParams]) -> TaskChannel:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[TaskChannel]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[TaskChannel]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[TaskChannel]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
