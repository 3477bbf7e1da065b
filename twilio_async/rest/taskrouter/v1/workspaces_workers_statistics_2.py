# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: WorkersStatistics (Workspaces/WorkspaceSid/Workers/Statistics) on taskrouter.twilio.com."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "WorkerStatistics",
    "WorkersStatisticsContext",
    "WorkersStatisticsFetchParams",
    "WorkersStatisticsList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class WorkerStatistics(Record):
    """Record ``taskrouter.v1.workspace.worker.worker_statistics`` (every field but ``account_sid``, ``workspace_sid``, ``url`` may be ``None``)."""

    realtime: Any | None = None
    cumulative: Any | None = None
    account_sid: str
    workspace_sid: str
    url: str


class WorkersStatisticsFetchParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.workers.statistics.fetch`` (``FetchWorkerStatistics``)."""

    minutes: int
    """Only calculate statistics since this many minutes in the past."""
    start_date: datetime | date
    """Only calculate statistics from this date and time and later, specified in ISO 8601 format."""
    end_date: datetime | date
    """Only calculate statistics from this date and time and earlier, specified in GMT as an ISO 8601 date-time."""
    task_queue_sid: str
    """The SID of the TaskQueue for which to fetch Worker statistics."""
    task_queue_name: str
    """The `friendly_name` of the TaskQueue for which to fetch Worker statistics."""
    friendly_name: str
    """Only include Workers with `friendly_name` values that match this parameter."""
    task_channel: str
    """Only calculate statistics on this TaskChannel."""


_CONTEXT_FETCH: Operation[WorkerStatistics] = Operation(
    id="taskrouter.v1.workspaces.workers.statistics.fetch",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Workers/Statistics",
    spec="taskrouter_v1",
    record=WorkerStatistics,
    query={
        "minutes": "Minutes",
        "start_date": "StartDate",
        "end_date": "EndDate",
        "task_queue_sid": "TaskQueueSid",
        "task_queue_name": "TaskQueueName",
        "friendly_name": "FriendlyName",
        "task_channel": "TaskChannel",
    },
)


class WorkersStatisticsContext(Resource):
    """One ``Workspaces/WorkspaceSid/Workers/Statistics`` record."""

    _path = "/v1/Workspaces/{WorkspaceSid}/Workers/Statistics"

    async def fetch(self, **params: Unpack[WorkersStatisticsFetchParams]) -> WorkerStatistics:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class WorkersStatisticsList(Resource):
    """``Workspaces/WorkspaceSid/Workers/Statistics``."""

    def __call__(self) -> WorkersStatisticsContext:
        """The one record of this resource."""
        return self._child(WorkersStatisticsContext)
