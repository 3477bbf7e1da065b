# Generated from specs/twilio-oai/twilio_insights_v2.json by codegen; do not edit.
"""Insights v2: Report (Voice/Reports) on insights.twilio.com."""

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
    "AccountReport",
    "AccountReportRecord",
    "AccountReportRecordAnsweringMachineDetection",
    "AccountReportRecordCallDirection",
    "AccountReportRecordCallState",
    "AccountReportRecordCallType",
    "AccountReportRecordKYT",
    "AccountReportRecordKYTOutboundCarrierCalling",
    "AccountReportRecordNetworkIssues",
    "AccountReportRecordNetworkIssuesSdk",
    "AccountReportRecordNetworkIssuesTwilioGateway",
    "BrandedCalling",
    "BrandedUseCaseDetail",
    "CountyCarrierValue",
    "CountyCarrierValueCarriers",
    "CreateReportResponse",
    "ReportContext",
    "ReportCreateParams",
    "ReportFilter",
    "ReportList",
    "ReportMetadata",
    "ReportStatus",
    "StirShaken",
    "StirShakenAnswerRate",
    "StirShakenCallCount",
    "StirShakenPercentage",
    "VoiceIntegrity",
    "VoiceIntegrityCallsPerBundle",
]


class ReportStatus(OpenEnum):
    """``report_status``."""

    CREATED = "created"
    RUNNING = "running"
    COMPLETED = "completed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AccountReport(Record):
    """Record ``insights.v2.account_report`` (every field but ``account_sid``, ``report_id``, ``url`` may be ``None``)."""

    account_sid: str
    report_id: str
    status: ReportStatus | None = None
    request_meta: ReportMetadata | None = None
    report: AccountReportRecord | None = None
    url: str


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AccountReportRecord(Record):
    """Record ``account_report`` (every field may be ``None``)."""

    call_deliverability_score: float | None = None
    call_answer_score: float | None = None
    total_calls: int | None = None
    call_direction: AccountReportRecordCallDirection | None = None
    call_state: AccountReportRecordCallState | None = None
    call_type: AccountReportRecordCallType | None = None
    aloc: float | None = None
    twilio_edge_location: dict[str, Any] | None = None
    caller_country_code: dict[str, Any] | None = None
    callee_country_code: dict[str, Any] | None = None
    average_queue_time_ms: float | None = None
    silent_calls_percentage: float | None = None
    network_issues: AccountReportRecordNetworkIssues | None = None
    kyt: AccountReportRecordKYT | None = attrs.field(default=None, metadata={"json": "KYT"})
    answering_machine_detection: AccountReportRecordAnsweringMachineDetection | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AccountReportRecordAnsweringMachineDetection(Record):
    """Record ``AccountReportRecordAnsweringMachineDetection`` (every field may be ``None``)."""

    total_calls: int | None = None
    answered_by_human_percentage: float | None = None
    answered_by_machine_percentage: float | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AccountReportRecordCallDirection(Record):
    """Record ``AccountReportRecordCallDirection`` (every field may be ``None``)."""

    outbound: int | None = None
    inbound: int | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AccountReportRecordCallState(Record):
    """Record ``AccountReportRecordCallState`` (every field may be ``None``)."""

    completed: int | None = None
    fail: int | None = None
    busy: int | None = None
    noanswer: int | None = None
    canceled: int | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AccountReportRecordCallType(Record):
    """Record ``AccountReportRecordCallType`` (every field may be ``None``)."""

    carrier: int | None = None
    sip: int | None = None
    trunking: int | None = None
    client: int | None = None
    whatsapp: int | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AccountReportRecordKYT(Record):
    """Record ``AccountReportRecordKYT`` (every field may be ``None``)."""

    outbound_carrier_calling: AccountReportRecordKYTOutboundCarrierCalling | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AccountReportRecordKYTOutboundCarrierCalling(Record):
    """Record ``AccountReportRecordKYTOutboundCarrierCalling`` (every field may be ``None``)."""

    unique_calling_numbers: int | None = None
    unique_called_numbers: int | None = None
    blocked_calls_by_carrier: list[CountyCarrierValue] | None = None
    short_duration_calls_percentage: float | None = None
    long_duration_calls_percentage: float | None = None
    potential_robocalls_percentage: float | None = None
    branded_calling: BrandedCalling | None = None
    voice_integrity: VoiceIntegrity | None = None
    stir_shaken: StirShaken | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AccountReportRecordNetworkIssues(Record):
    """Record ``AccountReportRecordNetworkIssues`` (every field may be ``None``)."""

    sdk: AccountReportRecordNetworkIssuesSdk | None = None
    twilio_gateway: AccountReportRecordNetworkIssuesTwilioGateway | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AccountReportRecordNetworkIssuesSdk(Record):
    """Record ``AccountReportRecordNetworkIssuesSdk`` (every field may be ``None``)."""

    ice_failures_percentage: float | None = None
    high_latency_percentage: float | None = None
    high_packet_loss_percentage: float | None = None
    high_jitter_percentage: float | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AccountReportRecordNetworkIssuesTwilioGateway(Record):
    """Record ``AccountReportRecordNetworkIssuesTwilioGateway`` (every field may be ``None``)."""

    high_latency_percentage: float | None = None
    high_packet_loss_percentage: float | None = None
    high_jitter_percentage: float | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class BrandedCalling(Record):
    """Record ``branded_calling`` (every field may be ``None``)."""

    total_branded_calls: int | None = None
    percent_branded_calls: float | None = None
    answer_rate: float | None = None
    human_answer_rate: float | None = None
    engagement_rate: float | None = None
    by_use_case: list[BrandedUseCaseDetail] | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class BrandedUseCaseDetail(Record):
    """Record ``branded_use_case_detail`` (every field may be ``None``)."""

    use_case: str | None = None
    enabled_phonenumbers: int | None = None
    total_calls: int | None = None
    answer_rate: float | None = None
    human_answer_rate: float | None = None
    engagement_rate: float | None = None


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


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class StirShaken(Record):
    """Record ``stir_shaken`` (every field may be ``None``)."""

    call_count: StirShakenCallCount | None = None
    percentage: StirShakenPercentage | None = None
    answer_rate: StirShakenAnswerRate | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class StirShakenAnswerRate(Record):
    """Record ``StirShakenAnswerRate`` (every field may be ``None``)."""

    stsh_a: float | None = None
    stsh_b: float | None = None
    stsh_c: float | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class StirShakenCallCount(Record):
    """Record ``StirShakenCallCount`` (every field may be ``None``)."""

    stsh_a: int | None = None
    stsh_b: int | None = None
    stsh_c: int | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class StirShakenPercentage(Record):
    """Record ``StirShakenPercentage`` (every field may be ``None``)."""

    stsh_a: float | None = None
    stsh_b: float | None = None
    stsh_c: float | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class VoiceIntegrity(Record):
    """Record ``voice_integrity`` (every field may be ``None``)."""

    enabled_calls: int | None = None
    enabled_percentage: float | None = None
    calls_per_bundle: list[VoiceIntegrityCallsPerBundle] | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class VoiceIntegrityCallsPerBundle(Record):
    """Record ``voice_integrity_calls_per_bundle`` (every field may be ``None``)."""

    bundle_sid: str | None = None
    enabled_phonenumbers: int | None = None
    total_calls: int | None = None
    answer_rate: float | None = None
    human_answer_rate: float | None = None


class ReportCreateParams(TypedDict, total=False):
    """Keywords of ``insights.v2.reports.create`` (``CreateAccountReport``)."""

    insights_v2_create_account_report_request: Mapping[str, Any]
    """JSON body."""


_CONTEXT_CREATE: Operation[CreateReportResponse] = Operation(
    id="insights.v2.reports.create",
    method="POST",
    product="insights",
    path="/v2/Voice/Reports",
    spec="insights_v2",
    record=CreateReportResponse,
    body="insights_v2_create_account_report_request",
)


_CONTEXT_FETCH: Operation[AccountReport] = Operation(
    id="insights.v2.reports.fetch",
    method="GET",
    product="insights",
    path="/v2/Voice/Reports/{reportId}",
    spec="insights_v2",
    record=AccountReport,
)


class ReportContext(Resource):
    """One ``Voice/Reports`` record: report_id."""

    _path = "/v2/Voice/Reports/{reportId}"

    @property
    def report_id(self) -> str:
        """The ``report_id`` this context points at."""
        return self._values[0]

    async def create(self, **params: Unpack[ReportCreateParams]) -> CreateReportResponse:
        """Create Account Level Report."""
        return await self._call(_CONTEXT_CREATE, params)

    create_with_http_info = with_http_info(_CONTEXT_CREATE, create)

    async def fetch(self) -> AccountReport:
        """Fetch Voice Insights Account Level Report."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class ReportList(Resource):
    """``Voice/Reports`` (call it with a report_id)."""

    def __call__(self, report_id: str) -> ReportContext:
        """The record with this ``report_id``."""
        return self._child(ReportContext, report_id=report_id)
