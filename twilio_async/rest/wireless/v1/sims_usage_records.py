# Generated from specs/twilio-oai/twilio_wireless_v1.json by codegen; do not edit.
"""Wireless v1: UsageRecord (Sims/SimSid/UsageRecords) on wireless.twilio.com."""

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
    """Record ``wireless.v1.sim.usage_record`` (every field may be ``None``)."""

    sim_sid: str | None = None
    account_sid: str | None = None
    period: Any | None = None
    commands: Any | None = None
    data: Any | None = None


class UsageRecordListParams(TypedDict, total=False):
    """Keywords of ``wireless.v1.sims.usage_records.list`` (``ListUsageRecord``)."""

    end: datetime | date
    """Only include usage that occurred on or before this date, specified in ISO 8601."""
    start: datetime | date
    """Only include usage that has occurred on or after this date, specified in ISO 8601."""
    granularity: str
    """How to summarize the usage by time."""


_LIST_LIST: Operation[UsageRecord] = Operation(
    id="wireless.v1.sims.usage_records.list",
    method="GET",
    product="wireless",
    path="/v1/Sims/{SimSid}/UsageRecords",
    spec="wireless_v1",
    record=UsageRecord,
    query={
        "end": "End",
        "start": "Start",
        "granularity": "Granularity",
    },
    paging="meta",
    envelope="usage_records",
)


class UsageRecordList(Resource):
    """``Sims/SimSid/UsageRecords``."""

    _path = "/v1/Sims/{SimSid}/UsageRecords"

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[UsageRecordListParams],
    ) -> AsyncIterator[UsageRecord]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[UsageRecordListParams],
    ) -> Page[UsageRecord]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[UsageRecordListParams],
    ) -> list[UsageRecord]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
