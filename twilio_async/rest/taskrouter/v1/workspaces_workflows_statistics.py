# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: WorkflowStatistics (Workspaces/WorkspaceSid/Workflows/WorkflowSid/Statistics) on taskrouter.twilio.com."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "WorkflowStatistics",
    "WorkflowStatisticsContext",
    "WorkflowStatisticsFetchParams",
    "WorkflowStatisticsList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class WorkflowStatistics(Record):
    """Record ``taskrouter.v1.workspace.workflow.workflow_statistics`` (every field but ``account_sid``, ``workflow_sid``, ``workspace_sid``, ``url`` may be ``None``)."""

    account_sid: str
    cumulative: Any | None = None
    realtime: Any | None = None
    workflow_sid: str
    workspace_sid: str
    url: str


class WorkflowStatisticsFetchParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.workflows.statistics.fetch`` (``FetchWorkflowStatistics``)."""

    minutes: int
    """Only calculate statistics since this many minutes in the past."""
    start_date: datetime | date
    """Only calculate statistics from this date and time and later, specified in ISO 8601 format."""
    end_date: datetime | date
    """Only calculate statistics from this date and time and earlier, specified in GMT as an ISO 8601 date-time."""
    task_channel: str
    """Only calculate real-time statistics on this TaskChannel."""
    split_by_wait_time: str
    """A comma separated list of values that describes the thresholds, in seconds, to calculate statistics on."""


_CONTEXT_FETCH: Operation[WorkflowStatistics] = Operation(
    id="taskrouter.v1.workspaces.workflows.statistics.fetch",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/Statistics",
    spec="taskrouter_v1",
    record=WorkflowStatistics,
    query={
        "minutes": "Minutes",
        "start_date": "StartDate",
        "end_date": "EndDate",
        "task_channel": "TaskChannel",
        "split_by_wait_time": "SplitByWaitTime",
    },
)


class WorkflowStatisticsContext(Resource):
    """One ``Workspaces/WorkspaceSid/Workflows/WorkflowSid/Statistics`` record."""

    _path = "/v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/Statistics"

    async def fetch(self, **params: Unpack[WorkflowStatisticsFetchParams]) -> WorkflowStatistics:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class WorkflowStatisticsList(Resource):
    """``Workspaces/WorkspaceSid/Workflows/WorkflowSid/Statistics``."""

    def __call__(self) -> WorkflowStatisticsContext:
        """The one record of this resource."""
        return self._child(WorkflowStatisticsContext)
