# Generated from specs/twilio-oai/twilio_lookups_v2.json by codegen; do not edit.
"""Lookups v2: Query (batch/query) on lookups.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "CallForwardingInfo",
    "CallerNameInfo",
    "IdentityMatchInfo",
    "LineStatusInfo",
    "LineTypeIntelligenceInfo",
    "LookupBatchResponse",
    "QueryCreateParams",
    "QueryList",
    "QueryResult",
    "ReassignedNumberInfo",
    "SimSwapInfo",
    "SmsPumpingRiskInfo",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class CallForwardingInfo(Record):
    """Record ``CallForwardingInfo`` (every field may be ``None``)."""

    call_forwarding_enabled: bool | None = None
    error_code: int | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class CallerNameInfo(Record):
    """Record ``CallerNameInfo`` (every field may be ``None``)."""

    caller_name: str | None = None
    caller_type: str | None = None
    error_code: int | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class IdentityMatchInfo(Record):
    """Record ``IdentityMatchInfo`` (every field may be ``None``)."""

    first_name_match: str | None = None
    last_name_match: str | None = None
    address_lines_match: str | None = None
    city_match: str | None = None
    state_match: str | None = None
    postal_code_match: str | None = None
    address_country_match: str | None = None
    national_id_match: str | None = None
    date_of_birth_match: str | None = None
    summary_score: int | None = None
    error_code: int | None = None
    error_message: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class LineStatusInfo(Record):
    """Record ``LineStatusInfo`` (every field may be ``None``)."""

    status: str | None = None
    error_code: int | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class LineTypeIntelligenceInfo(Record):
    """Record ``LineTypeIntelligenceInfo`` (every field may be ``None``)."""

    mobile_country_code: str | None = None
    mobile_network_code: str | None = None
    carrier_name: str | None = None
    type: str | None = None
    error_code: int | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class LookupBatchResponse(Record):
    """Record ``LookupBatchResponse`` (every field may be ``None``)."""

    correlation_id: str | None = None
    twilio_error_code: int | None = None
    calling_country_code: str | None = None
    country_code: str | None = None
    phone_number: str | None = None
    national_format: str | None = None
    valid: bool | None = None
    validation_errors: list[str] | None = None
    caller_name: CallerNameInfo | None = None
    sim_swap: SimSwapInfo | None = None
    call_forwarding: CallForwardingInfo | None = None
    line_type_intelligence: LineTypeIntelligenceInfo | None = None
    line_status: LineStatusInfo | None = None
    identity_match: IdentityMatchInfo | None = None
    reassigned_number: ReassignedNumberInfo | None = None
    sms_pumping_risk: SmsPumpingRiskInfo | None = None
    phone_number_quality_score: Any | None = None
    pre_fill: Any | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class QueryResult(Record):
    """Record ``Query`` (every field may be ``None``)."""

    phone_numbers: list[LookupBatchResponse] | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ReassignedNumberInfo(Record):
    """Record ``ReassignedNumberInfo`` (every field may be ``None``)."""

    last_verified_date: str | None = None
    is_number_reassigned: str | None = None
    error_code: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SimSwapInfo(Record):
    """Record ``SimSwapInfo`` (every field may be ``None``)."""

    last_sim_swap: Any | None = None
    carrier_name: str | None = None
    mobile_country_code: str | None = None
    mobile_network_code: str | None = None
    error_code: int | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SmsPumpingRiskInfo(Record):
    """Record ``SmsPumpingRiskInfo`` (every field may be ``None``)."""

    carrier_risk_category: str | None = None
    number_blocked: bool | None = None
    number_blocked_date: datetime | None = None
    number_blocked_last_3_months: bool | None = None
    sms_pumping_risk_score: int | None = None
    error_code: int | None = None


class QueryCreateParams(TypedDict, total=False):
    """Keywords of ``lookups.v2.query.create`` (``CreateBulkLookup``)."""

    lookup_request: Mapping[str, Any]
    """JSON body."""


_LIST_CREATE: Operation[QueryResult] = Operation(
    id="lookups.v2.query.create",
    method="POST",
    product="lookups",
    path="/v2/batch/query",
    spec="lookups_v2",
    record=QueryResult,
    body="lookup_request",
)


class QueryList(CreateMany[QueryCreateParams, QueryResult], Resource):
    """``batch/query``."""

    _path = "/v2/batch/query"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[QueryCreateParams]) -> QueryResult:
        """In Request Bulk."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
