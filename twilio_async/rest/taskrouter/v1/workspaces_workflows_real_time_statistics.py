# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: WorkflowRealTimeStatistics (Workspaces/WorkspaceSid/Workflows/WorkflowSid/RealTimeStatistics) on taskrouter.twilio.com."""

from __future__ import annotations

from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "WorkflowRealTimeStatistics",
    "WorkflowRealTimeStatisticsContext",
    "WorkflowRealTimeStatisticsFetchParams",
    "WorkflowRealTimeStatisticsList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class WorkflowRealTimeStatistics(Record):
    """Record ``taskrouter.v1.workspace.workflow.workflow_real_time_statistics`` (every field but ``account_sid``, ``workflow_sid``, ``workspace_sid``, ``url`` may be ``None``)."""

    account_sid: str
    longest_task_waiting_age: int | None = None
    longest_task_waiting_sid: str | None = None
    tasks_by_priority: Any | None = None
    tasks_by_status: Any | None = None
    total_tasks: int | None = None
    workflow_sid: str
    workspace_sid: str
    url: str


class WorkflowRealTimeStatisticsFetchParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.workflows.real_time_statistics.fetch`` (``FetchWorkflowRealTimeStatistics``)."""

    task_channel: str
    """Only calculate real-time statistics on this TaskChannel."""


_CONTEXT_FETCH: Operation[WorkflowRealTimeStatistics] = Operation(
    id="taskrouter.v1.workspaces.workflows.real_time_statistics.fetch",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/RealTimeStatistics",
    spec="taskrouter_v1",
    record=WorkflowRealTimeStatistics,
    query={
        "task_channel": "TaskChannel",
    },
)


class WorkflowRealTimeStatisticsContext(Resource):
    """One ``Workspaces/WorkspaceSid/Workflows/WorkflowSid/RealTimeStatistics`` record."""

    _path = "/v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/RealTimeStatistics"

    async def fetch(
        self, **params: Unpack[WorkflowRealTimeStatisticsFetchParams]
    ) -> WorkflowRealTimeStatistics:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class WorkflowRealTimeStatisticsList(Resource):
    """``Workspaces/WorkspaceSid/Workflows/WorkflowSid/RealTimeStatistics``."""

    def __call__(self) -> WorkflowRealTimeStatisticsContext:
        """The one record of this resource."""
        return self._child(WorkflowRealTimeStatisticsContext)
