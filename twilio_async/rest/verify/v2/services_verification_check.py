# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: VerificationCheck (Services/ServiceSid/VerificationCheck) on verify.twilio.com."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack
from twilio_async.rest.verify.v2.services_verifications import VerificationChannel

__all__ = ["VerificationCheck", "VerificationCheckCreateParams", "VerificationCheckList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class VerificationCheck(Record):
    """Record ``verify.v2.service.verification_check`` (every field but ``sid``, ``service_sid``, ``account_sid``, ``date_created`` may be ``None``)."""

    sid: str
    service_sid: str
    account_sid: str
    to: str | None = None
    channel: VerificationChannel | None = None
    status: str | None = None
    valid: bool | None = None
    amount: str | None = attrs.field(default=None, repr=False)
    payee: str | None = attrs.field(default=None, repr=False)
    date_created: datetime
    date_updated: datetime | None = None
    sna_attempts_error_codes: list[Any] | None = None


class VerificationCheckCreateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.verification_checks.create`` (``CreateVerificationCheck``)."""

    code: str
    """The 4-10 character string being verified."""
    to: str
    """The phone number or email to verify."""
    verification_sid: str
    """A SID that uniquely identifies the Verification Check."""
    amount: str
    """The amount of the associated PSD2 compliant transaction."""
    payee: str
    """The payee of the associated PSD2 compliant transaction."""
    sna_client_token: str
    """A sna client token received in sna url invocation response needs to be passed in Verification Check request and should match to get successful resp..."""


_LIST_CREATE: Operation[VerificationCheck] = Operation(
    id="verify.v2.services.verification_checks.create",
    method="POST",
    product="verify",
    path="/v2/Services/{ServiceSid}/VerificationCheck",
    spec="verify_v2",
    record=VerificationCheck,
    form={
        "code": "Code",
        "to": "To",
        "verification_sid": "VerificationSid",
        "amount": "Amount",
        "payee": "Payee",
        "sna_client_token": "SnaClientToken",
    },
)


class VerificationCheckList(CreateMany[VerificationCheckCreateParams, VerificationCheck], Resource):
    """``Services/ServiceSid/VerificationCheck``."""

    _path = "/v2/Services/{ServiceSid}/VerificationCheck"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[VerificationCheckCreateParams]) -> VerificationCheck:
        """challenge a specific Verification Check."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
