# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: WorkerStatistics (Workspaces/WorkspaceSid/Workers/WorkerSid/Statistics) on taskrouter.twilio.com."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "WorkerInstanceStatistics",
    "WorkerStatisticsContext",
    "WorkerStatisticsFetchParams",
    "WorkerStatisticsList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class WorkerInstanceStatistics(Record):
    """Record ``taskrouter.v1.workspace.worker.worker_instance_statistics`` (every field but ``account_sid``, ``worker_sid``, ``workspace_sid``, ``url`` may be ``None``)."""

    account_sid: str
    cumulative: Any | None = None
    worker_sid: str
    workspace_sid: str
    url: str


class WorkerStatisticsFetchParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.workers.statistics.fetch`` (``FetchWorkerInstanceStatistics``)."""

    minutes: int
    """Only calculate statistics since this many minutes in the past."""
    start_date: datetime | date
    """Only calculate statistics from this date and time and later, specified in ISO 8601 format."""
    end_date: datetime | date
    """Only include usage that occurred on or before this date, specified in GMT as an ISO 8601 date-time."""
    task_channel: str
    """Only calculate statistics on this TaskChannel."""


_CONTEXT_FETCH: Operation[WorkerInstanceStatistics] = Operation(
    id="taskrouter.v1.workspaces.workers.statistics.fetch",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Statistics",
    spec="taskrouter_v1",
    record=WorkerInstanceStatistics,
    query={
        "minutes": "Minutes",
        "start_date": "StartDate",
        "end_date": "EndDate",
        "task_channel": "TaskChannel",
    },
)


class WorkerStatisticsContext(Resource):
    """One ``Workspaces/WorkspaceSid/Workers/WorkerSid/Statistics`` record."""

    _path = "/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Statistics"

    async def fetch(
        self, **params: Unpack[WorkerStatisticsFetchParams]
    ) -> WorkerInstanceStatistics:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class WorkerStatisticsList(Resource):
    """``Workspaces/WorkspaceSid/Workers/WorkerSid/Statistics``."""

    def __call__(self) -> WorkerStatisticsContext:
        """The one record of this resource."""
        return self._child(WorkerStatisticsContext)
