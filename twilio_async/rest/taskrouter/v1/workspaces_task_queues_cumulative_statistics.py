# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: TaskQueueCumulativeStatistics (Workspaces/WorkspaceSid/TaskQueues/TaskQueueSid/CumulativeStatistics) on taskrouter.twilio.com."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "TaskQueueCumulativeStatistics",
    "TaskQueueCumulativeStatisticsContext",
    "TaskQueueCumulativeStatisticsFetchParams",
    "TaskQueueCumulativeStatisticsList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class TaskQueueCumulativeStatistics(Record):
    """Record ``taskrouter.v1.workspace.task_queue.task_queue_cumulative_statistics`` (every field but ``account_sid``, ``task_queue_sid``, ``workspace_sid``, ``url`` may be ``None``)."""

    account_sid: str
    avg_task_acceptance_time: int | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    reservations_created: int | None = None
    reservations_accepted: int | None = None
    reservations_rejected: int | None = None
    reservations_timed_out: int | None = None
    reservations_canceled: int | None = None
    reservations_rescinded: int | None = None
    split_by_wait_time: Any | None = None
    task_queue_sid: str
    wait_duration_until_accepted: Any | None = None
    wait_duration_until_canceled: Any | None = None
    wait_duration_in_queue_until_accepted: Any | None = None
    tasks_canceled: int | None = None
    tasks_completed: int | None = None
    tasks_deleted: int | None = None
    tasks_entered: int | None = None
    tasks_moved: int | None = None
    workspace_sid: str
    url: str


class TaskQueueCumulativeStatisticsFetchParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.task_queues.cumulative_statistics.fetch`` (``FetchTaskQueueCumulativeStatistics``)."""

    end_date: datetime | date
    """Only calculate statistics from this date and time and earlier, specified in GMT as an ISO 8601 date-time."""
    minutes: int
    """Only calculate statistics since this many minutes in the past."""
    start_date: datetime | date
    """Only calculate statistics from this date and time and later, specified in ISO 8601 format."""
    task_channel: str
    """Only calculate cumulative statistics on this TaskChannel."""
    split_by_wait_time: str
    """A comma separated list of values that describes the thresholds, in seconds, to calculate statistics on."""


_CONTEXT_FETCH: Operation[TaskQueueCumulativeStatistics] = Operation(
    id="taskrouter.v1.workspaces.task_queues.cumulative_statistics.fetch",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/CumulativeStatistics",
    spec="taskrouter_v1",
    record=TaskQueueCumulativeStatistics,
    query={
        "end_date": "EndDate",
        "minutes": "Minutes",
        "start_date": "StartDate",
        "task_channel": "TaskChannel",
        "split_by_wait_time": "SplitByWaitTime",
    },
)


class TaskQueueCumulativeStatisticsContext(Resource):
    """One ``Workspaces/WorkspaceSid/TaskQueues/TaskQueueSid/CumulativeStatistics`` record."""

    _path = "/v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/CumulativeStatistics"

    async def fetch(
        self, **params: Unpack[TaskQueueCumulativeStatisticsFetchParams]
    ) -> TaskQueueCumulativeStatistics:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class TaskQueueCumulativeStatisticsList(Resource):
    """``Workspaces/WorkspaceSid/TaskQueues/TaskQueueSid/CumulativeStatistics``."""

    def __call__(self) -> TaskQueueCumulativeStatisticsContext:
        """The one record of this resource."""
        return self._child(TaskQueueCumulativeStatisticsContext)
