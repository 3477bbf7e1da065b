# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: VerificationAttemptsSummary (Attempts/Summary) on verify.twilio.com."""

from __future__ import annotations

from datetime import date, datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "VerificationAttemptsSummary",
    "VerificationAttemptsSummaryContext",
    "VerificationAttemptsSummaryFetchParams",
    "VerificationAttemptsSummaryList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class VerificationAttemptsSummary(Record):
    """Record ``verify.v2.verification_attempts_summary`` (every field but ``url`` may be ``None``)."""

    total_attempts: int | None = None
    total_converted: int | None = None
    total_unconverted: int | None = None
    conversion_rate_percentage: str | None = None
    url: str


class VerificationAttemptsSummaryFetchParams(TypedDict, total=False):
    """Keywords of ``verify.v2.verification_attempts_summary.fetch`` (``FetchVerificationAttemptsSummary``)."""

    verify_service_sid: str
    """Filter used to consider only Verification Attempts of the given verify service on the summary aggregation."""
    date_created_after: datetime | date
    """Datetime filter used to consider only Verification Attempts created after this datetime on the summary aggregation."""
    date_created_before: datetime | date
    """Datetime filter used to consider only Verification Attempts created before this datetime on the summary aggregation."""
    country: str
    """Filter used to consider only Verification Attempts sent to the specified destination country on the summary aggregation."""
    channel: str
    """Filter Verification Attempts considered on the summary aggregation by communication channel."""
    destination_prefix: str
    """Filter the Verification Attempts considered on the summary aggregation by Destination prefix."""


_CONTEXT_FETCH: Operation[VerificationAttemptsSummary] = Operation(
    id="verify.v2.verification_attempts_summary.fetch",
    method="GET",
    product="verify",
    path="/v2/Attempts/Summary",
    spec="verify_v2",
    record=VerificationAttemptsSummary,
    query={
        "verify_service_sid": "VerifyServiceSid",
        "date_created_after": "DateCreatedAfter",
        "date_created_before": "DateCreatedBefore",
        "country": "Country",
        "channel": "Channel",
        "destination_prefix": "DestinationPrefix",
    },
)


class VerificationAttemptsSummaryContext(Resource):
    """One ``Attempts/Summary`` record."""

    _path = "/v2/Attempts/Summary"

    async def fetch(
        self, **params: Unpack[VerificationAttemptsSummaryFetchParams]
    ) -> VerificationAttemptsSummary:
        """Get a summary of how many attempts were made and how many were converted."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class VerificationAttemptsSummaryList(Resource):
    """``Attempts/Summary``."""

    def __call__(self) -> VerificationAttemptsSummaryContext:
        """The one record of this resource."""
        return self._child(VerificationAttemptsSummaryContext)
