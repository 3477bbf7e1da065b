# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: TaskQueuesStatistics (Workspaces/WorkspaceSid/TaskQueues/Statistics) on taskrouter.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource
from twilio_async._typing import TypedDict, Unpack

__all__ = ["TaskQueuesStatistics", "TaskQueuesStatisticsList", "TaskQueuesStatisticsListParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class TaskQueuesStatistics(Record):
    """Record ``taskrouter.v1.workspace.task_queue.task_queues_statistics`` (every field may be ``None``)."""

    account_sid: str | None = None
    cumulative: Any | None = None
    realtime: Any | None = None
    task_queue_sid: str | None = None
    workspace_sid: str | None = None


class TaskQueuesStatisticsListParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.task_queues.statistics.list`` (``ListTaskQueuesStatistics``)."""

    end_date: datetime | date
    """Only calculate statistics from this date and time and earlier, specified in GMT as an ISO 8601 date-time."""
    friendly_name: str
    """The `friendly_name` of the TaskQueue statistics to read."""
    minutes: int
    """Only calculate statistics since this many minutes in the past."""
    start_date: datetime | date
    """Only calculate statistics from this date and time and later, specified in ISO 8601 format."""
    task_channel: str
    """Only calculate statistics on this TaskChannel."""
    split_by_wait_time: str
    """A comma separated list of values that describes the thresholds, in seconds, to calculate statistics on."""


_LIST_LIST: Operation[TaskQueuesStatistics] = Operation(
    id="taskrouter.v1.workspaces.task_queues.statistics.list",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/TaskQueues/Statistics",
    spec="taskrouter_v1",
    record=TaskQueuesStatistics,
    query={
        "end_date": "EndDate",
        "friendly_name": "FriendlyName",
        "minutes": "Minutes",
        "start_date": "StartDate",
        "task_channel": "TaskChannel",
        "split_by_wait_time": "SplitByWaitTime",
    },
    paging="meta",
    envelope="task_queues_statistics",
)


class TaskQueuesStatisticsList(Resource):
    """``Workspaces/WorkspaceSid/TaskQueues/Statistics``."""

    _path = "/v1/Workspaces/{WorkspaceSid}/TaskQueues/Statistics"

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[TaskQueuesStatisticsListParams],
    ) -> AsyncIterator[TaskQueuesStatistics]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[TaskQueuesStatisticsListParams],
    ) -> Page[TaskQueuesStatistics]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[TaskQueuesStatisticsListParams],
    ) -> list[TaskQueuesStatistics]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
