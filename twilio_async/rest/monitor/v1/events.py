# Generated from specs/twilio-oai/twilio_monitor_v1.json by codegen; do not edit.
"""Monitor v1: Event (Events) on monitor.twilio.com."""

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
    """Record ``monitor.v1.event`` (every field but ``account_sid``, ``sid``, ``url`` may be ``None``)."""

    account_sid: str
    actor_sid: str | None = None
    actor_type: str | None = None
    description: str | None = None
    event_data: Any | None = None
    event_date: datetime | None = None
    event_type: str | None = None
    resource_sid: str | None = None
    resource_type: str | None = None
    sid: str
    source: str | None = None
    source_ip_address: str | None = None
    url: str
    links: dict[str, Any] | None = None


class EventListParams(TypedDict, total=False):
    """Keywords of ``monitor.v1.events.list`` (``ListEvent``)."""

    actor_sid: str
    """Only include events initiated by this Actor."""
    event_type: str
    """Only include events of this Event Type."""
    resource_sid: str
    """Only include events that refer to this resource."""
    source_ip_address: str
    """Only include events that originated from this IP address."""
    start_date: datetime | date
    """Only include events that occurred on or after this date."""
    end_date: datetime | date
    """Only include events that occurred on or before this date."""


_CONTEXT_FETCH: Operation[Event] = Operation(
    id="monitor.v1.events.fetch",
    method="GET",
    product="monitor",
    path="/v1/Events/{Sid}",
    spec="monitor_v1",
    record=Event,
)


_LIST_LIST: Operation[Event] = Operation(
    id="monitor.v1.events.list",
    method="GET",
    product="monitor",
    path="/v1/Events",
    spec="monitor_v1",
    record=Event,
    query={
        "actor_sid": "ActorSid",
        "event_type": "EventType",
        "resource_sid": "ResourceSid",
        "source_ip_address": "SourceIpAddress",
        "start_date": "StartDate",
        "end_date": "EndDate",
    },
    paging="meta",
    envelope="events",
)


class EventContext(Resource):
    """One ``Events`` record: sid."""

    _path = "/v1/Events/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Event:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class EventList(Resource):
    """``Events`` (call it with a sid)."""

    _path = "/v1/Events"

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
        """Returns a list of events in the account, sorted by event-date. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[EventListParams],
    ) -> Page[Event]:
        """Returns a list of events in the account, sorted by event-date. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[EventListParams],
    ) -> list[Event]:
        """Returns a list of events in the account, sorted by event-date. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
