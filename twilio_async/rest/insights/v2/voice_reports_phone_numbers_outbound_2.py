# Generated from specs/twilio-oai/twilio_insights_v2.json by codegen; do not edit.
"""Insights v2: ReportId (Voice/Reports/PhoneNumbers/Outbound/reportId) on insights.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource

__all__ = [
    "CountyCarrierValue",
    "CountyCarrierValueCarriers",
    "OutboundPhoneNumberReport",
    "OutboundPhoneNumberReportAnsweringMachineDetection",
    "OutboundPhoneNumberReportCallStatePercentage",
    "ReportIdList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class CountyCarrierValue(Record):
    """Record ``county_carrier_value`` (every field may be ``None``)."""

    country: str | None = None
    carriers: list[CountyCarrierValueCarriers] | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class CountyCarrierValueCarriers(Record):
    """Record ``CountyCarrierValueCarriers`` (every field may be ``None``)."""

    carrier: str | None = None
    total_calls: int | None = None
    blocked_calls: int | None = None
    blocked_calls_percentage: float | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class OutboundPhoneNumberReport(Record):
    """Record ``insights.v2.outbound_phone_number_report`` (every field may be ``None``)."""

    handle: str | None = None
    total_calls: int | None = None
    call_answer_score: float | None = None
    calls_by_device_type: dict[str, Any] | None = None
    answer_rate_device_type: dict[str, Any] | None = None
    call_state_percentage: OutboundPhoneNumberReportCallStatePercentage | None = None
    blocked_calls_by_carrier: list[CountyCarrierValue] | None = None
    silent_calls_percentage: float | None = None
    short_duration_calls_percentage: float | None = None
    long_duration_calls_percentage: float | None = None
    potential_robocalls_percentage: float | None = None
    answering_machine_detection: OutboundPhoneNumberReportAnsweringMachineDetection | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class OutboundPhoneNumberReportAnsweringMachineDetection(Record):
    """Record ``OutboundPhoneNumberReportAnsweringMachineDetection`` (every field may be ``None``)."""

    total_calls: int | None = None
    answered_by_human_percentage: float | None = None
    answered_by_machine_percentage: float | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class OutboundPhoneNumberReportCallStatePercentage(Record):
    """Record ``OutboundPhoneNumberReportCallStatePercentage`` (every field may be ``None``)."""

    completed: float | None = None
    fail: float | None = None
    busy: float | None = None
    noanswer: float | None = None
    canceled: float | None = None


_LIST_LIST: Operation[OutboundPhoneNumberReport] = Operation(
    id="insights.v2.report_id_.list",
    method="GET",
    product="insights",
    path="/v2/Voice/Reports/PhoneNumbers/Outbound/{reportId}",
    spec="insights_v2",
    record=OutboundPhoneNumberReport,
    paging="meta",
    envelope="reports",
)


class ReportIdList(Resource):
    """``Voice/Reports/PhoneNumbers/Outbound/reportId``."""

    _path = "/v2/Voice/Reports/PhoneNumbers/Outbound/{reportId}"

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[OutboundPhoneNumberReport]:
        """List Outbound Phone Numbers Level Reports. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[OutboundPhoneNumberReport]:
        """List Outbound Phone Numbers Level Reports. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[OutboundPhoneNumberReport]:
        """List Outbound Phone Numbers Level Reports. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
