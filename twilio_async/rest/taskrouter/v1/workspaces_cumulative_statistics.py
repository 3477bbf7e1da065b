# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: WorkspaceCumulativeStatistics (Workspaces/WorkspaceSid/CumulativeStatistics) on taskrouter.twilio.com."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "WorkspaceCumulativeStatistics",
    "WorkspaceCumulativeStatisticsContext",
    "WorkspaceCumulativeStatisticsFetchParams",
    "WorkspaceCumulativeStatisticsList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class WorkspaceCumulativeStatistics(Record):
    """Record ``taskrouter.v1.workspace.workspace_cumulative_statistics`` (every field but ``account_sid``, ``workspace_sid``, ``url`` may be ``None``)."""

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
    wait_duration_until_accepted: Any | None = None
    wait_duration_until_canceled: Any | None = None
    tasks_canceled: int | None = None
    tasks_completed: int | None = None
    tasks_created: int | None = None
    tasks_deleted: int | None = None
    tasks_moved: int | None = None
    tasks_timed_out_in_workflow: int | None = None
    workspace_sid: str
    url: str


class WorkspaceCumulativeStatisticsFetchParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.cumulative_statistics.fetch`` (``FetchWorkspaceCumulativeStatistics``)."""

    end_date: datetime | date
    """Only include usage that occurred on or before this date, specified in GMT as an ISO 8601 date-time."""
    minutes: int
    """Only calculate statistics since this many minutes in the past."""
    start_date: datetime | date
    """Only calculate statistics from this date and time and later, specified in ISO 8601 format."""
    task_channel: str
    """Only calculate cumulative statistics on this TaskChannel."""
    split_by_wait_time: str
    """A comma separated list of values that describes the thresholds, in seconds, to calculate statistics on."""


_CONTEXT_FETCH: Operation[WorkspaceCumulativeStatistics] = Operation(
    id="taskrouter.v1.workspaces.cumulative_statistics.fetch",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/CumulativeStatistics",
    spec="taskrouter_v1",
    record=WorkspaceCumulativeStatistics,
    query={
        "end_date": "EndDate",
        "minutes": "Minutes",
        "start_date": "StartDate",
        "task_channel": "TaskChannel",
        "split_by_wait_time": "SplitByWaitTime",
    },
)


class WorkspaceCumulativeStatisticsContext(Resource):
    """One ``Workspaces/WorkspaceSid/CumulativeStatistics`` record."""

    _path = "/v1/Workspaces/{WorkspaceSid}/CumulativeStatistics"

    async def fetch(
        self, **params: Unpack[WorkspaceCumulativeStatisticsFetchParams]
    ) -> WorkspaceCumulativeStatistics:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class WorkspaceCumulativeStatisticsList(Resource):
    """``Workspaces/WorkspaceSid/CumulativeStatistics``."""

    def __call__(self) -> WorkspaceCumulativeStatisticsContext:
        """The one record of this resource."""
        return self._child(WorkspaceCumulativeStatisticsContext)
