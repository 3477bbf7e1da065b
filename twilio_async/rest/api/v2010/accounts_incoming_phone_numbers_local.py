# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Local (Accounts/AccountSid/IncomingPhoneNumbers/Local) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import HttpMethod, OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "IncomingPhoneNumberLocal",
    "IncomingPhoneNumberLocalAddressRequirement",
    "IncomingPhoneNumberLocalCapabilities",
    "IncomingPhoneNumberLocalEmergencyAddressStatus",
    "IncomingPhoneNumberLocalEmergencyStatus",
    "IncomingPhoneNumberLocalVoiceReceiveMode",
    "LocalCreateParams",
    "LocalList",
    "LocalListParams",
]


class IncomingPhoneNumberLocalAddressRequirement(OpenEnum):
    """``incoming_phone_number_local_enum_address_requirement``."""

    NONE = "none"
    ANY = "any"
    LOCAL = "local"
    FOREIGN = "foreign"


class IncomingPhoneNumberLocalEmergencyAddressStatus(OpenEnum):
    """``incoming_phone_number_local_enum_emergency_address_status``."""

    REGISTERED = "registered"
    UNREGISTERED = "unregistered"
    PENDING_REGISTRATION = "pending-registration"
    REGISTRATION_FAILURE = "registration-failure"
    PENDING_UNREGISTRATION = "pending-unregistration"
    UNREGISTRATION_FAILURE = "unregistration-failure"


class IncomingPhoneNumberLocalEmergencyStatus(OpenEnum):
    """``incoming_phone_number_local_enum_emergency_status``."""

    ACTIVE = "Active"
    INACTIVE = "Inactive"


class IncomingPhoneNumberLocalVoiceReceiveMode(OpenEnum):
    """``incoming_phone_number_local_enum_voice_receive_mode``."""

    VOICE = "voice"
    FAX = "fax"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class IncomingPhoneNumberLocal(Record):
    """Record ``api.v2010.account.incoming_phone_number.incoming_phone_number_local`` (every field but ``account_sid``, ``date_created``, ``sid`` may be ``None``)."""

    account_sid: str
    address_sid: str | None = None
    address_requirements: IncomingPhoneNumberLocalAddressRequirement | None = None
    api_version: str | None = None
    beta: bool | None = None
    capabilities: IncomingPhoneNumberLocalCapabilities | None = None
    date_created: datetime
    date_updated: datetime | None = None
    friendly_name: str | None = None
    identity_sid: str | None = None
    phone_number: str | None = None
    origin: str | None = None
    sid: str
    sms_application_sid: str | None = None
    sms_fallback_method: HttpMethod | None = None
    sms_fallback_url: str | None = None
    sms_method: HttpMethod | None = None
    sms_url: str | None = None
    status_callback: str | None = None
    status_callback_method: HttpMethod | None = None
    trunk_sid: str | None = None
    uri: str | None = None
    voice_receive_mode: IncomingPhoneNumberLocalVoiceReceiveMode | None = None
    voice_application_sid: str | None = None
    voice_caller_id_lookup: bool | None = None
    voice_fallback_method: HttpMethod | None = None
    voice_fallback_url: str | None = None
    voice_method: HttpMethod | None = None
    voice_url: str | None = None
    emergency_status: IncomingPhoneNumberLocalEmergencyStatus | None = None
    emergency_address_sid: str | None = None
    emergency_address_status: IncomingPhoneNumberLocalEmergencyAddressStatus | None = None
    bundle_sid: str | None = None
    status: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class IncomingPhoneNumberLocalCapabilities(Record):
    """Record ``IncomingPhoneNumberLocalCapabilities`` (every field may be ``None``)."""

    mms: bool | None = None
    sms: bool | None = None
    voice: bool | None = None
    fax: bool | None = None


class LocalListParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.incoming_phone_numbers.local.list`` (``ListIncomingPhoneNumberLocal``)."""

    beta: bool
    """Whether to include phone numbers new to the Twilio platform."""
    friendly_name: str
    """A string that identifies the resources to read."""
    phone_number: str
    """The phone numbers of the IncomingPhoneNumber resources to read."""
    origin: str
    """Whether to include phone numbers based on their origin."""


class LocalCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.incoming_phone_numbers.local.create`` (``CreateIncomingPhoneNumberLocal``)."""

    phone_number: Required[str]
    """The phone number to purchase specified in E.164 format."""
    api_version: str
    """The API version to use for incoming calls made to the new phone number."""
    friendly_name: str
    """A descriptive string that you created to describe the new phone number."""
    sms_application_sid: str
    """The SID of the application that should handle SMS messages sent to the new phone number."""
    sms_fallback_method: str
    """The HTTP method that we should use to call `sms_fallback_url`."""
    sms_fallback_url: str
    """The URL that we should call when an error occurs while requesting or executing the TwiML defined by `sms_url`."""
    sms_method: str
    """The HTTP method that we should use to call `sms_url`."""
    sms_url: str
    """The URL we should call when the new phone number receives an incoming SMS message."""
    status_callback: str
    """The URL we should call using the `status_callback_method` to send status information to your application."""
    status_callback_method: str
    """The HTTP method we should use to call `status_callback`."""
    voice_application_sid: str
    """The SID of the application we should use to handle calls to the new phone number."""
    voice_caller_id_lookup: bool
    """Whether to lookup the caller's name from the CNAM database and post it to your app."""
    voice_fallback_method: str
    """The HTTP method that we should use to call `voice_fallback_url`."""
    voice_fallback_url: str
    """The URL that we should call when an error occurs retrieving or executing the TwiML requested by `url`."""
    voice_method: str
    """The HTTP method that we should use to call `voice_url`."""
    voice_url: str
    """The URL that we should call to answer a call to the new phone number."""
    identity_sid: str
    """The SID of the Identity resource that we should associate with the new phone number."""
    address_sid: str
    """The SID of the Address resource we should associate with the new phone number."""
    emergency_status: str
    emergency_address_sid: str
    """The SID of the emergency address configuration to use for emergency calling from the new phone number."""
    trunk_sid: str
    """The SID of the Trunk we should use to handle calls to the new phone number."""
    voice_receive_mode: str
    bundle_sid: str
    """The SID of the Bundle resource that you associate with the phone number."""


_LIST_LIST: Operation[IncomingPhoneNumberLocal] = Operation(
    id="api.v2010.accounts.incoming_phone_numbers.local.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/Local.json",
    spec="api_v2010",
    record=IncomingPhoneNumberLocal,
    query={
        "beta": "Beta",
        "friendly_name": "FriendlyName",
        "phone_number": "PhoneNumber",
        "origin": "Origin",
    },
    paging="v2010",
    envelope="incoming_phone_numbers",
)


_LIST_CREATE: Operation[IncomingPhoneNumberLocal] = Operation(
    id="api.v2010.accounts.incoming_phone_numbers.local.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/Local.json",
    spec="api_v2010",
    record=IncomingPhoneNumberLocal,
    form={
        "phone_number": "PhoneNumber",
        "api_version": "ApiVersion",
        "friendly_name": "FriendlyName",
        "sms_application_sid": "SmsApplicationSid",
        "sms_fallback_method": "SmsFallbackMethod",
        "sms_fallback_url": "SmsFallbackUrl",
        "sms_method": "SmsMethod",
        "sms_url": "SmsUrl",
        "status_callback": "StatusCallback",
        "status_callback_method": "StatusCallbackMethod",
        "voice_application_sid": "VoiceApplicationSid",
        "voice_caller_id_lookup": "VoiceCallerIdLookup",
        "voice_fallback_method": "VoiceFallbackMethod",
        "voice_fallback_url": "VoiceFallbackUrl",
        "voice_method": "VoiceMethod",
        "voice_url": "VoiceUrl",
        "identity_sid": "IdentitySid",
        "address_sid": "AddressSid",
        "emergency_status": "EmergencyStatus",
        "emergency_address_sid": "EmergencyAddressSid",
        "trunk_sid": "TrunkSid",
        "voice_receive_mode": "VoiceReceiveMode",
        "bundle_sid": "BundleSid",
    },
    required=frozenset(["phone_number"]),
)


class LocalList(CreateMany[LocalCreateParams, IncomingPhoneNumberLocal], Resource):
    """``Accounts/AccountSid/IncomingPhoneNumbers/Local``."""

    _path = "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/Local.json"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[LocalCreateParams]) -> IncomingPhoneNumberLocal:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[LocalListParams],
    ) -> AsyncIterator[IncomingPhoneNumberLocal]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[LocalListParams],
    ) -> Page[IncomingPhoneNumberLocal]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[LocalListParams],
    ) -> list[IncomingPhoneNumberLocal]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
