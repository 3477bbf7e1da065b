# Generated from specs/twilio-oai/twilio_events_v1.json by codegen; do not edit.
"""Events v1: EventType (Types) on events.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["EventType", "EventTypeContext", "EventTypeList", "EventTypeListParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class EventType(Record):
    """Record ``events.v1.event_type`` (every field but ``type``, ``date_created``, ``url`` may be ``None``)."""

    type: str
    schema_id: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    description: str | None = None
    status: str | None = None
    documentation_url: str | None = None
    url: str
    links: dict[str, Any] | None = None


class EventTypeListParams(TypedDict, total=False):
    """Keywords of ``events.v1.event_types.list`` (``ListEventType``)."""

    schema_id: str
    """A string parameter filtering the results to return only the Event Types using a given schema."""


_LIST_LIST: Operation[EventType] = Operation(
    id="events.v1.event_types.list",
    method="GET",
    product="events",
    path="/v1/Types",
    spec="events_v1",
    record=EventType,
    query={
        "schema_id": "SchemaId",
    },
    paging="meta",
    envelope="types",
)


_CONTEXT_FETCH: Operation[EventType] = Operation(
    id="events.v1.event_types.fetch",
    method="GET",
    product="events",
    path="/v1/Types/{Type}",
    spec="events_v1",
    record=EventType,
)


class EventTypeContext(Resource):
    """One ``Types`` record: type."""

    _path = "/v1/Types/{Type}"

    @property
    def type(self) -> str:
        """The ``type`` this context points at."""
        return self._values[0]

    async def fetch(self) -> EventType:
        """Fetch a specific Event Type."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class EventTypeList(Resource):
    """``Types`` (call it with a type)."""

    _path = "/v1/Types"

    def __call__(self, type: str) -> EventTypeContext:
        """The record with this ``type``."""
        return self._child(EventTypeContext, type=type)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[EventTypeListParams],
    ) -> AsyncIterator[EventType]:
        """Retrieve a paginated list of all the available Event Types. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[EventTypeListParams],
    ) -> Page[EventType]:
        """Retrieve a paginated list of all the available Event Types. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[EventTypeListParams],
    ) -> list[EventType]:
        """Retrieve a paginated list of all the available Event Types. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
