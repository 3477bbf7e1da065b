# Generated from specs/twilio-oai/twilio_insights_v2.json by codegen; do not edit.
"""Insights v2: ReportId (Voice/Reports/PhoneNumbers/Inbound/reportId) on insights.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource

__all__ = [
    "InboundPhoneNumberReport",
    "InboundPhoneNumberReportCallStatePercentage",
    "ReportIdList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class InboundPhoneNumberReport(Record):
    """Record ``insights.v2.inbound_phone_number_report`` (every field may be ``None``)."""

    handle: str | None = None
    total_calls: int | None = None
    call_answer_score: float | None = None
    call_state_percentage: InboundPhoneNumberReportCallStatePercentage | None = None
    silent_calls_percentage: float | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class InboundPhoneNumberReportCallStatePercentage(Record):
    """Record ``InboundPhoneNumberReportCallStatePercentage`` (every field may be ``None``)."""

    completed: float | None = None
    fail: float | None = None
    busy: float | None = None
    noanswer: float | None = None
    canceled: float | None = None


_LIST_LIST: Operation[InboundPhoneNumberReport] = Operation(
    id="insights.v2.report_id.list",
    method="GET",
    product="insights",
    path="/v2/Voice/Reports/PhoneNumbers/Inbound/{reportId}",
    spec="insights_v2",
    record=InboundPhoneNumberReport,
    paging="meta",
    envelope="reports",
)


class ReportIdList(Resource):
    """``Voice/Reports/PhoneNumbers/Inbound/reportId``."""

    _path = "/v2/Voice/Reports/PhoneNumbers/Inbound/{reportId}"

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[InboundPhoneNumberReport]:
        """List Inbound Phone Numbers Level Reports. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[InboundPhoneNumberReport]:
        """List Inbound Phone Numbers Level Reports. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[InboundPhoneNumberReport]:
        """List Inbound Phone Numbers Level Reports. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
