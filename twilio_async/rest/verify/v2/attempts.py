# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: VerificationAttempt (Attempts) on verify.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "VerificationAttempt",
    "VerificationAttemptChannels",
    "VerificationAttemptContext",
    "VerificationAttemptConversionStatus",
    "VerificationAttemptList",
    "VerificationAttemptListParams",
]


class VerificationAttemptChannels(OpenEnum):
    """``verification_attempt_enum_channels``."""

    SMS = "sms"
    CALL = "call"
    EMAIL = "email"
    WHATSAPP = "whatsapp"
    RBM = "rbm"


class VerificationAttemptConversionStatus(OpenEnum):
    """``verification_attempt_enum_conversion_status``."""

    CONVERTED = "converted"
    UNCONVERTED = "unconverted"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class VerificationAttempt(Record):
    """Record ``verify.v2.verification_attempt`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str | None = None
    verification_sid: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    conversion_status: VerificationAttemptConversionStatus | None = None
    channel: VerificationAttemptChannels | None = None
    price: Any | None = None
    channel_data: Any | None = None
    url: str


class VerificationAttemptListParams(TypedDict, total=False):
    """Keywords of ``verify.v2.verification_attempts.list`` (``ListVerificationAttempt``)."""

    date_created_after: datetime | date
    """Datetime filter used to consider only Verification Attempts created after this datetime on the summary aggregation."""
    date_created_before: datetime | date
    """Datetime filter used to consider only Verification Attempts created before this datetime on the summary aggregation."""
    channel_data_to: str
    """Destination of a verification."""
    country: str
    """Filter used to query Verification Attempts sent to the specified destination country."""
    channel: str
    """Filter used to query Verification Attempts by communication channel."""
    verify_service_sid: str
    """Filter used to query Verification Attempts by verify service."""
    verification_sid: str
    """Filter used to return all the Verification Attempts of a single verification."""
    status: str
    """Filter used to query Verification Attempts by conversion status."""


_LIST_LIST: Operation[VerificationAttempt] = Operation(
    id="verify.v2.verification_attempts.list",
    method="GET",
    product="verify",
    path="/v2/Attempts",
    spec="verify_v2",
    record=VerificationAttempt,
    query={
        "date_created_after": "DateCreatedAfter",
        "date_created_before": "DateCreatedBefore",
        "channel_data_to": "ChannelData.To",
        "country": "Country",
        "channel": "Channel",
        "verify_service_sid": "VerifyServiceSid",
        "verification_sid": "VerificationSid",
        "status": "Status",
    },
    paging="meta",
    envelope="attempts",
)


_CONTEXT_FETCH: Operation[VerificationAttempt] = Operation(
    id="verify.v2.verification_attempts.fetch",
    method="GET",
    product="verify",
    path="/v2/Attempts/{Sid}",
    spec="verify_v2",
    record=VerificationAttempt,
)


class VerificationAttemptContext(Resource):
    """One ``Attempts`` record: sid."""

    _path = "/v2/Attempts/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> VerificationAttempt:
        """Fetch a specific verification attempt."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class VerificationAttemptList(Resource):
    """``Attempts`` (call it with a sid)."""

    _path = "/v2/Attempts"

    def __call__(self, sid: str) -> VerificationAttemptContext:
        """The record with this ``sid``."""
        return self._child(VerificationAttemptContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[VerificationAttemptListParams],
    ) -> AsyncIterator[VerificationAttempt]:
        """List all the verification attempts for a given Account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[VerificationAttemptListParams],
    ) -> Page[VerificationAttempt]:
        """List all the verification attempts for a given Account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[VerificationAttemptListParams],
    ) -> list[VerificationAttempt]:
        """List all the verification attempts for a given Account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
