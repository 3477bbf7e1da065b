# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: WorkspaceRealTimeStatistics (Workspaces/WorkspaceSid/RealTimeStatistics) on taskrouter.twilio.com."""

from __future__ import annotations

from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "WorkspaceRealTimeStatistics",
    "WorkspaceRealTimeStatisticsContext",
    "WorkspaceRealTimeStatisticsFetchParams",
    "WorkspaceRealTimeStatisticsList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class WorkspaceRealTimeStatistics(Record):
    """Record ``taskrouter.v1.workspace.workspace_real_time_statistics`` (every field but ``account_sid``, ``workspace_sid``, ``url`` may be ``None``)."""

    account_sid: str
    activity_statistics: list[Any] | None = None
    longest_task_waiting_age: int | None = None
    longest_task_waiting_sid: str | None = None
    tasks_by_priority: Any | None = None
    tasks_by_status: Any | None = None
    total_tasks: int | None = None
    total_workers: int | None = None
    workspace_sid: str
    url: str


class WorkspaceRealTimeStatisticsFetchParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.real_time_statistics.fetch`` (``FetchWorkspaceRealTimeStatistics``)."""

    task_channel: str
    """Only calculate real-time statistics on this TaskChannel."""


_CONTEXT_FETCH: Operation[WorkspaceRealTimeStatistics] = Operation(
    id="taskrouter.v1.workspaces.real_time_statistics.fetch",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/RealTimeStatistics",
    spec="taskrouter_v1",
    record=WorkspaceRealTimeStatistics,
    query={
        "task_channel": "TaskChannel",
    },
)


class WorkspaceRealTimeStatisticsContext(Resource):
    """One ``Workspaces/WorkspaceSid/RealTimeStatistics`` record."""

    _path = "/v1/Workspaces/{WorkspaceSid}/RealTimeStatistics"

    async def fetch(
        self, **params: Unpack[WorkspaceRealTimeStatisticsFetchParams]
    ) -> WorkspaceRealTimeStatistics:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class WorkspaceRealTimeStatisticsList(Resource):
    """``Workspaces/WorkspaceSid/RealTimeStatistics``."""

    def __call__(self) -> WorkspaceRealTimeStatisticsContext:
        """The one record of this resource."""
        return self._child(WorkspaceRealTimeStatisticsContext)
