# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: TaskQueueRealTimeStatistics (Workspaces/WorkspaceSid/TaskQueues/TaskQueueSid/RealTimeStatistics) on taskrouter.twilio.com."""

from __future__ import annotations

from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "TaskQueueRealTimeStatistics",
    "TaskQueueRealTimeStatisticsContext",
    "TaskQueueRealTimeStatisticsFetchParams",
    "TaskQueueRealTimeStatisticsList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class TaskQueueRealTimeStatistics(Record):
    """Record ``taskrouter.v1.workspace.task_queue.task_queue_real_time_statistics`` (every field but ``account_sid``, ``task_queue_sid``, ``workspace_sid``, ``url`` may be ``None``)."""

    account_sid: str
    activity_statistics: list[Any] | None = None
    longest_task_waiting_age: int | None = None
    longest_task_waiting_sid: str | None = None
    longest_relative_task_age_in_queue: int | None = None
    longest_relative_task_sid_in_queue: str | None = None
    task_queue_sid: str
    tasks_by_priority: Any | None = None
    tasks_by_status: Any | None = None
    total_available_workers: int | None = None
    total_eligible_workers: int | None = None
    total_tasks: int | None = None
    workspace_sid: str
    url: str


class TaskQueueRealTimeStatisticsFetchParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.task_queues.real_time_statistics.fetch`` (``FetchTaskQueueRealTimeStatistics``)."""

    task_channel: str
    """The TaskChannel for which to fetch statistics."""


_CONTEXT_FETCH: Operation[TaskQueueRealTimeStatistics] = Operation(
    id="taskrouter.v1.workspaces.task_queues.real_time_statistics.fetch",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/RealTimeStatistics",
    spec="taskrouter_v1",
    record=TaskQueueRealTimeStatistics,
    query={
        "task_channel": "TaskChannel",
    },
)


class TaskQueueRealTimeStatisticsContext(Resource):
    """One ``Workspaces/WorkspaceSid/TaskQueues/TaskQueueSid/RealTimeStatistics`` record."""

    _path = "/v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/RealTimeStatistics"

    async def fetch(
        self, **params: Unpack[TaskQueueRealTimeStatisticsFetchParams]
    ) -> TaskQueueRealTimeStatistics:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class TaskQueueRealTimeStatisticsList(Resource):
    """``Workspaces/WorkspaceSid/TaskQueues/TaskQueueSid/RealTimeStatistics``."""

    def __call__(self) -> TaskQueueRealTimeStatisticsContext:
        """The one record of this resource."""
        return self._child(TaskQueueRealTimeStatisticsContext)
