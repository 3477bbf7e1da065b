# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: Worker (Workspaces/WorkspaceSid/Workers) on taskrouter.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.taskrouter.v1.workspaces_workers_channels import WorkerChannelList
    from twilio_async.rest.taskrouter.v1.workspaces_workers_cumulative_statistics import (
        WorkersCumulativeStatisticsList,
    )
    from twilio_async.rest.taskrouter.v1.workspaces_workers_real_time_statistics import (
        WorkersRealTimeStatisticsList,
    )
    from twilio_async.rest.taskrouter.v1.workspaces_workers_reservations import ReservationList
    from twilio_async.rest.taskrouter.v1.workspaces_workers_statistics import WorkerStatisticsList
    from twilio_async.rest.taskrouter.v1.workspaces_workers_statistics_2 import (
        WorkersStatisticsList,
    )

__all__ = [
    "Worker",
    "WorkerContext",
    "WorkerCreateParams",
    "WorkerDeleteParams",
    "WorkerList",
    "WorkerListParams",
    "WorkerUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Worker(Record):
    """Record ``taskrouter.v1.workspace.worker`` (every field but ``account_sid``, ``date_created``, ``sid``, ``workspace_sid``, ``url`` may be ``None``)."""

    account_sid: str
    activity_name: str | None = None
    activity_sid: str | None = None
    attributes: str | None = attrs.field(default=None, repr=False)
    available: bool | None = None
    date_created: datetime
    date_status_changed: datetime | None = None
    date_updated: datetime | None = None
    friendly_name: str | None = None
    sid: str
    workspace_sid: str
    url: str
    links: dict[str, Any] | None = None


class WorkerListParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.workers.list`` (``ListWorker``)."""

    activity_name: str
    """The `activity_name` of the Worker resources to read."""
    activity_sid: str
    """The `activity_sid` of the Worker resources to read."""
    available: str
    """Whether to return only Worker resources that are available or unavailable."""
    friendly_name: str
    """The `friendly_name` of the Worker resources to read."""
    target_workers_expression: str
    """Filter by Workers that would match an expression."""
    task_queue_name: str
    """The `friendly_name` of the TaskQueue that the Workers to read are eligible for."""
    task_queue_sid: str
    """The SID of the TaskQueue that the Workers to read are eligible for."""
    ordering: str
    """Sorting parameter for Workers."""


class WorkerCreateParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.workers.create`` (``CreateWorker``)."""

    friendly_name: Required[str]
    """A descriptive string that you create to describe the new Worker."""
    activity_sid: str
    """The SID of a valid Activity that will describe the new Worker's initial state."""
    attributes: str
    """A valid JSON string that describes the new Worker."""


class WorkerUpdateParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.workers.update`` (``UpdateWorker``)."""

    if_match: str
    """The If-Match HTTP request header."""
    activity_sid: str
    """The SID of a valid Activity that will describe the Worker's initial state."""
    attributes: str
    """The JSON string that describes the Worker."""
    friendly_name: str
    """A descriptive string that you create to describe the Worker."""
    reject_pending_reservations: bool
    """Whether to reject the Worker's pending reservations."""


class WorkerDeleteParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.workers.delete`` (``DeleteWorker``)."""

    if_match: str
    """The If-Match HTTP request header."""


_LIST_LIST: Operation[Worker] = Operation(
    id="taskrouter.v1.workspaces.workers.list",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Workers",
    spec="taskrouter_v1",
    record=Worker,
    query={
        "activity_name": "ActivityName",
        "activity_sid": "ActivitySid",
        "available": "Available",
        "friendly_name": "FriendlyName",
        "target_workers_expression": "TargetWorkersExpression",
        "task_queue_name": "TaskQueueName",
        "task_queue_sid": "TaskQueueSid",
        "ordering": "Ordering",
    },
    paging="meta",
    envelope="workers",
)


_LIST_CREATE: Operation[Worker] = Operation(
    id="taskrouter.v1.workspaces.workers.create",
    method="POST",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Workers",
    spec="taskrouter_v1",
    record=Worker,
    form={
        "friendly_name": "FriendlyName",
        "activity_sid": "ActivitySid",
        "attributes": "Attributes",
    },
    required=frozenset(["friendly_name"]),
)


_CONTEXT_FETCH: Operation[Worker] = Operation(
    id="taskrouter.v1.workspaces.workers.fetch",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Workers/{Sid}",
    spec="taskrouter_v1",
    record=Worker,
)


_CONTEXT_UPDATE: Operation[Worker] = Operation(
    id="taskrouter.v1.workspaces.workers.update",
    method="POST",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Workers/{Sid}",
    spec="taskrouter_v1",
    record=Worker,
    form={
        "activity_sid": "ActivitySid",
        "attributes": "Attributes",
        "friendly_name": "FriendlyName",
        "reject_pending_reservations": "RejectPendingReservations",
    },
    headers={
        "if_match": "If-Match",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="taskrouter.v1.workspaces.workers.delete",
    method="DELETE",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Workers/{Sid}",
    spec="taskrouter_v1",
    headers={
        "if_match": "If-Match",
    },
)


class WorkerContext(Resource):
    """One ``Workspaces/WorkspaceSid/Workers`` record: sid."""

    _path = "/v1/Workspaces/{WorkspaceSid}/Workers/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Worker:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[WorkerUpdateParams]) -> Worker:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self, **params: Unpack[WorkerDeleteParams]) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, params)

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def worker_channels(self) -> WorkerChannelList:
        """``Workspaces/WorkspaceSid/Workers/WorkerSid/Channels``."""
        from twilio_async.rest.taskrouter.v1.workspaces_workers_channels import WorkerChannelList

        return self._child(WorkerChannelList)

    @property
    def statistics(self) -> WorkerStatisticsList:
        """``Workspaces/WorkspaceSid/Workers/WorkerSid/Statistics``."""
        from twilio_async.rest.taskrouter.v1.workspaces_workers_statistics import (
            WorkerStatisticsList,
        )

        return self._child(WorkerStatisticsList)

    @property
    def reservations(self) -> ReservationList:
        """``Workspaces/WorkspaceSid/Workers/WorkerSid/Reservations``."""
        from twilio_async.rest.taskrouter.v1.workspaces_workers_reservations import ReservationList

        return self._child(ReservationList)


class WorkerList(CreateMany[WorkerCreateParams, Worker], Resource):
    """``Workspaces/WorkspaceSid/Workers`` (call it with a sid)."""

    _path = "/v1/Workspaces/{WorkspaceSid}/Workers"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> WorkerContext:
        """The record with this ``sid``."""
        return self._child(WorkerContext, sid=sid)

    @property
    def statistics(self) -> WorkersStatisticsList:
        """``Workspaces/WorkspaceSid/Workers/Statistics``."""
        from twilio_async.rest.taskrouter.v1.workspaces_workers_statistics_2 import (
            WorkersStatisticsList,
        )

        return self._child(WorkersStatisticsList)

    @property
    def cumulative_statistics(self) -> WorkersCumulativeStatisticsList:
        """``Workspaces/WorkspaceSid/Workers/CumulativeStatistics``."""
        from twilio_async.rest.taskrouter.v1.workspaces_workers_cumulative_statistics import (
            WorkersCumulativeStatisticsList,
        )

        return self._child(WorkersCumulativeStatisticsList)

    @property
    def real_time_statistics(self) -> WorkersRealTimeStatisticsList:
        """``Workspaces/WorkspaceSid/Workers/RealTimeStatistics``."""
        from twilio_async.rest.taskrouter.v1.workspaces_workers_real_time_statistics import (
            WorkersRealTimeStatisticsList,
        )

        return self._child(WorkersRealTimeStatisticsList)

    async def create(self, **params: Unpack[WorkerCreateParams]) -> Worker:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[WorkerListParams],
    ) -> AsyncIterator[Worker]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[WorkerListParams],
    ) -> Page[Worker]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[WorkerListParams],
    ) -> list[Worker]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
