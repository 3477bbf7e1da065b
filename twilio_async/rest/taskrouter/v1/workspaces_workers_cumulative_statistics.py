# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: WorkersCumulativeStatistics (Workspaces/WorkspaceSid/Workers/CumulativeStatistics) on taskrouter.twilio.com."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "WorkersCumulativeStatistics",
    "WorkersCumulativeStatisticsContext",
    "WorkersCumulativeStatisticsFetchParams",
    "WorkersCumulativeStatisticsList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class WorkersCumulativeStatistics(Record):
    """Record ``taskrouter.v1.workspace.worker.workers_cumulative_statistics`` (every field but ``account_sid``, ``workspace_sid``, ``url`` may be ``None``)."""

    account_sid: str
    start_time: datetime | None = None
    end_time: datetime | None = None
    activity_durations: list[Any] | None = None
    reservations_created: int | None = None
    reservations_accepted: int | None = None
    reservations_rejected: int | None = None
    reservations_timed_out: int | None = None
    reservations_canceled: int | None = None
    reservations_rescinded: int | None = None
    workspace_sid: str
    url: str


class WorkersCumulativeStatisticsFetchParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.workers.cumulative_statistics.fetch`` (``FetchWorkersCumulativeStatistics``)."""

    end_date: datetime | date
    """Only calculate statistics from this date and time and earlier, specified in ISO 8601 format."""
    minutes: int
    """Only calculate statistics since this many minutes in the past."""
    start_date: datetime | date
    """Only calculate statistics from this date and time and later, specified in ISO 8601 format."""
    task_channel: str
    """Only calculate cumulative statistics on this TaskChannel."""


_CONTEXT_FETCH: Operation[WorkersCumulativeStatistics] = Operation(
    id="taskrouter.v1.workspaces.workers.cumulative_statistics.fetch",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Workers/CumulativeStatistics",
    spec="taskrouter_v1",
    record=WorkersCumulativeStatistics,
    query={
        "end_date": "EndDate",
        "minutes": "Minutes",
        "start_date": "StartDate",
        "task_channel": "TaskChannel",
    },
)


class WorkersCumulativeStatisticsContext(Resource):
    """One ``Workspaces/WorkspaceSid/Workers/CumulativeStatistics`` record."""

    _path = "/v1/Workspaces/{WorkspaceSid}/Workers/CumulativeStatistics"

    async def fetch(
        self, **params: Unpack[WorkersCumulativeStatisticsFetchParams]
    ) -> WorkersCumulativeStatistics:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class WorkersCumulativeStatisticsList(Resource):
    """``Workspaces/WorkspaceSid/Workers/CumulativeStatistics``."""

    def __call__(self) -> WorkersCumulativeStatisticsContext:
        """The one record of this resource."""
        return self._child(WorkersCumulativeStatisticsContext)
