# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: Task (Workspaces/WorkspaceSid/Tasks) on taskrouter.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.taskrouter.v1.workspaces_tasks_reservations import ReservationList

__all__ = [
    "Task",
    "TaskContext",
    "TaskCreateParams",
    "TaskDeleteParams",
    "TaskList",
    "TaskListParams",
    "TaskStatus",
    "TaskUpdateParams",
]


class TaskStatus(OpenEnum):
    """``task_enum_status``."""

    PENDING = "pending"
    RESERVED = "reserved"
    ASSIGNED = "assigned"
    CANCELED = "canceled"
    COMPLETED = "completed"
    WRAPPING = "wrapping"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Task(Record):
    """Record ``taskrouter.v1.workspace.task`` (every field but ``account_sid``, ``date_created``, ``sid``, ``workspace_sid``, ``url`` may be ``None``)."""

    account_sid: str
    age: int | None = None
    assignment_status: TaskStatus | None = None
    attributes: str | None = attrs.field(default=None, repr=False)
    addons: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    task_queue_entered_date: datetime | None = None
    priority: int | None = None
    reason: str | None = None
    sid: str
    task_queue_sid: str | None = None
    task_queue_friendly_name: str | None = None
    task_channel_sid: str | None = None
    task_channel_unique_name: str | None = None
    timeout: int | None = None
    workflow_sid: str | None = None
    workflow_friendly_name: str | None = None
    workspace_sid: str
    url: str
    links: dict[str, Any] | None = None
    virtual_start_time: datetime | None = None
    ignore_capacity: bool | None = None
    routing_target: str | None = None


class TaskUpdateParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.tasks.update`` (``UpdateTask``)."""

    if_match: str
    """If provided, applies this mutation if (and only if) the ETag header of the Task matches the provided value."""
    attributes: str
    """The JSON string that describes the custom attributes of the task."""
    assignment_status: str
    reason: str
    """The reason that the Task was canceled or completed."""
    priority: int
    """The Task's new priority value."""
    task_channel: str
    """When MultiTasking is enabled, specify the TaskChannel with the task to update."""
    virtual_start_time: datetime
    """The task's new virtual start time value."""


class TaskDeleteParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.tasks.delete`` (``DeleteTask``)."""

    if_match: str
    """If provided, deletes this Task if (and only if) the ETag header of the Task matches the provided value."""


class TaskListParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.tasks.list`` (``ListTask``)."""

    priority: int
    """The priority value of the Tasks to read."""
    assignment_status: Sequence[str]
    """The `assignment_status` of the Tasks you want to read."""
    workflow_sid: str
    """The SID of the Workflow with the Tasks to read."""
    workflow_name: str
    """The friendly name of the Workflow with the Tasks to read."""
    task_queue_sid: str
    """The SID of the TaskQueue with the Tasks to read."""
    task_queue_name: str
    """The `friendly_name` of the TaskQueue with the Tasks to read."""
    evaluate_task_attributes: str
    """The attributes of the Tasks to read."""
    routing_target: str
    """A SID of a Worker, Queue, or Workflow to route a Task to."""
    ordering: str
    """How to order the returned Task resources."""
    has_addons: bool
    """Whether to read Tasks with Add-ons."""


class TaskCreateParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.tasks.create`` (``CreateTask``)."""

    timeout: int
    """The amount of time in seconds the new task can live before being assigned."""
    priority: int
    """The priority to assign the new task and override the default."""
    task_channel: str
    """When MultiTasking is enabled, specify the TaskChannel by passing either its `unique_name` or `sid`."""
    workflow_sid: str
    """The SID of the Workflow that you would like to handle routing for the new Task."""
    attributes: str
    """A JSON string with the attributes of the new task."""
    virtual_start_time: datetime
    """The virtual start time to assign the new task and override the default."""
    routing_target: str
    """A SID of a Worker, Queue, or Workflow to route a Task to."""
    ignore_capacity: str
    """A boolean that indicates if the Task should respect a Worker's capacity and availability during assignment."""
    task_queue_sid: str
    """The SID of the TaskQueue in which the Task belongs."""


_CONTEXT_FETCH: Operation[Task] = Operation(
    id="taskrouter.v1.workspaces.tasks.fetch",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}",
    spec="taskrouter_v1",
    record=Task,
)


_CONTEXT_UPDATE: Operation[Task] = Operation(
    id="taskrouter.v1.workspaces.tasks.update",
    method="POST",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}",
    spec="taskrouter_v1",
    record=Task,
    form={
        "attributes": "Attributes",
        "assignment_status": "AssignmentStatus",
        "reason": "Reason",
        "priority": "Priority",
        "task_channel": "TaskChannel",
        "virtual_start_time": "VirtualStartTime",
    },
    headers={
        "if_match": "If-Match",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="taskrouter.v1.workspaces.tasks.delete",
    method="DELETE",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}",
    spec="taskrouter_v1",
    headers={
        "if_match": "If-Match",
    },
)


_LIST_LIST: Operation[Task] = Operation(
    id="taskrouter.v1.workspaces.tasks.list",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Tasks",
    spec="taskrouter_v1",
    record=Task,
    query={
        "priority": "Priority",
        "assignment_status": "AssignmentStatus",
        "workflow_sid": "WorkflowSid",
        "workflow_name": "WorkflowName",
        "task_queue_sid": "TaskQueueSid",
        "task_queue_name": "TaskQueueName",
        "evaluate_task_attributes": "EvaluateTaskAttributes",
        "routing_target": "RoutingTarget",
        "ordering": "Ordering",
        "has_addons": "HasAddons",
    },
    paging="meta",
    envelope="tasks",
)


_LIST_CREATE: Operation[Task] = Operation(
    id="taskrouter.v1.workspaces.tasks.create",
    method="POST",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Tasks",
    spec="taskrouter_v1",
    record=Task,
    form={
        "timeout": "Timeout",
        "priority": "Priority",
        "task_channel": "TaskChannel",
        "workflow_sid": "WorkflowSid",
        "attributes": "Attributes",
        "virtual_start_time": "VirtualStartTime",
        "routing_target": "RoutingTarget",
        "ignore_capacity": "IgnoreCapacity",
        "task_queue_sid": "TaskQueueSid",
    },
)


class TaskContext(Resource):
    """One ``Workspaces/WorkspaceSid/Tasks`` record: sid."""

    _path = "/v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Task:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[TaskUpdateParams]) -> Task:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self, **params: Unpack[TaskDeleteParams]) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, params)

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def reservations(self) -> ReservationList:
        """``Workspaces/WorkspaceSid/Tasks/TaskSid/Reservations``."""
        from twilio_async.rest.taskrouter.v1.workspaces_tasks_reservations import ReservationList

        return self._child(ReservationList)


class TaskList(CreateMany[TaskCreateParams, Task], Resource):
    """``Workspaces/WorkspaceSid/Tasks`` (call it with a sid)."""

    _path = "/v1/Workspaces/{WorkspaceSid}/Tasks"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> TaskContext:
        """The record with this ``sid``."""
        return self._child(TaskContext, sid=sid)

    async def create(self, **params: Unpack[TaskCreateParams]) -> Task:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[TaskListParams],
    ) -> AsyncIterator[Task]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[TaskListParams],
    ) -> Page[Task]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[TaskListParams],
    ) -> list[Task]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
