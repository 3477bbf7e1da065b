# Generated from specs/twilio-oai/twilio_insights_v1.json by codegen; do not edit.
"""Insights v1: CallSummaries (Voice/Summaries) on insights.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "CallSummaries",
    "CallSummariesAnsweredBy",
    "CallSummariesCallState",
    "CallSummariesCallType",
    "CallSummariesList",
    "CallSummariesListParams",
    "CallSummariesProcessingState",
]


class CallSummariesAnsweredBy(OpenEnum):
    """``call_summaries_enum_answered_by``."""

    UNKNOWN = "unknown"
    MACHINE_START = "machine_start"
    MACHINE_END_BEEP = "machine_end_beep"
    MACHINE_END_SILENCE = "machine_end_silence"
    MACHINE_END_OTHER = "machine_end_other"
    HUMAN = "human"
    FAX = "fax"


class CallSummariesCallState(OpenEnum):
    """``call_summaries_enum_call_state``."""

    RINGING = "ringing"
    COMPLETED = "completed"
    BUSY = "busy"
    FAIL = "fail"
    NOANSWER = "noanswer"
    CANCELED = "canceled"
    ANSWERED = "answered"
    UNDIALED = "undialed"


class CallSummariesCallType(OpenEnum):
    """``call_summaries_enum_call_type``."""

    CARRIER = "carrier"
    SIP = "sip"
    TRUNKING = "trunking"
    CLIENT = "client"
    WHATSAPP = "whatsapp"


class CallSummariesProcessingState(OpenEnum):
    """``call_summaries_enum_processing_state``."""

    COMPLETE = "complete"
    PARTIAL = "partial"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class CallSummaries(Record):
    """Record ``insights.v1.call_summaries`` (every field may be ``None``)."""

    account_sid: str | None = None
    call_sid: str | None = None
    answered_by: CallSummariesAnsweredBy | None = None
    call_type: CallSummariesCallType | None = None
    call_state: CallSummariesCallState | None = None
    processing_state: CallSummariesProcessingState | None = None
    created_time: datetime | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    duration: int | None = None
    connect_duration: int | None = None
    from_: Any | None = None
    to: Any | None = None
    carrier_edge: Any | None = None
    client_edge: Any | None = None
    sdk_edge: Any | None = None
    sip_edge: Any | None = None
    tags: list[str] | None = None
    url: str | None = None
    attributes: Any | None = None
    properties: Any | None = None
    trust: Any | None = None
    annotation: Any | None = None


class CallSummariesListParams(TypedDict, total=False):
    """Keywords of ``insights.v1.call_summaries.list`` (``ListCallSummaries``)."""

    from_: str
    """A calling party."""
    to: str
    """A called party."""
    from_carrier: str
    """An origination carrier."""
    to_carrier: str
    """A destination carrier."""
    from_country_code: str
    """A source country code based on phone number in From."""
    to_country_code: str
    """A destination country code."""
    verified_caller: bool
    """A boolean flag indicating whether or not the caller was verified using SHAKEN/STIR.One of 'true' or 'false'."""
    has_tag: bool
    """A boolean flag indicating the presence of one or more Voice Insights Call Tags."""
    start_time: str
    """A Start time of the calls."""
    end_time: str
    """An End Time of the calls."""
    call_type: str
    """A Call Type of the calls."""
    call_state: str
    """A Call State of the calls."""
    direction: str
    """A Direction of the calls."""
    processing_state: str
    """A Processing State of the Call Summaries."""
    sort_by: str
    """A Sort By criterion for the returned list of Call Summaries."""
    subaccount: str
    """A unique SID identifier of a Subaccount."""
    abnormal_session: bool
    """A boolean flag indicating an abnormal session where the last SIP response was not 200 OK."""
    answered_by: str
    """An Answered By value for the calls based on `Answering Machine Detection (AMD)`."""
    answered_by_annotation: str
    """Either machine or human."""
    connectivity_issue_annotation: str
    """A Connectivity Issue with the calls."""
    quality_issue_annotation: str
    """A subjective Quality Issue with the calls."""
    spam_annotation: bool
    """A boolean flag indicating spam calls."""
    call_score_annotation: str
    """A Call Score of the calls."""
    branded_enabled: bool
    """A boolean flag indicating whether or not the calls were branded using Twilio Branded Calls."""
    voice_integrity_enabled: bool
    """A boolean flag indicating whether or not the phone number had voice integrity enabled.One of 'true' or 'false'."""
    branded_bundle_sid: str
    """A unique SID identifier of the Branded Call."""
    branded_logo: bool
    """Indicates whether the branded logo was displayed during the in_brand branded call."""
    branded_type: str
    """Indicates whether the Branded Call is in_band vs out_of_band."""
    branded_use_case: str
    """Specifies the user-defined purpose for the call, as provided during the setup of in_band branded calling."""
    branded_call_reason: str
    """Specifies the user-defined reason for the call, which will be displayed to the end user on their mobile device during an in_band branded call."""
    voice_integrity_bundle_sid: str
    """A unique SID identifier of the Voice Integrity Profile."""
    voice_integrity_use_case: str
    """A Voice Integrity Use Case ."""
    business_profile_identity: str
    """A Business Identity of the calls."""
    business_profile_industry: str
    """A Business Industry of the calls."""
    business_profile_bundle_sid: str
    """A unique SID identifier of the Business Profile."""
    business_profile_type: str
    """A Business Profile Type of the calls."""


_LIST_LIST: Operation[CallSummaries] = Operation(
    id="insights.v1.call_summaries.list",
    method="GET",
    product="insights",
    path="/v1/Voice/Summaries",
    spec="insights_v1",
    record=CallSummaries,
    query={
        "from_": "From",
        "to": "To",
        "from_carrier": "FromCarrier",
        "to_carrier": "ToCarrier",
        "from_country_code": "FromCountryCode",
        "to_country_code": "ToCountryCode",
        "verified_caller": "VerifiedCaller",
        "has_tag": "HasTag",
        "start_time": "StartTime",
        "end_time": "EndTime",
        "call_type": "CallType",
        "call_state": "CallState",
        "direction": "Direction",
        "processing_state": "ProcessingState",
        "sort_by": "SortBy",
        "subaccount": "Subaccount",
        "abnormal_session": "AbnormalSession",
        "answered_by": "AnsweredBy",
        "answered_by_annotation": "AnsweredByAnnotation",
        "connectivity_issue_annotation": "ConnectivityIssueAnnotation",
        "quality_issue_annotation": "QualityIssueAnnotation",
        "spam_annotation": "SpamAnnotation",
        "call_score_annotation": "CallScoreAnnotation",
        "branded_enabled": "BrandedEnabled",
        "voice_integrity_enabled": "VoiceIntegrityEnabled",
        "branded_bundle_sid": "BrandedBundleSid",
        "branded_logo": "BrandedLogo",
        "branded_type": "BrandedType",
        "branded_use_case": "BrandedUseCase",
        "branded_call_reason": "BrandedCallReason",
        "voice_integrity_bundle_sid": "VoiceIntegrityBundleSid",
        "voice_integrity_use_case": "VoiceIntegrityUseCase",
        "business_profile_identity": "BusinessProfileIdentity",
        "business_profile_industry": "BusinessProfileIndustry",
        "business_profile_bundle_sid": "BusinessProfileBundleSid",
        "business_profile_type": "BusinessProfileType",
    },
    paging="meta",
    envelope="call_summaries",
)


class CallSummariesList(Resource):
    """``Voice/Summaries``."""

    _path = "/v1/Voice/Summaries"

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CallSummariesListParams],
    ) -> AsyncIterator[CallSummaries]:
        """Get a list of Call Summaries. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[CallSummariesListParams],
    ) -> Page[CallSummaries]:
        """Get a list of Call Summaries. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CallSummariesListParams],
    ) -> list[CallSummaries]:
        """Get a list of Call Summaries. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
