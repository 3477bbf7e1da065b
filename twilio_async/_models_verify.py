"""Typed records for Verify v2: Services, Verifications and VerificationChecks.

Field names are the API's JSON names; types follow ``verify.v2.service``,
``verify.v2.service.verification`` and ``verify.v2.service.verification_check`` in Twilio's
OpenAPI spec. Verify sends ISO 8601 dates and real JSON numbers and booleans.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from twilio_async._enums import OpenEnum

__all__ = ["VerifyService", "Verification", "VerificationChannel", "VerificationCheck"]


class VerificationChannel(OpenEnum):
    """How a code was sent (``verification_enum_channel``, ``verification_check_enum_channel``)."""

    SMS = "sms"
    CALL = "call"
    EMAIL = "email"
    WHATSAPP = "whatsapp"
    SNA = "sna"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class VerifyService:
    """A Verify Service: the settings shared by a set of verifications.

    ``push``, ``totp``, ``whatsapp`` and ``passkeys`` are the per-channel settings as the JSON
    objects Twilio sends; ``links`` maps sub-resource names to their URLs.
    """

    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    code_length: int | None = None
    lookup_enabled: bool | None = None
    psd2_enabled: bool | None = None
    skip_sms_to_landlines: bool | None = None
    dtmf_input_required: bool | None = None
    tts_name: str | None = None
    do_not_share_warning_enabled: bool | None = None
    custom_code_enabled: bool | None = None
    push: dict[str, Any] | None = None
    totp: dict[str, Any] | None = None
    default_template_sid: str | None = None
    whatsapp: dict[str, Any] | None = None
    passkeys: dict[str, Any] | None = None
    verify_event_subscription_enabled: bool | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    url: str | None = None
    links: dict[str, str] | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Verification:
    """A Verification: one code sent to one recipient over one channel.

    ``status`` is ``pending``, ``approved``, ``canceled``, ``max_attempts_reached``,
    ``deleted``, ``failed`` or ``expired`` (a plain string: the spec lists no values).
    """

    sid: str | None = None
    service_sid: str | None = None
    account_sid: str | None = None
    to: str | None = None
    channel: VerificationChannel | None = None
    status: str | None = None
    valid: bool | None = None
    lookup: dict[str, Any] | None = None
    amount: str | None = None
    payee: str | None = None
    send_code_attempts: list[dict[str, Any]] | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    sna: dict[str, Any] | None = None
    url: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class VerificationCheck:
    """The outcome of checking a code: ``status == "approved"`` (and ``valid``) on a match."""

    sid: str | None = None
    service_sid: str | None = None
    account_sid: str | None = None
    to: str | None = None
    channel: VerificationChannel | None = None
    status: str | None = None
    valid: bool | None = None
    amount: str | None = None
    payee: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    sna_attempts_error_codes: list[dict[str, Any]] | None = None
