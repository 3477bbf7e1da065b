# Generated from specs/twilio-oai/twilio_insights_v1.json by codegen; do not edit.
"""Insights v1: CallSummary (Voice/CallSid/Summary) on insights.twilio.com."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "CallSummaryContext",
    "CallSummaryFetchParams",
    "CallSummaryList",
    "Summary",
    "SummaryAnsweredBy",
    "SummaryCallState",
    "SummaryCallType",
    "SummaryProcessingState",
]


class SummaryAnsweredBy(OpenEnum):
    """``summary_enum_answered_by``."""

    UNKNOWN = "unknown"
    MACHINE_START = "machine_start"
    MACHINE_END_BEEP = "machine_end_beep"
    MACHINE_END_SILENCE = "machine_end_silence"
    MACHINE_END_OTHER = "machine_end_other"
    HUMAN = "human"
    FAX = "fax"


class SummaryCallState(OpenEnum):
    """``summary_enum_call_state``."""

    RINGING = "ringing"
    COMPLETED = "completed"
    BUSY = "busy"
    FAIL = "fail"
    NOANSWER = "noanswer"
    CANCELED = "canceled"
    ANSWERED = "answered"
    UNDIALED = "undialed"


class SummaryCallType(OpenEnum):
    """``summary_enum_call_type``."""

    CARRIER = "carrier"
    SIP = "sip"
    TRUNKING = "trunking"
    CLIENT = "client"
    WHATSAPP = "whatsapp"


class SummaryProcessingState(OpenEnum):
    """``summary_enum_processing_state``."""

    COMPLETE = "complete"
    PARTIAL = "partial"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Summary(Record):
    """Record ``insights.v1.call.summary`` (every field but ``account_sid``, ``call_sid``, ``url`` may be ``None``)."""

    account_sid: str
    call_sid: str
    call_type: SummaryCallType | None = None
    call_state: SummaryCallState | None = None
    answered_by: SummaryAnsweredBy | None = None
    processing_state: SummaryProcessingState | None = None
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
    url: str
    attributes: Any | None = None
    properties: Any | None = None
    trust: Any | None = None
    annotation: Any | None = None


class CallSummaryFetchParams(TypedDict, total=False):
    """Keywords of ``insights.v1.calls.summary.fetch`` (``FetchSummary``)."""

    processing_state: str
    """The Processing State of this Call Summary."""


_CONTEXT_FETCH: Operation[Summary] = Operation(
    id="insights.v1.calls.summary.fetch",
    method="GET",
    product="insights",
    path="/v1/Voice/{CallSid}/Summary",
    spec="insights_v1",
    record=Summary,
    query={
        "processing_state": "ProcessingState",
    },
)


class CallSummaryContext(Resource):
    """One ``Voice/CallSid/Summary`` record."""

    _path = "/v1/Voice/{CallSid}/Summary"

    async def fetch(self, **params: Unpack[CallSummaryFetchParams]) -> Summary:
        """Get a specific Call Summary."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class CallSummaryList(Resource):
    """``Voice/CallSid/Summary``."""

    def __call__(self) -> CallSummaryContext:
        """The one record of this resource."""
        return self._child(CallSummaryContext)
