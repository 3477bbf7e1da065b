# Generated from specs/twilio-oai/twilio_wireless_v1.json by codegen; do not edit.
"""Wireless v1: UsageRecord (UsageRecords) on wireless.twilio.com."""

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

__all__ = ["AccountUsageRecord", "UsageRecordList", "UsageRecordListParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AccountUsageRecord(Record):
    """Record ``wireless.v1.account_usage_record`` (every field may be ``None``)."""

    account_sid: str | None = None
    period: Any | None = None
    commands: Any | None = None
    data: Any | None = None


class UsageRecordListParams(TypedDict, total=False):
    """Keywords of ``wireless.v1.usage_records.list`` (``ListAccountUsageRecord``)."""

    end: datetime | date
    """Only include usage that has occurred on or before this date."""
    start: datetime | date
    """Only include usage that has occurred on or after this date."""
    granularity: str
    """How to summarize the usage by time."""


_LIST_LIST: Operation[AccountUsageRecord] = Operation(
    id="wireless.v1.usage_records.list",
    method="GET",
    product="wireless",
    path="/v1/UsageRecords",
    spec="wireless_v1",
    record=AccountUsageRecord,
    query={
        "end": "End",
        "start": "Start",
        "granularity": "Granularity",
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
    ) -> AsyncIterator[AccountUsageRecord]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[UsageRecordListParams],
    ) -> Page[AccountUsageRecord]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[UsageRecordListParams],
    ) -> list[AccountUsageRecord]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
