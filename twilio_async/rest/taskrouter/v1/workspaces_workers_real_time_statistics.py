# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: WorkersRealTimeStatistics (Workspaces/WorkspaceSid/Workers/RealTimeStatistics) on taskrouter.twilio.com."""

from __future__ import annotations

from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "WorkersRealTimeStatistics",
    "WorkersRealTimeStatisticsContext",
    "WorkersRealTimeStatisticsFetchParams",
    "WorkersRealTimeStatisticsList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class WorkersRealTimeStatistics(Record):
    """Record ``taskrouter.v1.workspace.worker.workers_real_time_statistics`` (every field but ``account_sid``, ``workspace_sid``, ``url`` may be ``None``)."""

    account_sid: str
    activity_statistics: list[Any] | None = None
    total_workers: int | None = None
    workspace_sid: str
    url: str


class WorkersRealTimeStatisticsFetchParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.workers.real_time_statistics.fetch`` (``FetchWorkersRealTimeStatistics``)."""

    task_channel: str
    """Only calculate real-time statistics on this TaskChannel."""


_CONTEXT_FETCH: Operation[WorkersRealTimeStatistics] = Operation(
    id="taskrouter.v1.workspaces.workers.real_time_statistics.fetch",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Workers/RealTimeStatistics",
    spec="taskrouter_v1",
    record=WorkersRealTimeStatistics,
    query={
        "task_channel": "TaskChannel",
    },
)


class WorkersRealTimeStatisticsContext(Resource):
    """One ``Workspaces/WorkspaceSid/Workers/RealTimeStatistics`` record."""

    _path = "/v1/Workspaces/{WorkspaceSid}/Workers/RealTimeStatistics"

    async def fetch(
        self, **params: Unpack[WorkersRealTimeStatisticsFetchParams]
    ) -> WorkersRealTimeStatistics:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class WorkersRealTimeStatisticsList(Resource):
    """``Workspaces/WorkspaceSid/Workers/RealTimeStatistics``."""

    def __call__(self) -> WorkersRealTimeStatisticsContext:
        """The one record of this resource."""
        return self._child(WorkersRealTimeStatisticsContext)
