# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: AllTime (Accounts/AccountSid/Usage/Records/AllTime) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource
from twilio_async._typing import TypedDict, Unpack

__all__ = ["AllTimeList", "AllTimeListParams", "UsageRecordAllTime"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class UsageRecordAllTime(Record):
    """Record ``api.v2010.account.usage.usage_record.usage_record_all_time`` (every field may be ``None``)."""

    account_sid: str | None = None
    api_version: str | None = None
    as_of: str | None = None
    category: str | None = None
    count: str | None = None
    count_unit: str | None = None
    description: str | None = None
    end_date: date | None = None
    price: Decimal | None = None
    price_unit: str | None = None
    start_date: date | None = None
    subresource_uris: dict[str, Any] | None = None
    uri: str | None = None
    usage: str | None = None
    usage_unit: str | None = None


class AllTimeListParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.usage.records.all_time.list`` (``ListUsageRecordAllTime``)."""

    category: str
    """The usage category of the UsageRecord resources to read."""
    start_date: date
    """Only include usage that has occurred on or after this date."""
    end_date: date
    """Only include usage that occurred on or before this date."""
    include_subaccounts: bool
    """Whether to include usage from the master account and all its subaccounts."""


_LIST_LIST: Operation[UsageRecordAllTime] = Operation(
    id="api.v2010.accounts.usage.records.all_time.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Usage/Records/AllTime.json",
    spec="api_v2010",
    record=UsageRecordAllTime,
    query={
        "category": "Category",
        "start_date": "StartDate",
        "end_date": "EndDate",
        "include_subaccounts": "IncludeSubaccounts",
    },
    encode={
        "start_date": "date",
        "end_date": "date",
    },
    paging="v2010",
    envelope="usage_records",
)


class AllTimeList(Resource):
    """``Accounts/AccountSid/Usage/Records/AllTime``."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Usage/Records/AllTime.json"

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[AllTimeListParams],
    ) -> AsyncIterator[UsageRecordAllTime]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[AllTimeListParams],
    ) -> Page[UsageRecordAllTime]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[AllTimeListParams],
    ) -> list[UsageRecordAllTime]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
