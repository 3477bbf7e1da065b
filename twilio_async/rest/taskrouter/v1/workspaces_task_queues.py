# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: TaskQueue (Workspaces/WorkspaceSid/TaskQueues) on taskrouter.twilio.com."""

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
    from twilio_async.rest.taskrouter.v1.workspaces_task_queues_cumulative_statistics import (
        TaskQueueCumulativeStatisticsList,
    )
    from twilio_async.rest.taskrouter.v1.workspaces_task_queues_real_time_statistics import (
        TaskQueueBulkRealTimeStatisticsList,
    )
    from twilio_async.rest.taskrouter.v1.workspaces_task_queues_real_time_statistics_2 import (
        TaskQueueRealTimeStatisticsList,
    )
    from twilio_async.rest.taskrouter.v1.workspaces_task_queues_statistics import (
        TaskQueueStatisticsList,
    )
    from twilio_async.rest.taskrouter.v1.workspaces_task_queues_statistics_2 import (
        TaskQueuesStatisticsList,
    )

__all__ = [
    "TaskQueue",
    "TaskQueueContext",
    "TaskQueueCreateParams",
    "TaskQueueList",
    "TaskQueueListParams",
    "TaskQueueTaskOrder",
    "TaskQueueUpdateParams",
]


class TaskQueueTaskOrder(OpenEnum):
    """``task_queue_enum_task_order``."""

    FIFO = "FIFO"
    LIFO = "LIFO"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class TaskQueue(Record):
    """Record ``taskrouter.v1.workspace.task_queue`` (every field but ``account_sid``, ``date_created``, ``sid``, ``url``, ``workspace_sid`` may be ``None``)."""

    account_sid: str
    assignment_activity_sid: str | None = None
    assignment_activity_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    friendly_name: str | None = None
    max_reserved_workers: int | None = None
    reservation_activity_sid: str | None = None
    reservation_activity_name: str | None = None
    sid: str
    target_workers: str | None = None
    task_order: TaskQueueTaskOrder | None = None
    url: str
    workspace_sid: str
    links: dict[str, Any] | None = None


class TaskQueueUpdateParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.task_queues.update`` (``UpdateTaskQueue``)."""

    friendly_name: str
    """A descriptive string that you create to describe the TaskQueue."""
    target_workers: str
    """A string describing the Worker selection criteria for any Tasks that enter the TaskQueue."""
    reservation_activity_sid: str
    """The SID of the Activity to assign Workers when a task is reserved for them."""
    assignment_activity_sid: str
    """The SID of the Activity to assign Workers when a task is assigned for them."""
    max_reserved_workers: int
    """The maximum number of Workers to create reservations for the assignment of a task while in the queue."""
    task_order: str


class TaskQueueListParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.task_queues.list`` (``ListTaskQueue``)."""

    friendly_name: str
    """The `friendly_name` of the TaskQueue resources to read."""
    evaluate_worker_attributes: str
    """The attributes of the Workers to read."""
    worker_sid: str
    """The SID of the Worker with the TaskQueue resources to read."""
    ordering: str
    """Sorting parameter for TaskQueues."""


class TaskQueueCreateParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.task_queues.create`` (``CreateTaskQueue``)."""

    friendly_name: Required[str]
    """A descriptive string that you create to describe the TaskQueue."""
    target_workers: str
    """A string that describes the Worker selection criteria for any Tasks that enter the TaskQueue."""
    max_reserved_workers: int
    """The maximum number of Workers to reserve for the assignment of a Task in the queue."""
    task_order: str
    reservation_activity_sid: str
    """The SID of the Activity to assign Workers when a task is reserved for them."""
    assignment_activity_sid: str
    """The SID of the Activity to assign Workers when a task is assigned to them."""


_CONTEXT_FETCH: Operation[TaskQueue] = Operation(
    id="taskrouter.v1.workspaces.task_queues.fetch",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}",
    spec="taskrouter_v1",
    record=TaskQueue,
)


_CONTEXT_UPDATE: Operation[TaskQueue] = Operation(
    id="taskrouter.v1.workspaces.task_queues.update",
    method="POST",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}",
    spec="taskrouter_v1",
    record=TaskQueue,
    form={
        "friendly_name": "FriendlyName",
        "target_workers": "TargetWorkers",
        "reservation_activity_sid": "ReservationActivitySid",
        "assignment_activity_sid": "AssignmentActivitySid",
        "max_reserved_workers": "MaxReservedWorkers",
        "task_order": "TaskOrder",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="taskrouter.v1.workspaces.task_queues.delete",
    method="DELETE",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}",
    spec="taskrouter_v1",
)


_LIST_LIST: Operation[TaskQueue] = Operation(
    id="taskrouter.v1.workspaces.task_queues.list",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/TaskQueues",
    spec="taskrouter_v1",
    record=TaskQueue,
    query={
        "friendly_name": "FriendlyName",
        "evaluate_worker_attributes": "EvaluateWorkerAttributes",
        "worker_sid": "WorkerSid",
        "ordering": "Ordering",
    },
    paging="meta",
    envelope="task_queues",
)


_LIST_CREATE: Operation[TaskQueue] = Operation(
    id="taskrouter.v1.workspaces.task_queues.create",
    method="POST",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/TaskQueues",
    spec="taskrouter_v1",
    record=TaskQueue,
    form={
        "friendly_name": "FriendlyName",
        "target_workers": "TargetWorkers",
        "max_reserved_workers": "MaxReservedWorkers",
        "task_order": "TaskOrder",
        "reservation_activity_sid": "ReservationActivitySid",
        "assignment_activity_sid": "AssignmentActivitySid",
    },
    required=frozenset(["friendly_name"]),
)


class TaskQueueContext(Resource):
    """One ``Workspaces/WorkspaceSid/TaskQueues`` record: sid."""

    _path = "/v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> TaskQueue:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[TaskQueueUpdateParams]) -> TaskQueue:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def cumulative_statistics(self) -> TaskQueueCumulativeStatisticsList:
        """``Workspaces/WorkspaceSid/TaskQueues/TaskQueueSid/CumulativeStatistics``."""
        from twilio_async.rest.taskrouter.v1.workspaces_task_queues_cumulative_statistics import (
            TaskQueueCumulativeStatisticsList,
        )

        return self._child(TaskQueueCumulativeStatisticsList)

    @property
    def real_time_statistics(self) -> TaskQueueRealTimeStatisticsList:
        """``Workspaces/WorkspaceSid/TaskQueues/TaskQueueSid/RealTimeStatistics``."""
        from twilio_async.rest.taskrouter.v1.workspaces_task_queues_real_time_statistics_2 import (
            TaskQueueRealTimeStatisticsList,
        )

        return self._child(TaskQueueRealTimeStatisticsList)

    @property
    def statistics(self) -> TaskQueueStatisticsList:
        """``Workspaces/WorkspaceSid/TaskQueues/TaskQueueSid/Statistics``."""
        from twilio_async.rest.taskrouter.v1.workspaces_task_queues_statistics import (
            TaskQueueStatisticsList,
        )

        return self._child(TaskQueueStatisticsList)


class TaskQueueList(CreateMany[TaskQueueCreateParams, TaskQueue], Resource):
    """``Workspaces/WorkspaceSid/TaskQueues`` (call it with a sid)."""

    _path = "/v1/Workspaces/{WorkspaceSid}/TaskQueues"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> TaskQueueContext:
        """The record with this ``sid``."""
        return self._child(TaskQueueContext, sid=sid)

    @property
    def bulk_real_time_statistics(self) -> TaskQueueBulkRealTimeStatisticsList:
        """``Workspaces/WorkspaceSid/TaskQueues/RealTimeStatistics``."""
        from twilio_async.rest.taskrouter.v1.workspaces_task_queues_real_time_statistics import (
            TaskQueueBulkRealTimeStatisticsList,
        )

        return self._child(TaskQueueBulkRealTimeStatisticsList)

    @property
    def statistics(self) -> TaskQueuesStatisticsList:
        """``Workspaces/WorkspaceSid/TaskQueues/Statistics``."""
        from twilio_async.rest.taskrouter.v1.workspaces_task_queues_statistics_2 import (
            TaskQueuesStatisticsList,
        )

        return self._child(TaskQueuesStatisticsList)

    async def create(self, **params: Unpack[TaskQueueCreateParams]) -> TaskQueue:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[TaskQueueListParams],
    ) -> AsyncIterator[TaskQueue]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[TaskQueueListParams],
    ) -> Page[TaskQueue]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[TaskQueueListParams],
    ) -> list[TaskQueue]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
