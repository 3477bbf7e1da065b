# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Record (Accounts/AccountSid/Usage/Records) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010.accounts_usage_records_all_time import AllTimeList
    from twilio_async.rest.api.v2010.accounts_usage_records_daily import DailyList
    from twilio_async.rest.api.v2010.accounts_usage_records_last_month import LastMonthList
    from twilio_async.rest.api.v2010.accounts_usage_records_monthly import MonthlyList
    from twilio_async.rest.api.v2010.accounts_usage_records_this_month import ThisMonthList
    from twilio_async.rest.api.v2010.accounts_usage_records_today import TodayList
    from twilio_async.rest.api.v2010.accounts_usage_records_yearly import YearlyList
    from twilio_async.rest.api.v2010.accounts_usage_records_yesterday import YesterdayList

__all__ = ["RecordList", "RecordListParams", "UsageRecord"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class UsageRecord(Record):
    """Record ``api.v2010.account.usage.usage_record`` (every field may be ``None``)."""

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


class RecordListParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.usage.records.list`` (``ListUsageRecord``)."""

    category: str
    """The usage category of the UsageRecord resources to read."""
    start_date: date
    """Only include usage that has occurred on or after this date."""
    end_date: date
    """Only include usage that occurred on or before this date."""
    include_subaccounts: bool
    """Whether to include usage from the master account and all its subaccounts."""


_LIST_LIST: Operation[UsageRecord] = Operation(
    id="api.v2010.accounts.usage.records.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Usage/Records.json",
    spec="api_v2010",
    record=UsageRecord,
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


class RecordList(Resource):
    """``Accounts/AccountSid/Usage/Records``."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Usage/Records.json"

    @property
    def all_time(self) -> AllTimeList:
        """``Accounts/AccountSid/Usage/Records/AllTime``."""
        from twilio_async.rest.api.v2010.accounts_usage_records_all_time import AllTimeList

        return self._child(AllTimeList)

    @property
    def daily(self) -> DailyList:
        """``Accounts/AccountSid/Usage/Records/Daily``."""
        from twilio_async.rest.api.v2010.accounts_usage_records_daily import DailyList

        return self._child(DailyList)

    @property
    def last_month(self) -> LastMonthList:
        """``Accounts/AccountSid/Usage/Records/LastMonth``."""
        from twilio_async.rest.api.v2010.accounts_usage_records_last_month import LastMonthList

        return self._child(LastMonthList)

    @property
    def monthly(self) -> MonthlyList:
        """``Accounts/AccountSid/Usage/Records/Monthly``."""
        from twilio_async.rest.api.v2010.accounts_usage_records_monthly import MonthlyList

        return self._child(MonthlyList)

    @property
    def this_month(self) -> ThisMonthList:
        """``Accounts/AccountSid/Usage/Records/ThisMonth``."""
        from twilio_async.rest.api.v2010.accounts_usage_records_this_month import ThisMonthList

        return self._child(ThisMonthList)

    @property
    def today(self) -> TodayList:
        """``Accounts/AccountSid/Usage/Records/Today``."""
        from twilio_async.rest.api.v2010.accounts_usage_records_today import TodayList

        return self._child(TodayList)

    @property
    def yearly(self) -> YearlyList:
        """``Accounts/AccountSid/Usage/Records/Yearly``."""
        from twilio_async.rest.api.v2010.accounts_usage_records_yearly import YearlyList

        return self._child(YearlyList)

    @property
    def yesterday(self) -> YesterdayList:
        """``Accounts/AccountSid/Usage/Records/Yesterday``."""
        from twilio_async.rest.api.v2010.accounts_usage_records_yesterday import YesterdayList

        return self._child(YesterdayList)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[RecordListParams],
    ) -> AsyncIterator[UsageRecord]:
        """Retrieve a list of usage-records belonging to the account used to make the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[RecordListParams],
    ) -> Page[UsageRecord]:
        """Retrieve a list of usage-records belonging to the account used to make the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[RecordListParams],
    ) -> list[UsageRecord]:
        """Retrieve a list of usage-records belonging to the account used to make the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
