# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: Verification (Services/ServiceSid/Verifications) on verify.twilio.com."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "Verification",
    "VerificationChannel",
    "VerificationContext",
    "VerificationCreateParams",
    "VerificationList",
    "VerificationUpdateParams",
]


class VerificationChannel(OpenEnum):
    """``verification_enum_channel``."""

    SMS = "sms"
    CALL = "call"
    EMAIL = "email"
    WHATSAPP = "whatsapp"
    SNA = "sna"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Verification(Record):
    """Record ``verify.v2.service.verification`` (every field but ``sid``, ``service_sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    service_sid: str
    account_sid: str
    to: str | None = None
    channel: VerificationChannel | None = None
    status: str | None = None
    valid: bool | None = None
    lookup: Any | None = None
    amount: str | None = attrs.field(default=None, repr=False)
    payee: str | None = attrs.field(default=None, repr=False)
    send_code_attempts: list[Any] | None = None
    date_created: datetime
    date_updated: datetime | None = None
    sna: Any | None = None
    url: str


class VerificationCreateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.verifications.create`` (``CreateVerification``)."""

    to: Required[str]
    """The phone number or email to verify."""
    channel: Required[str]
    """The verification method to use."""
    custom_friendly_name: str
    """A custom user defined friendly name that overwrites the existing one in the verification message."""
    custom_message: str
    """The text of a custom message to use for the verification [DEPRECATED]."""
    send_digits: str
    """The digits to send after a phone call is answered, for example, to dial an extension."""
    locale: str
    """Locale will automatically resolve based on phone number country code for SMS, WhatsApp, and call channel verifications."""
    custom_code: str
    """A pre-generated code to use for verification."""
    amount: str
    """The amount of the associated PSD2 compliant transaction."""
    payee: str
    """The payee of the associated PSD2 compliant transaction."""
    rate_limits: Any
    """The custom key-value pairs of Programmable Rate Limits."""
    channel_configuration: Any
    """`email` channel configuration in json format."""
    app_hash: str
    """Your App Hash to be appended at the end of your verification SMS body."""
    template_sid: str
    """The message template."""
    template_custom_substitutions: str
    """A stringified JSON object in which the keys are the template's special variables and the values are the variables substitutions."""
    device_ip: str
    """Strongly encouraged if using the auto channel."""
    enable_sna_client_token: bool
    """An optional Boolean value to indicate the requirement of sna client token in the SNA URL invocation response for added security."""
    risk_check: str
    tags: str
    """A string containing a JSON map of key value pairs of tags to be recorded as metadata for the message."""


class VerificationUpdateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.verifications.update`` (``UpdateVerification``)."""

    status: Required[str]


_LIST_CREATE: Operation[Verification] = Operation(
    id="verify.v2.services.verifications.create",
    method="POST",
    product="verify",
    path="/v2/Services/{ServiceSid}/Verifications",
    spec="verify_v2",
    record=Verification,
    form={
        "to": "To",
        "channel": "Channel",
        "custom_friendly_name": "CustomFriendlyName",
        "custom_message": "CustomMessage",
        "send_digits": "SendDigits",
        "locale": "Locale",
        "custom_code": "CustomCode",
        "amount": "Amount",
        "payee": "Payee",
        "rate_limits": "RateLimits",
        "channel_configuration": "ChannelConfiguration",
        "app_hash": "AppHash",
        "template_sid": "TemplateSid",
        "template_custom_substitutions": "TemplateCustomSubstitutions",
        "device_ip": "DeviceIp",
        "enable_sna_client_token": "EnableSnaClientToken",
        "risk_check": "RiskCheck",
        "tags": "Tags",
    },
    required=frozenset(["channel", "to"]),
    encode={
        "rate_limits": "json",
        "channel_configuration": "json",
    },
)


_CONTEXT_FETCH: Operation[Verification] = Operation(
    id="verify.v2.services.verifications.fetch",
    method="GET",
    product="verify",
    path="/v2/Services/{ServiceSid}/Verifications/{Sid}",
    spec="verify_v2",
    record=Verification,
)


_CONTEXT_UPDATE: Operation[Verification] = Operation(
    id="verify.v2.services.verifications.update",
    method="POST",
    product="verify",
    path="/v2/Services/{ServiceSid}/Verifications/{Sid}",
    spec="verify_v2",
    record=Verification,
    form={
        "status": "Status",
    },
    required=frozenset(["status"]),
)


class VerificationContext(Resource):
    """One ``Services/ServiceSid/Verifications`` record: sid."""

    _path = "/v2/Services/{ServiceSid}/Verifications/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Verification:
        """Fetch a specific Verification."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[VerificationUpdateParams]) -> Verification:
        """Update a Verification status."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class VerificationList(CreateMany[VerificationCreateParams, Verification], Resource):
    """``Services/ServiceSid/Verifications`` (call it with a sid)."""

    _path = "/v2/Services/{ServiceSid}/Verifications"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> VerificationContext:
        """The record with this ``sid``."""
        return self._child(VerificationContext, sid=sid)

    async def create(self, **params: Unpack[VerificationCreateParams]) -> Verification:
        """Create a new Verification using a Service."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
