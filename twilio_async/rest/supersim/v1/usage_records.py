# Generated from specs/twilio-oai/twilio_supersim_v1.json by codegen; do not edit.
"""Supersim v1: UsageRecord (UsageRecords) on supersim.twilio.com."""

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

__all__ = ["UsageRecord", "UsageRecordList", "UsageRecordListParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class UsageRecord(Record):
    """Record ``supersim.v1.usage_record`` (every field may be ``None``)."""

    account_sid: str | None = None
    sim_sid: str | None = None
    network_sid: str | None = None
    fleet_sid: str | None = None
    iso_country: str | None = None
    period: Any | None = None
    data_upload: int | None = None
    data_download: int | None = None
    data_total: int | None = None
    data_total_billed: float | None = None
    billed_unit: str | None = None


class UsageRecordListParams(TypedDict, total=False):
    """Keywords of ``supersim.v1.usage_records.list`` (``ListUsageRecord``)."""

    sim: str
    """SID or unique name of a Sim resource."""
    fleet: str
    """SID or unique name of a Fleet resource."""
    network: str
    """SID of a Network resource."""
    iso_country: str
    """Alpha-2 ISO Country Code."""
    group: str
    """Dimension over which to aggregate usage records."""
    granularity: str
    """Time-based grouping that UsageRecords should be aggregated by."""
    start_time: datetime | date
    """Only include usage that occurred at or after this time, specified in ISO 8601 format."""
    end_time: datetime | date
    """Only include usage that occurred before this time (exclusive), specified in ISO 8601 format."""


_LIST_LIST: Operation[UsageRecord] = Operation(
    id="supersim.v1.usage_records.list",
    method="GET",
    product="supersim",
    path="/v1/UsageRecords",
    spec="supersim_v1",
    record=UsageRecord,
    query={
        "sim": "Sim",
        "fleet": "Fleet",
        "network": "Network",
        "iso_country": "IsoCountry",
        "group": "Group",
        "granularity": "Granularity",
        "start_time": "StartTime",
        "end_time": "EndTime",
    },
    paging="meta",
    envelope="usage_records",
)


class UsageRecordList(Resource):
    """``UsageRecords``."""

    _path = "/v1/UsageRecords"

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[UsageRecordListParams],
    ) -> AsyncIterator[UsageRecord]:
        """List UsageRecords. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[UsageRecordListParams],
    ) -> Page[UsageRecord]:
        """List UsageRecords. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[UsageRecordListParams],
    ) -> list[UsageRecord]:
        """List UsageRecords. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
