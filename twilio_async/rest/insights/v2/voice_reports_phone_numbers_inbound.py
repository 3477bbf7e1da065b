# Generated from specs/twilio-oai/twilio_insights_v2.json by codegen; do not edit.
"""Insights v2: Inbound (Voice/Reports/PhoneNumbers/Inbound) on insights.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "CreateReportResponse",
    "InboundContext",
    "InboundCreateParams",
    "InboundList",
    "ReportFilter",
    "ReportMetadata",
    "ReportStatus",
]


class ReportStatus(OpenEnum):
    """``report_status``."""

    CREATED = "created"
    RUNNING = "running"
    COMPLETED = "completed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class CreateReportResponse(Record):
    """Record ``insights.v2.create_report_response`` (every field but ``account_sid``, ``url`` may be ``None``)."""

    account_sid: str
    report_id: str | None = None
    status: ReportStatus | None = None
    request_meta: ReportMetadata | None = None
    url: str


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ReportFilter(Record):
    """Record ``report_filter`` (every field may be ``None``)."""

    key: str | None = None
    values: list[str] | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ReportMetadata(Record):
    """Record ``report_metadata`` (every field may be ``None``)."""

    start_datetime: datetime | None = None
    end_datetime: datetime | None = None
    filters: list[ReportFilter] | None = None


class InboundCreateParams(TypedDict, total=False):
    """Keywords of ``insights.v2.inbound.create`` (``CreateInboundPhoneNumbersReport``)."""

    insights_v2_create_phone_numbers_report_request: Mapping[str, Any]
    """JSON body."""


_CONTEXT_CREATE: Operation[CreateReportResponse] = Operation(
    id="insights.v2.inbound.create",
    method="POST",
    product="insights",
    path="/v2/Voice/Reports/PhoneNumbers/Inbound",
    spec="insights_v2",
    record=CreateReportResponse,
    body="insights_v2_create_phone_numbers_report_request",
)


class InboundContext(Resource):
    """One ``Voice/Reports/PhoneNumbers/Inbound`` record."""

    _path = "/v2/Voice/Reports/PhoneNumbers/Inbound"

    async def create(self, **params: Unpack[InboundCreateParams]) -> CreateReportResponse:
        """Create Inbound Phone Numbers Level Report."""
        return await self._call(_CONTEXT_CREATE, params)

    create_with_http_info = with_http_info(_CONTEXT_CREATE, create)


class InboundList(Resource):
    """``Voice/Reports/PhoneNumbers/Inbound``."""

    def __call__(self) -> InboundContext:
        """The one record of this resource."""
        return self._child(InboundContext)
