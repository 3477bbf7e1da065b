# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: WorkflowCumulativeStatistics (Workspaces/WorkspaceSid/Workflows/WorkflowSid/CumulativeStatistics) on taskrouter.twilio.com."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "WorkflowCumulativeStatistics",
    "WorkflowCumulativeStatisticsContext",
    "WorkflowCumulativeStatisticsFetchParams",
    "WorkflowCumulativeStatisticsList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class WorkflowCumulativeStatistics(Record):
    """Record ``taskrouter.v1.workspace.workflow.workflow_cumulative_statistics`` (every field but ``account_sid``, ``workflow_sid``, ``workspace_sid``, ``url`` may be ``None``)."""

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
    tasks_entered: int | None = None
    tasks_deleted: int | None = None
    tasks_moved: int | None = None
    tasks_timed_out_in_workflow: int | None = None
    workflow_sid: str
    workspace_sid: str
    url: str


class WorkflowCumulativeStatisticsFetchParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.workflows.cumulative_statistics.fetch`` (``FetchWorkflowCumulativeStatistics``)."""

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


_CONTEXT_FETCH: Operation[WorkflowCumulativeStatistics] = Operation(
    id="taskrouter.v1.workspaces.workflows.cumulative_statistics.fetch",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/CumulativeStatistics",
    spec="taskrouter_v1",
    record=WorkflowCumulativeStatistics,
    query={
        "end_date": "EndDate",
        "minutes": "Minutes",
        "start_date": "StartDate",
        "task_channel": "TaskChannel",
        "split_by_wait_time": "SplitByWaitTime",
    },
)


class WorkflowCumulativeStatisticsContext(Resource):
    """One ``Workspaces/WorkspaceSid/Workflows/WorkflowSid/CumulativeStatistics`` record."""

    _path = "/v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/CumulativeStatistics"

    async def fetch(
        self, **params: Unpack[WorkflowCumulativeStatisticsFetchParams]
    ) -> WorkflowCumulativeStatistics:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class WorkflowCumulativeStatisticsList(Resource):
    """``Workspaces/WorkspaceSid/Workflows/WorkflowSid/CumulativeStatistics``."""

    def __call__(self) -> WorkflowCumulativeStatisticsContext:
        """The one record of this resource."""
        return self._child(WorkflowCumulativeStatisticsContext)
