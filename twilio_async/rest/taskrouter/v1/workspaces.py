# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: Workspace (Workspaces) on taskrouter.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.taskrouter.v1.workspaces_activities import ActivityList
    from twilio_async.rest.taskrouter.v1.workspaces_cumulative_statistics import (
        WorkspaceCumulativeStatisticsList,
    )
    from twilio_async.rest.taskrouter.v1.workspaces_events import EventList
    from twilio_async.rest.taskrouter.v1.workspaces_real_time_statistics import (
        WorkspaceRealTimeStatisticsList,
    )
    from twilio_async.rest.taskrouter.v1.workspaces_statistics import WorkspaceStatisticsList
    from twilio_async.rest.taskrouter.v1.workspaces_task_channels import TaskChannelList
    from twilio_async.rest.taskrouter.v1.workspaces_task_queues import TaskQueueList
    from twilio_async.rest.taskrouter.v1.workspaces_tasks import TaskList
    from twilio_async.rest.taskrouter.v1.workspaces_workers import WorkerList
    from twilio_async.rest.taskrouter.v1.workspaces_workflows import WorkflowList

__all__ = [
    "Workspace",
    "WorkspaceContext",
    "WorkspaceCreateParams",
    "WorkspaceList",
    "WorkspaceListParams",
    "WorkspaceQueueOrder",
    "WorkspaceUpdateParams",
]


class WorkspaceQueueOrder(OpenEnum):
    """``workspace_enum_queue_order``."""

    FIFO = "FIFO"
    LIFO = "LIFO"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Workspace(Record):
    """Record ``taskrouter.v1.workspace`` (every field but ``account_sid``, ``date_created``, ``sid``, ``url`` may be ``None``)."""

    account_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    default_activity_name: str | None = None
    default_activity_sid: str | None = None
    event_callback_url: str | None = None
    events_filter: str | None = None
    friendly_name: str | None = None
    multi_task_enabled: bool | None = None
    sid: str
    timeout_activity_name: str | None = None
    timeout_activity_sid: str | None = None
    prioritize_queue_order: WorkspaceQueueOrder | None = None
    url: str
    links: dict[str, Any] | None = None


class WorkspaceUpdateParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.update`` (``UpdateWorkspace``)."""

    default_activity_sid: str
    """The SID of the Activity that will be used when new Workers are created in the Workspace."""
    event_callback_url: str
    """The URL we should call when an event occurs."""
    events_filter: str
    """The list of Workspace events for which to call event_callback_url."""
    friendly_name: str
    """A descriptive string that you create to describe the Workspace resource."""
    multi_task_enabled: bool
    """Whether to enable multi-tasking."""
    timeout_activity_sid: str
    """The SID of the Activity that will be assigned to a Worker when a Task reservation times out without a response."""
    prioritize_queue_order: str


class WorkspaceListParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.list`` (``ListWorkspace``)."""

    friendly_name: str
    """The `friendly_name` of the Workspace resources to read."""


class WorkspaceCreateParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.create`` (``CreateWorkspace``)."""

    friendly_name: Required[str]
    """A descriptive string that you create to describe the Workspace resource."""
    event_callback_url: str
    """The URL we should call when an event occurs."""
    events_filter: str
    """The list of Workspace events for which to call event_callback_url."""
    multi_task_enabled: bool
    """Whether to enable multi-tasking."""
    template: str
    """An available template name."""
    prioritize_queue_order: str


_CONTEXT_FETCH: Operation[Workspace] = Operation(
    id="taskrouter.v1.workspaces.fetch",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{Sid}",
    spec="taskrouter_v1",
    record=Workspace,
)


_CONTEXT_UPDATE: Operation[Workspace] = Operation(
    id="taskrouter.v1.workspaces.update",
    method="POST",
    product="taskrouter",
    path="/v1/Workspaces/{Sid}",
    spec="taskrouter_v1",
    record=Workspace,
    form={
        "default_activity_sid": "DefaultActivitySid",
        "event_callback_url": "EventCallbackUrl",
        "events_filter": "EventsFilter",
        "friendly_name": "FriendlyName",
        "multi_task_enabled": "MultiTaskEnabled",
        "timeout_activity_sid": "TimeoutActivitySid",
        "prioritize_queue_order": "PrioritizeQueueOrder",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="taskrouter.v1.workspaces.delete",
    method="DELETE",
    product="taskrouter",
    path="/v1/Workspaces/{Sid}",
    spec="taskrouter_v1",
)


_LIST_LIST: Operation[Workspace] = Operation(
    id="taskrouter.v1.workspaces.list",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces",
    spec="taskrouter_v1",
    record=Workspace,
    query={
        "friendly_name": "FriendlyName",
    },
    paging="meta",
    envelope="workspaces",
)


_LIST_CREATE: Operation[Workspace] = Operation(
    id="taskrouter.v1.workspaces.create",
    method="POST",
    product="taskrouter",
    path="/v1/Workspaces",
    spec="taskrouter_v1",
    record=Workspace,
    form={
        "friendly_name": "FriendlyName",
        "event_callback_url": "EventCallbackUrl",
        "events_filter": "EventsFilter",
        "multi_task_enabled": "MultiTaskEnabled",
        "template": "Template",
        "prioritize_queue_order": "PrioritizeQueueOrder",
    },
    required=frozenset(["friendly_name"]),
)


class WorkspaceContext(Resource):
    """One ``Workspaces`` record: sid."""

    _path = "/v1/Workspaces/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Workspace:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[WorkspaceUpdateParams]) -> Workspace:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def activities(self) -> ActivityList:
        """``Workspaces/WorkspaceSid/Activities``."""
        from twilio_async.rest.taskrouter.v1.workspaces_activities import ActivityList

        return self._child(ActivityList)

    @property
    def events(self) -> EventList:
        """``Workspaces/WorkspaceSid/Events``."""
        from twilio_async.rest.taskrouter.v1.workspaces_events import EventList

        return self._child(EventList)

    @property
    def tasks(self) -> TaskList:
        """``Workspaces/WorkspaceSid/Tasks``."""
        from twilio_async.rest.taskrouter.v1.workspaces_tasks import TaskList

        return self._child(TaskList)

    @property
    def task_channels(self) -> TaskChannelList:
        """``Workspaces/WorkspaceSid/TaskChannels``."""
        from twilio_async.rest.taskrouter.v1.workspaces_task_channels import TaskChannelList

        return self._child(TaskChannelList)

    @property
    def task_queues(self) -> TaskQueueList:
        """``Workspaces/WorkspaceSid/TaskQueues``."""
        from twilio_async.rest.taskrouter.v1.workspaces_task_queues import TaskQueueList

        return self._child(TaskQueueList)

    @property
    def workers(self) -> WorkerList:
        """``Workspaces/WorkspaceSid/Workers``."""
        from twilio_async.rest.taskrouter.v1.workspaces_workers import WorkerList

        return self._child(WorkerList)

    @property
    def workflows(self) -> WorkflowList:
        """``Workspaces/WorkspaceSid/Workflows``."""
        from twilio_async.rest.taskrouter.v1.workspaces_workflows import WorkflowList

        return self._child(WorkflowList)

    @property
    def cumulative_statistics(self) -> WorkspaceCumulativeStatisticsList:
        """``Workspaces/WorkspaceSid/CumulativeStatistics``."""
        from twilio_async.rest.taskrouter.v1.workspaces_cumulative_statistics import (
            WorkspaceCumulativeStatisticsList,
        )

        return self._child(WorkspaceCumulativeStatisticsList)

    @property
    def real_time_statistics(self) -> WorkspaceRealTimeStatisticsList:
        """``Workspaces/WorkspaceSid/RealTimeStatistics``."""
        from twilio_async.rest.taskrouter.v1.workspaces_real_time_statistics import (
            WorkspaceRealTimeStatisticsList,
        )

        return self._child(WorkspaceRealTimeStatisticsList)

    @property
    def statistics(self) -> WorkspaceStatisticsList:
        """``Workspaces/WorkspaceSid/Statistics``."""
        from twilio_async.rest.taskrouter.v1.workspaces_statistics import WorkspaceStatisticsList

        return self._child(WorkspaceStatisticsList)


class WorkspaceList(CreateMany[WorkspaceCreateParams, Workspace], Resource):
    """``Workspaces`` (call it with a sid)."""

    _path = "/v1/Workspaces"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> WorkspaceContext:
        """The record with this ``sid``."""
        return self._child(WorkspaceContext, sid=sid)

    async def create(self, **params: Unpack[WorkspaceCreateParams]) -> Workspace:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[WorkspaceListParams],
    ) -> AsyncIterator[Workspace]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[WorkspaceListParams],
    ) -> Page[Workspace]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[WorkspaceListParams],
    ) -> list[Workspace]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
