# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: DependentPhoneNumber (Accounts/AccountSid/Addresses/AddressSid/DependentPhoneNumbers) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._enums import HttpMethod, OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource

__all__ = [
    "DependentPhoneNumber",
    "DependentPhoneNumberAddressRequirement",
    "DependentPhoneNumberEmergencyStatus",
    "DependentPhoneNumberList",
]


class DependentPhoneNumberAddressRequirement(OpenEnum):
    """``dependent_phone_number_enum_address_requirement``."""

    NONE = "none"
    ANY = "any"
    LOCAL = "local"
    FOREIGN = "foreign"


class DependentPhoneNumberEmergencyStatus(OpenEnum):
    """``dependent_phone_number_enum_emergency_status``."""

    ACTIVE = "Active"
    INACTIVE = "Inactive"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class DependentPhoneNumber(Record):
    """Record ``api.v2010.account.address.dependent_phone_number`` (every field may be ``None``)."""

    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    phone_number: str | None = None
    voice_url: str | None = None
    voice_method: HttpMethod | None = None
    voice_fallback_method: HttpMethod | None = None
    voice_fallback_url: str | None = None
    voice_caller_id_lookup: bool | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    sms_fallback_method: HttpMethod | None = None
    sms_fallback_url: str | None = None
    sms_method: HttpMethod | None = None
    sms_url: str | None = None
    address_requirements: DependentPhoneNumberAddressRequirement | None = None
    capabilities: Any | None = None
    status_callback: str | None = None
    status_callback_method: HttpMethod | None = None
    api_version: str | None = None
    sms_application_sid: str | None = None
    voice_application_sid: str | None = None
    trunk_sid: str | None = None
    emergency_status: DependentPhoneNumberEmergencyStatus | None = None
    emergency_address_sid: str | None = None
    uri: str | None = None


_LIST_LIST: Operation[DependentPhoneNumber] = Operation(
    id="api.v2010.accounts.addresses.dependent_phone_numbers.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Addresses/{AddressSid}/DependentPhoneNumbers.json",
    spec="api_v2010",
    record=DependentPhoneNumber,
    paging="v2010",
    envelope="dependent_phone_numbers",
)


class DependentPhoneNumberList(Resource):
    """``Accounts/AccountSid/Addresses/AddressSid/DependentPhoneNumbers``."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Addresses/{AddressSid}/DependentPhoneNumbers.json"

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[DependentPhoneNumber]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[DependentPhoneNumber]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[DependentPhoneNumber]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
