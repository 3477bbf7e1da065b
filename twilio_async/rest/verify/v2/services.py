# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: Service (Services) on verify.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.verify.v2.services_access_tokens import AccessTokenList
    from twilio_async.rest.verify.v2.services_entities import EntityList
    from twilio_async.rest.verify.v2.services_messaging_configurations import (
        MessagingConfigurationList,
    )
    from twilio_async.rest.verify.v2.services_passkeys_approve_challenge_approve_challenge import (
        ApproveChallengeList,
    )
    from twilio_async.rest.verify.v2.services_passkeys_challenges_new_challenge import (
        NewChallengeList,
    )
    from twilio_async.rest.verify.v2.services_passkeys_factors_new_factors import NewFactorList
    from twilio_async.rest.verify.v2.services_passkeys_verify_factor_new_verify_factors import (
        NewVerifyFactorList,
    )
    from twilio_async.rest.verify.v2.services_rate_limits import RateLimitList
    from twilio_async.rest.verify.v2.services_verification_check import VerificationCheckList
    from twilio_async.rest.verify.v2.services_verifications import VerificationList
    from twilio_async.rest.verify.v2.services_webhooks import WebhookList

__all__ = ["Service", "ServiceContext", "ServiceCreateParams", "ServiceList", "ServiceUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Service(Record):
    """Record ``verify.v2.service`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    friendly_name: str | None = None
    code_length: int | None = None
    lookup_enabled: bool | None = None
    psd2_enabled: bool | None = None
    skip_sms_to_landlines: bool | None = None
    dtmf_input_required: bool | None = None
    tts_name: str | None = None
    do_not_share_warning_enabled: bool | None = None
    custom_code_enabled: bool | None = None
    push: Any | None = None
    totp: Any | None = None
    default_template_sid: str | None = None
    whatsapp: Any | None = None
    passkeys: Any | None = None
    verify_event_subscription_enabled: bool | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


class ServiceCreateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.create`` (``CreateService``)."""

    friendly_name: Required[str]
    """A descriptive string that you create to describe the verification service."""
    code_length: int
    """The length of the verification code to generate."""
    lookup_enabled: bool
    """Whether to perform a lookup with each verification started and return info about the phone number."""
    skip_sms_to_landlines: bool
    """Whether to skip sending SMS verifications to landlines."""
    dtmf_input_required: bool
    """Whether to ask the user to press a number before delivering the verify code in a phone call."""
    tts_name: str
    """The name of an alternative text-to-speech service to use in phone calls."""
    psd2_enabled: bool
    """Whether to pass PSD2 transaction parameters when starting a verification."""
    do_not_share_warning_enabled: bool
    """Whether to add a security warning at the end of an SMS verification body."""
    custom_code_enabled: bool
    """Whether to allow sending verifications with a custom code instead of a randomly generated one."""
    push_include_date: bool
    """Optional configuration for the Push factors."""
    push_apn_credential_sid: str
    """Optional configuration for the Push factors."""
    push_fcm_credential_sid: str
    """Optional configuration for the Push factors."""
    totp_issuer: str
    """Optional configuration for the TOTP factors."""
    totp_time_step: int
    """Optional configuration for the TOTP factors."""
    totp_code_length: int
    """Optional configuration for the TOTP factors."""
    totp_skew: int
    """Optional configuration for the TOTP factors."""
    default_template_sid: str
    """The default message template."""
    whatsapp_msg_service_sid: str
    """The SID of the Messaging Service containing WhatsApp Sender(s) that Verify will use to send WhatsApp messages to your users."""
    whatsapp_from: str
    """The number to use as the WhatsApp Sender that Verify will use to send WhatsApp messages to your users.This WhatsApp Sender must be associated with..."""
    passkeys_relying_party_id: str
    """The Relying Party ID for Passkeys."""
    passkeys_relying_party_name: str
    """The Relying Party Name for Passkeys."""
    passkeys_relying_party_origins: str
    """The Relying Party Origins for Passkeys."""
    passkeys_authenticator_attachment: str
    """The Authenticator Attachment for Passkeys."""
    passkeys_discoverable_credentials: str
    """Indicates whether credentials must be discoverable by the authenticator."""
    passkeys_user_verification: str
    """The User Verification for Passkeys."""
    verify_event_subscription_enabled: bool
    """Whether to allow verifications from the service to reach the stream-events sinks if configured."""


class ServiceUpdateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.update`` (``UpdateService``)."""

    friendly_name: str
    """A descriptive string that you create to describe the verification service."""
    code_length: int
    """The length of the verification code to generate."""
    lookup_enabled: bool
    """Whether to perform a lookup with each verification started and return info about the phone number."""
    skip_sms_to_landlines: bool
    """Whether to skip sending SMS verifications to landlines."""
    dtmf_input_required: bool
    """Whether to ask the user to press a number before delivering the verify code in a phone call."""
    tts_name: str
    """The name of an alternative text-to-speech service to use in phone calls."""
    psd2_enabled: bool
    """Whether to pass PSD2 transaction parameters when starting a verification."""
    do_not_share_warning_enabled: bool
    """Whether to add a privacy warning at the end of an SMS."""
    custom_code_enabled: bool
    """Whether to allow sending verifications with a custom code instead of a randomly generated one."""
    push_include_date: bool
    """Optional configuration for the Push factors."""
    push_apn_credential_sid: str
    """Optional configuration for the Push factors."""
    push_fcm_credential_sid: str
    """Optional configuration for the Push factors."""
    totp_issuer: str
    """Optional configuration for the TOTP factors."""
    totp_time_step: int
    """Optional configuration for the TOTP factors."""
    totp_code_length: int
    """Optional configuration for the TOTP factors."""
    totp_skew: int
    """Optional configuration for the TOTP factors."""
    default_template_sid: str
    """The default message template."""
    whatsapp_msg_service_sid: str
    """The SID of the Messaging Service to associate with the Verification Service."""
    whatsapp_from: str
    """The WhatsApp number to use as the sender of the verification messages."""
    passkeys_relying_party_id: str
    """The Relying Party ID for Passkeys."""
    passkeys_relying_party_name: str
    """The Relying Party Name for Passkeys."""
    passkeys_relying_party_origins: str
    """The Relying Party Origins for Passkeys."""
    passkeys_authenticator_attachment: str
    """The Authenticator Attachment for Passkeys."""
    passkeys_discoverable_credentials: str
    """Indicates whether credentials must be discoverable by the authenticator."""
    passkeys_user_verification: str
    """The User Verification for Passkeys."""
    verify_event_subscription_enabled: bool
    """Whether to allow verifications from the service to reach the stream-events sinks if configured."""


_LIST_LIST: Operation[Service] = Operation(
    id="verify.v2.services.list",
    method="GET",
    product="verify",
    path="/v2/Services",
    spec="verify_v2",
    record=Service,
    paging="meta",
    envelope="services",
)


_LIST_CREATE: Operation[Service] = Operation(
    id="verify.v2.services.create",
    method="POST",
    product="verify",
    path="/v2/Services",
    spec="verify_v2",
    record=Service,
    form={
        "friendly_name": "FriendlyName",
        "code_length": "CodeLength",
        "lookup_enabled": "LookupEnabled",
        "skip_sms_to_landlines": "SkipSmsToLandlines",
        "dtmf_input_required": "DtmfInputRequired",
        "tts_name": "TtsName",
        "psd2_enabled": "Psd2Enabled",
        "do_not_share_warning_enabled": "DoNotShareWarningEnabled",
        "custom_code_enabled": "CustomCodeEnabled",
        "push_include_date": "Push.IncludeDate",
        "push_apn_credential_sid": "Push.ApnCredentialSid",
        "push_fcm_credential_sid": "Push.FcmCredentialSid",
        "totp_issuer": "Totp.Issuer",
        "totp_time_step": "Totp.TimeStep",
        "totp_code_length": "Totp.CodeLength",
        "totp_skew": "Totp.Skew",
        "default_template_sid": "DefaultTemplateSid",
        "whatsapp_msg_service_sid": "Whatsapp.MsgServiceSid",
        "whatsapp_from": "Whatsapp.From",
        "passkeys_relying_party_id": "Passkeys.RelyingParty.Id",
        "passkeys_relying_party_name": "Passkeys.RelyingParty.Name",
        "passkeys_relying_party_origins": "Passkeys.RelyingParty.Origins",
        "passkeys_authenticator_attachment": "Passkeys.AuthenticatorAttachment",
        "passkeys_discoverable_credentials": "Passkeys.DiscoverableCredentials",
        "passkeys_user_verification": "Passkeys.UserVerification",
        "verify_event_subscription_enabled": "VerifyEventSubscriptionEnabled",
    },
    required=frozenset(["friendly_name"]),
)


_CONTEXT_FETCH: Operation[Service] = Operation(
    id="verify.v2.services.fetch",
    method="GET",
    product="verify",
    path="/v2/Services/{Sid}",
    spec="verify_v2",
    record=Service,
)


_CONTEXT_UPDATE: Operation[Service] = Operation(
    id="verify.v2.services.update",
    method="POST",
    product="verify",
    path="/v2/Services/{Sid}",
    spec="verify_v2",
    record=Service,
    form={
        "friendly_name": "FriendlyName",
        "code_length": "CodeLength",
        "lookup_enabled": "LookupEnabled",
        "skip_sms_to_landlines": "SkipSmsToLandlines",
        "dtmf_input_required": "DtmfInputRequired",
        "tts_name": "TtsName",
        "psd2_enabled": "Psd2Enabled",
        "do_not_share_warning_enabled": "DoNotShareWarningEnabled",
        "custom_code_enabled": "CustomCodeEnabled",
        "push_include_date": "Push.IncludeDate",
        "push_apn_credential_sid": "Push.ApnCredentialSid",
        "push_fcm_credential_sid": "Push.FcmCredentialSid",
        "totp_issuer": "Totp.Issuer",
        "totp_time_step": "Totp.TimeStep",
        "totp_code_length": "Totp.CodeLength",
        "totp_skew": "Totp.Skew",
        "default_template_sid": "DefaultTemplateSid",
        "whatsapp_msg_service_sid": "Whatsapp.MsgServiceSid",
        "whatsapp_from": "Whatsapp.From",
        "passkeys_relying_party_id": "Passkeys.RelyingParty.Id",
        "passkeys_relying_party_name": "Passkeys.RelyingParty.Name",
        "passkeys_relying_party_origins": "Passkeys.RelyingParty.Origins",
        "passkeys_authenticator_attachment": "Passkeys.AuthenticatorAttachment",
        "passkeys_discoverable_credentials": "Passkeys.DiscoverableCredentials",
        "passkeys_user_verification": "Passkeys.UserVerification",
        "verify_event_subscription_enabled": "VerifyEventSubscriptionEnabled",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="verify.v2.services.delete",
    method="DELETE",
    product="verify",
    path="/v2/Services/{Sid}",
    spec="verify_v2",
)


class ServiceContext(Resource):
    """One ``Services`` record: sid."""

    _path = "/v2/Services/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Service:
        """Fetch specific Verification Service Instance."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ServiceUpdateParams]) -> Service:
        """Update a specific Verification Service."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Verification Service Instance."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def access_tokens(self) -> AccessTokenList:
        """``Services/ServiceSid/AccessTokens``."""
        from twilio_async.rest.verify.v2.services_access_tokens import AccessTokenList

        return self._child(AccessTokenList)

    @property
    def entities(self) -> EntityList:
        """``Services/ServiceSid/Entities``."""
        from twilio_async.rest.verify.v2.services_entities import EntityList

        return self._child(EntityList)

    @property
    def messaging_configurations(self) -> MessagingConfigurationList:
        """``Services/ServiceSid/MessagingConfigurations``."""
        from twilio_async.rest.verify.v2.services_messaging_configurations import (
            MessagingConfigurationList,
        )

        return self._child(MessagingConfigurationList)

    @property
    def rate_limits(self) -> RateLimitList:
        """``Services/ServiceSid/RateLimits``."""
        from twilio_async.rest.verify.v2.services_rate_limits import RateLimitList

        return self._child(RateLimitList)

    @property
    def verifications(self) -> VerificationList:
        """``Services/ServiceSid/Verifications``."""
        from twilio_async.rest.verify.v2.services_verifications import VerificationList

        return self._child(VerificationList)

    @property
    def verification_checks(self) -> VerificationCheckList:
        """``Services/ServiceSid/VerificationCheck``."""
        from twilio_async.rest.verify.v2.services_verification_check import VerificationCheckList

        return self._child(VerificationCheckList)

    @property
    def webhooks(self) -> WebhookList:
        """``Services/ServiceSid/Webhooks``."""
        from twilio_async.rest.verify.v2.services_webhooks import WebhookList

        return self._child(WebhookList)

    @property
    def new_verify_factors(self) -> NewVerifyFactorList:
        """``Services/ServiceSid/Passkeys/VerifyFactor``."""
        from twilio_async.rest.verify.v2.services_passkeys_verify_factor_new_verify_factors import (
            NewVerifyFactorList,
        )

        return self._child(NewVerifyFactorList)

    @property
    def new_factors(self) -> NewFactorList:
        """``Services/ServiceSid/Passkeys/Factors``."""
        from twilio_async.rest.verify.v2.services_passkeys_factors_new_factors import NewFactorList

        return self._child(NewFactorList)

    @property
    def new_challenge(self) -> NewChallengeList:
        """``Services/ServiceSid/Passkeys/Challenges``."""
        from twilio_async.rest.verify.v2.services_passkeys_challenges_new_challenge import (
            NewChallengeList,
        )

        return self._child(NewChallengeList)

    @property
    def approve_challenge(self) -> ApproveChallengeList:
        """``Services/ServiceSid/Passkeys/ApproveChallenge``."""
        from twilio_async.rest.verify.v2.services_passkeys_approve_challenge_approve_challenge import (
            ApproveChallengeList,
        )

        return self._child(ApproveChallengeList)


class ServiceList(CreateMany[ServiceCreateParams, Service], Resource):
    """``Services`` (call it with a sid)."""

    _path = "/v2/Services"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ServiceContext:
        """The record with this ``sid``."""
        return self._child(ServiceContext, sid=sid)

    async def create(self, **params: Unpack[ServiceCreateParams]) -> Service:
        """Create a new Verification Service."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Service]:
        """Retrieve a list of all Verification Services for an account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Service]:
        """Retrieve a list of all Verification Services for an account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Service]:
        """Retrieve a list of all Verification Services for an account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
