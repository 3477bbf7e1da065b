# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: Event (Workspaces/WorkspaceSid/Events) on taskrouter.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["Event", "EventContext", "EventList", "EventListParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Event(Record):
    """Record ``taskrouter.v1.workspace.event`` (every field but ``account_sid``, ``sid``, ``url``, ``workspace_sid`` may be ``None``)."""

    account_sid: str
    actor_sid: str | None = None
    actor_type: str | None = None
    actor_url: str | None = None
    description: str | None = None
    event_data: Any | None = None
    event_date: datetime | None = None
    event_date_ms: int | None = None
    event_type: str | None = None
    resource_sid: str | None = None
    resource_type: str | None = None
    resource_url: str | None = None
    sid: str
    source: str | None = None
    source_ip_address: str | None = None
    url: str
    workspace_sid: str


class EventListParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.events.list`` (``ListEvent``)."""

    end_date: datetime | date
    """Only include Events that occurred on or before this date, specified in GMT as an ISO 8601 date-time."""
    event_type: str
    """The type of Events to read."""
    minutes: int
    """The period of events to read in minutes."""
    reservation_sid: str
    """The SID of the Reservation with the Events to read."""
    start_date: datetime | date
    """Only include Events from on or after this date and time, specified in ISO 8601 format."""
    task_queue_sid: str
    """The SID of the TaskQueue with the Events to read."""
    task_sid: str
    """The SID of the Task with the Events to read."""
    worker_sid: str
    """The SID of the Worker with the Events to read."""
    workflow_sid: str
    """The SID of the Workflow with the Events to read."""
    task_channel: str
    """The TaskChannel with the Events to read."""
    sid: str
    """The SID of the Event resource to read."""


_CONTEXT_FETCH: Operation[Event] = Operation(
    id="taskrouter.v1.workspaces.events.fetch",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Events/{Sid}",
    spec="taskrouter_v1",
    record=Event,
)


_LIST_LIST: Operation[Event] = Operation(
    id="taskrouter.v1.workspaces.events.list",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Events",
    spec="taskrouter_v1",
    record=Event,
    query={
        "end_date": "EndDate",
        "event_type": "EventType",
        "minutes": "Minutes",
        "reservation_sid": "ReservationSid",
        "start_date": "StartDate",
        "task_queue_sid": "TaskQueueSid",
        "task_sid": "TaskSid",
        "worker_sid": "WorkerSid",
        "workflow_sid": "WorkflowSid",
        "task_channel": "TaskChannel",
        "sid": "Sid",
    },
    paging="meta",
    envelope="events",
)


class EventContext(Resource):
    """One ``Workspaces/WorkspaceSid/Events`` record: sid."""

    _path = "/v1/Workspaces/{WorkspaceSid}/Events/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Event:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class EventList(Resource):
    """``Workspaces/WorkspaceSid/Events`` (call it with a sid)."""

    _path = "/v1/Workspaces/{WorkspaceSid}/Events"

    def __call__(self, sid: str) -> EventContext:
        """The record with this ``sid``."""
        return self._child(EventContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[EventListParams],
    ) -> AsyncIterator[Event]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[EventListParams],
    ) -> Page[Event]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[EventListParams],
    ) -> list[Event]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
