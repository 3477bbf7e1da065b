"""Typed records for Accounts and IncomingPhoneNumbers (v2010).

Field names are the API's JSON names; types follow ``api.v2010.account`` and
``api.v2010.account.incoming_phone_number`` in Twilio's OpenAPI spec.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from twilio_async._enums import OpenEnum

__all__ = [
    "Account",
    "AccountStatus",
    "AccountType",
    "HttpMethod",
    "IncomingPhoneNumber",
    "IncomingPhoneNumberAddressRequirement",
    "IncomingPhoneNumberEmergencyAddressStatus",
    "IncomingPhoneNumberEmergencyStatus",
    "IncomingPhoneNumberVoiceReceiveMode",
]


class HttpMethod(OpenEnum):
    """How Twilio calls a webhook URL (the spec's ``http-method`` values)."""

    GET = "GET"
    POST = "POST"


class AccountStatus(OpenEnum):
    """Whether an account can be used (``account_enum_status``)."""

    ACTIVE = "active"
    SUSPENDED = "suspended"
    CLOSED = "closed"


class AccountType(OpenEnum):
    """A trial or an upgraded account (``account_enum_type``)."""

    TRIAL = "Trial"
    FULL = "Full"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Account:
    """An Account resource: your main account or one of its subaccounts.

    ``auth_token`` is a secret, so it is left out of ``repr()``.
    """

    auth_token: str | None = attrs.field(default=None, repr=False)
    date_created: datetime | None = None
    date_updated: datetime | None = None
    friendly_name: str | None = None
    owner_account_sid: str | None = None
    sid: str | None = None
    status: AccountStatus | None = None
    subresource_uris: dict[str, str] | None = None
    type: AccountType | None = None
    uri: str | None = None


class IncomingPhoneNumberAddressRequirement(OpenEnum):
    """Which address a number's regulations require (``..._enum_address_requirement``)."""

    NONE = "none"
    ANY = "any"
    LOCAL = "local"
    FOREIGN = "foreign"


class IncomingPhoneNumberVoiceReceiveMode(OpenEnum):
    """Whether a number receives voice calls or faxes (``..._enum_voice_receive_mode``)."""

    VOICE = "voice"
    FAX = "fax"


class IncomingPhoneNumberEmergencyStatus(OpenEnum):
    """Whether emergency calling is on for a number (``..._enum_emergency_status``)."""

    ACTIVE = "Active"
    INACTIVE = "Inactive"


class IncomingPhoneNumberEmergencyAddressStatus(OpenEnum):
    """Where a number's emergency address registration stands (``..._address_status``)."""

    REGISTERED = "registered"
    UNREGISTERED = "unregistered"
    PENDING_REGISTRATION = "pending-registration"
    REGISTRATION_FAILURE = "registration-failure"
    PENDING_UNREGISTRATION = "pending-unregistration"
    UNREGISTRATION_FAILURE = "unregistration-failure"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class IncomingPhoneNumber:
    """An IncomingPhoneNumber resource: a phone number the account owns, and its webhooks.

    ``capabilities`` maps ``voice``, ``sms``, ``mms`` and ``fax`` to booleans; the
    ``*_method`` fields are :class:`HttpMethod` values. Twilio sends ``""`` for webhook URLs
    that are not set, and they are kept as sent.
    """

    account_sid: str | None = None
    address_sid: str | None = None
    address_requirements: IncomingPhoneNumberAddressRequirement | None = None
    api_version: str | None = None
    beta: bool | None = None
    capabilities: dict[str, Any] | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    friendly_name: str | None = None
    identity_sid: str | None = None
    phone_number: str | None = None
    origin: str | None = None
    sid: str | None = None
    sms_application_sid: str | None = None
    sms_fallback_method: HttpMethod | None = None
    sms_fallback_url: str | None = None
    sms_method: HttpMethod | None = None
    sms_url: str | None = None
    status_callback: str | None = None
    status_callback_method: HttpMethod | None = None
    trunk_sid: str | None = None
    uri: str | None = None
    voice_receive_mode: IncomingPhoneNumberVoiceReceiveMode | None = None
    voice_application_sid: str | None = None
    voice_caller_id_lookup: bool | None = None
    voice_fallback_method: HttpMethod | None = None
    voice_fallback_url: str | None = None
    voice_method: HttpMethod | None = None
    voice_url: str | None = None
    emergency_status: IncomingPhoneNumberEmergencyStatus | None = None
    emergency_address_sid: str | None = None
    emergency_address_status: IncomingPhoneNumberEmergencyAddressStatus | None = None
    bundle_sid: str | None = None
    status: str | None = None
    type: str | None = None
