"""Verify v2 on ``verify.twilio.com``: Services, Verifications and VerificationChecks.

Declarations on the generic resource layer; ``client.verify.v2.services`` is the entry point.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from functools import cached_property
from typing import Any, Literal

from twilio_async._models_verify import Verification, VerificationCheck, VerifyService
from twilio_async._resource import InstanceContext, ListResource, Page, ResourceSpec, api_names
from twilio_async._typing import Required, TypedDict, Unpack
from twilio_async.rest.verify import Verify as GeneratedVerify
from twilio_async.rest.verify.v2 import VerifyV2 as GeneratedVerifyV2

__all__ = [
    "ServiceContext",
    "ServiceList",
    "VerificationCheckList",
    "VerificationContext",
    "VerificationList",
    "Verify",
    "VerifyV2",
]


class ServiceCreateParams(TypedDict, total=False):
    """Parameters of ``client.verify.v2.services.create`` (``CreateServiceRequest``).

    ``push_*``, ``totp_*``, ``whatsapp_*`` and ``passkeys_*`` are Twilio's dotted names
    (``Push.IncludeDate``, ``Passkeys.RelyingParty.Id``, ...).
    """

    friendly_name: Required[str]
    code_length: int
    lookup_enabled: bool
    skip_sms_to_landlines: bool
    dtmf_input_required: bool
    tts_name: str
    psd2_enabled: bool
    do_not_share_warning_enabled: bool
    custom_code_enabled: bool
    push_include_date: bool
    push_apn_credential_sid: str
    push_fcm_credential_sid: str
    totp_issuer: str
    totp_time_step: int
    totp_code_length: int
    totp_skew: int
    default_template_sid: str
    whatsapp_msg_service_sid: str
    whatsapp_from: str
    passkeys_relying_party_id: str
    passkeys_relying_party_name: str
    passkeys_relying_party_origins: str
    passkeys_authenticator_attachment: str
    passkeys_discoverable_credentials: str
    passkeys_user_verification: str
    verify_event_subscription_enabled: bool


# Dotted names cannot come from PascalCasing a Python name.
_SERVICE_DOTTED_NAMES = {
    "push_include_date": "Push.IncludeDate",
    "push_apn_credential_sid": "Push.ApnCredentialSid",
    "push_fcm_credential_sid": "Push.FcmCredentialSid",
    "totp_issuer": "Totp.Issuer",
    "totp_time_step": "Totp.TimeStep",
    "totp_code_length": "Totp.CodeLength",
    "totp_skew": "Totp.Skew",
    "whatsapp_msg_service_sid": "Whatsapp.MsgServiceSid",
    "whatsapp_from": "Whatsapp.From",
    "passkeys_relying_party_id": "Passkeys.RelyingParty.Id",
    "passkeys_relying_party_name": "Passkeys.RelyingParty.Name",
    "passkeys_relying_party_origins": "Passkeys.RelyingParty.Origins",
    "passkeys_authenticator_attachment": "Passkeys.AuthenticatorAttachment",
    "passkeys_discoverable_credentials": "Passkeys.DiscoverableCredentials",
    "passkeys_user_verification": "Passkeys.UserVerification",
}


class VerificationCreateParams(TypedDict, total=False):
    """Parameters of ``services(sid).verifications.create`` (``CreateVerificationRequest``).

    ``channel`` is ``sms``, ``call``, ``email``, ``whatsapp``, ``sna`` or ``auto``;
    ``rate_limits`` and ``channel_configuration`` take a mapping (sent as JSON).
    """

    to: Required[str]
    channel: Required[str]
    custom_friendly_name: str
    custom_message: str
    send_digits: str
    locale: str
    custom_code: str
    amount: str
    payee: str
    rate_limits: Mapping[str, Any] | str
    channel_configuration: Mapping[str, Any] | str
    app_hash: str
    template_sid: str
    template_custom_substitutions: Mapping[str, Any] | str
    device_ip: str
    enable_sna_client_token: bool
    risk_check: Literal["enable", "disable"]
    tags: Mapping[str, Any] | str


class VerificationCheckCreateParams(TypedDict, total=False):
    """Parameters of ``services(sid).verification_checks.create``.

    Give ``code`` with ``to`` or ``verification_sid``; ``sna_client_token`` for ``sna``.
    """

    code: str
    to: str
    verification_sid: str
    amount: str
    payee: str
    sna_client_token: str


SERVICES = ResourceSpec(
    record=VerifyService,
    list_path="/v2/Services",
    instance_path="/v2/Services/{sid}",
    envelope="services",
    product="verify",
    create=api_names(ServiceCreateParams, **_SERVICE_DOTTED_NAMES),
)

VERIFICATIONS = ResourceSpec(
    record=Verification,
    list_path="/v2/Services/{service_sid}/Verifications",
    instance_path="/v2/Services/{service_sid}/Verifications/{sid}",
    product="verify",
    deletable=False,
    create=api_names(VerificationCreateParams),
)

VERIFICATION_CHECKS = ResourceSpec(
    record=VerificationCheck,
    list_path="/v2/Services/{service_sid}/VerificationCheck",
    product="verify",
    create=api_names(VerificationCheckCreateParams),
)


class VerificationContext(InstanceContext[Verification]):
    """One verification: ``fetch()`` its status."""

    _spec = VERIFICATIONS


class VerificationList(ListResource[Verification]):
    """A service's verifications: ``create()`` sends a code; call with a SID to fetch one."""

    _spec = VERIFICATIONS
    _context = VerificationContext

    def __call__(self, sid: str) -> VerificationContext:
        """The verification with this SID (``VE...``)."""
        return self._get(sid)  # type: ignore[no-any-return]

    async def create(self, **params: Unpack[VerificationCreateParams]) -> Verification:
        """Send a verification code ``to`` a phone number or email over ``channel``."""
        return await self._create(params)


class VerificationCheckList(ListResource[VerificationCheck]):
    """A service's code checks: ``create()`` only (Twilio keeps no list of them)."""

    _spec = VERIFICATION_CHECKS

    async def create(self, **params: Unpack[VerificationCheckCreateParams]) -> VerificationCheck:
        """Check a code; the result's ``status`` is ``"approved"`` when it matches."""
        return await self._create(params)


class ServiceContext(InstanceContext[VerifyService]):
    """One Verify service: ``fetch()``, ``delete()``, ``verifications``, ``verification_checks``."""

    _spec = SERVICES

    @property
    def verifications(self) -> VerificationList:
        """Verifications sent through this service."""
        return self._child(VerificationList, service_sid=self.sid)  # type: ignore[no-any-return]

    @property
    def verification_checks(self) -> VerificationCheckList:
        """Checks of codes sent through this service."""
        return self._child(  # type: ignore[no-any-return]
            VerificationCheckList, service_sid=self.sid
        )


class ServiceList(ListResource[VerifyService]):
    """The account's Verify services: ``client.verify.v2.services``; call it with a SID."""

    _spec = SERVICES
    _context = ServiceContext

    def __call__(self, sid: str) -> ServiceContext:
        """The service with this SID (``VA...``)."""
        return self._get(sid)  # type: ignore[no-any-return]

    async def create(self, **params: Unpack[ServiceCreateParams]) -> VerifyService:
        """Create a service; ``friendly_name`` is required and appears in the messages."""
        return await self._create(params)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[VerifyService]:
        """Iterate over services, fetching one page at a time."""
        return self._stream({}, limit, page_size)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[VerifyService]:
        """Return services as a list (at most ``limit``)."""
        return await self._list({}, limit, page_size)

    async def page(self, *, page_size: int | None = None) -> Page[VerifyService]:
        """Fetch the first page of services; follow ``next_page()`` for more."""
        return await self._page({}, page_size)


class VerifyV2(GeneratedVerifyV2):
    """``client.verify.v2``: version 2 of the Verify API."""

    @cached_property
    def services(self) -> ServiceList:  # type: ignore[override]
        """Verify services: ``create()``, ``list()``, ``(sid).verifications``."""
        return ServiceList(self._transport, {})

    def __repr__(self) -> str:
        return "<VerifyV2 /v2>"


class Verify(GeneratedVerify):
    """``client.verify``: the Verify API on ``verify.twilio.com`` (or your region/edge)."""

    @cached_property
    def v2(self) -> VerifyV2:
        """Version 2: ``services`` and every other Verify v2 resource."""
        return VerifyV2(self._transport, self._values)

    def __repr__(self) -> str:
        return "<Verify>"
