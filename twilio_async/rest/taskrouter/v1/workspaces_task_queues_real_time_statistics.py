# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: TaskQueueBulkRealTimeStatistics (Workspaces/WorkspaceSid/TaskQueues/RealTimeStatistics) on taskrouter.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "TaskQueueBulkRealTimeStatistics",
    "TaskQueueBulkRealTimeStatisticsCreateParams",
    "TaskQueueBulkRealTimeStatisticsList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class TaskQueueBulkRealTimeStatistics(Record):
    """Record ``taskrouter.v1.workspace.task_queue.task_queue_bulk_real_time_statistics`` (every field but ``account_sid``, ``workspace_sid``, ``url`` may be ``None``)."""

    account_sid: str
    workspace_sid: str
    task_queue_data: list[Any] | None = None
    task_queue_response_count: int | None = None
    url: str


class TaskQueueBulkRealTimeStatisticsCreateParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.task_queues.bulk_real_time_statistics.create`` (``CreateTaskQueueBulkRealTimeStatistics``)."""

    body: Mapping[str, Any]
    """JSON body."""


_LIST_CREATE: Operation[TaskQueueBulkRealTimeStatistics] = Operation(
    id="taskrouter.v1.workspaces.task_queues.bulk_real_time_statistics.create",
    method="POST",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/TaskQueues/RealTimeStatistics",
    spec="taskrouter_v1",
    record=TaskQueueBulkRealTimeStatistics,
    body="body",
)


class TaskQueueBulkRealTimeStatisticsList(
    CreateMany[TaskQueueBulkRealTimeStatisticsCreateParams, TaskQueueBulkRealTimeStatistics],
    Resource,
):
    """``Workspaces/WorkspaceSid/TaskQueues/RealTimeStatistics``."""

    _path = "/v1/Workspaces/{WorkspaceSid}/TaskQueues/RealTimeStatistics"
    _create_operation = _LIST_CREATE

    async def create(
        self, **params: Unpack[TaskQueueBulkRealTimeStatisticsCreateParams]
    ) -> TaskQueueBulkRealTimeStatistics:
        """Fetch a Task Queue Real Time Statistics in bulk for the array of TaskQueue SIDs, support upto 50 in a request."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
