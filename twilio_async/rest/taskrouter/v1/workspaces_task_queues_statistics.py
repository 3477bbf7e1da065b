# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: TaskQueueStatistics (Workspaces/WorkspaceSid/TaskQueues/TaskQueueSid/Statistics) on taskrouter.twilio.com."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "TaskQueueStatistics",
    "TaskQueueStatisticsContext",
    "TaskQueueStatisticsFetchParams",
    "TaskQueueStatisticsList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class TaskQueueStatistics(Record):
    """Record ``taskrouter.v1.workspace.task_queue.task_queue_statistics`` (every field but ``account_sid``, ``task_queue_sid``, ``workspace_sid``, ``url`` may be ``None``)."""

    account_sid: str
    cumulative: Any | None = None
    realtime: Any | None = None
    task_queue_sid: str
    workspace_sid: str
    url: str


class TaskQueueStatisticsFetchParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.task_queues.statistics.fetch`` (``FetchTaskQueueStatistics``)."""

    end_date: datetime | date
    """Only calculate statistics from this date and time and earlier, specified in GMT as an ISO 8601 date-time."""
    minutes: int
    """Only calculate statistics since this many minutes in the past."""
    start_date: datetime | date
    """Only calculate statistics from this date and time and later, specified in ISO 8601 format."""
    task_channel: str
    """Only calculate real-time and cumulative statistics for the specified TaskChannel."""
    split_by_wait_time: str
    """A comma separated list of values that describes the thresholds, in seconds, to calculate statistics on."""


_CONTEXT_FETCH: Operation[TaskQueueStatistics] = Operation(
    id="taskrouter.v1.workspaces.task_queues.statistics.fetch",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/Statistics",
    spec="taskrouter_v1",
    record=TaskQueueStatistics,
    query={
        "end_date": "EndDate",
        "minutes": "Minutes",
        "start_date": "StartDate",
        "task_channel": "TaskChannel",
        "split_by_wait_time": "SplitByWaitTime",
    },
)


class TaskQueueStatisticsContext(Resource):
    """One ``Workspaces/WorkspaceSid/TaskQueues/TaskQueueSid/Statistics`` record."""

    _path = "/v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/Statistics"

    async def fetch(self, **params: Unpack[TaskQueueStatisticsFetchParams]) -> TaskQueueStatistics:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class TaskQueueStatisticsList(Resource):
    """``Workspaces/WorkspaceSid/TaskQueues/TaskQueueSid/Statistics``."""

    def __call__(self) -> TaskQueueStatisticsContext:
        """The one record of this resource."""
        return self._child(TaskQueueStatisticsContext)
