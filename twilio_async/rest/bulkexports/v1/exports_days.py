# Generated from specs/twilio-oai/twilio_bulkexports_v1.json by codegen; do not edit.
"""Bulkexports v1: Day (Exports/ResourceType/Days) on bulkexports.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator

import attrs

from twilio_async._operation import Operation, Redirect
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["Day", "DayContext", "DayList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Day(Record):
    """Record ``bulkexports.v1.export.day`` (every field may be ``None``)."""

    day: str | None = None
    size: int | None = None
    create_date: str | None = None
    friendly_name: str | None = None
    resource_type: str | None = None


_CONTEXT_FETCH: Operation[Redirect] = Operation(
    id="bulkexports.v1.exports.days.fetch",
    method="GET",
    product="bulkexports",
    path="/v1/Exports/{ResourceType}/Days/{Day}",
    spec="bulkexports_v1",
    record=Redirect,
)


_LIST_LIST: Operation[Day] = Operation(
    id="bulkexports.v1.exports.days.list",
    method="GET",
    product="bulkexports",
    path="/v1/Exports/{ResourceType}/Days",
    spec="bulkexports_v1",
    record=Day,
    paging="meta",
    envelope="days",
    max_page_size=400,
)


class DayContext(Resource):
    """One ``Exports/ResourceType/Days`` record: day."""

    _path = "/v1/Exports/{ResourceType}/Days/{Day}"

    @property
    def day(self) -> str:
        """The ``day`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Redirect:
        """Fetch a specific Day."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class DayList(Resource):
    """``Exports/ResourceType/Days`` (call it with a day)."""

    _path = "/v1/Exports/{ResourceType}/Days"

    def __call__(self, day: str) -> DayContext:
        """The record with this ``day``."""
        return self._child(DayContext, day=day)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Day]:
        """Retrieve a list of all Days for a resource. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Day]:
        """Retrieve a list of all Days for a resource. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(self, *, limit: int | None = None, page_size: int | None = None) -> list[Day]:
        """Retrieve a list of all Days for a resource. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
