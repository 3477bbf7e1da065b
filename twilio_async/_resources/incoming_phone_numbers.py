"""IncomingPhoneNumbers (v2010): declarations on the generic resource layer."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Literal

from twilio_async._models_account import HttpMethod, IncomingPhoneNumber
from twilio_async._resource import InstanceContext, ListResource, Page, ResourceSpec, api_names
from twilio_async._typing import TypedDict, Unpack

__all__ = ["IncomingPhoneNumberContext", "IncomingPhoneNumberList"]

_Method = Literal["GET", "POST"] | HttpMethod


class IncomingPhoneNumberUpdateParams(TypedDict, total=False):
    """Parameters of ``client.incoming_phone_numbers(sid).update``.

    ``account_sid`` moves the number to another account (a subaccount, or back to its
    parent); the number's own account stays in the path.
    """

    account_sid: str
    api_version: str
    friendly_name: str
    sms_application_sid: str
    sms_fallback_method: _Method
    sms_fallback_url: str
    sms_method: _Method
    sms_url: str
    status_callback: str
    status_callback_method: _Method
    voice_application_sid: str
    voice_caller_id_lookup: bool
    voice_fallback_method: _Method
    voice_fallback_url: str
    voice_method: _Method
    voice_url: str
    emergency_status: Literal["Active", "Inactive"]
    emergency_address_sid: str
    trunk_sid: str
    voice_receive_mode: Literal["voice", "fax"]
    identity_sid: str
    address_sid: str
    bundle_sid: str


class IncomingPhoneNumberFilters(TypedDict, total=False):
    """Filters for listing the account's phone numbers (``phone_number`` may be partial)."""

    beta: bool
    friendly_name: str
    phone_number: str
    origin: str


INCOMING_PHONE_NUMBERS = ResourceSpec(
    record=IncomingPhoneNumber,
    list_path="/2010-04-01/Accounts/{account_sid}/IncomingPhoneNumbers.json",
    instance_path="/2010-04-01/Accounts/{account_sid}/IncomingPhoneNumbers/{sid}.json",
    envelope="incoming_phone_numbers",
    update=api_names(IncomingPhoneNumberUpdateParams),
    filters=api_names(IncomingPhoneNumberFilters),
)


class IncomingPhoneNumberContext(InstanceContext[IncomingPhoneNumber]):
    """One phone number: ``fetch()``, ``update()`` and ``delete()`` (releases the number)."""

    _spec = INCOMING_PHONE_NUMBERS

    async def update(
        self, **params: Unpack[IncomingPhoneNumberUpdateParams]
    ) -> IncomingPhoneNumber:
        """Change the number's webhooks, name or settings, or move it to another account."""
        return await self._update(params)


class IncomingPhoneNumberList(ListResource[IncomingPhoneNumber]):
    """The account's phone numbers: ``client.incoming_phone_numbers``."""

    _spec = INCOMING_PHONE_NUMBERS
    _context = IncomingPhoneNumberContext

    def __call__(self, sid: str) -> IncomingPhoneNumberContext:
        """The phone number with this SID (``PN...``)."""
        return self._get(sid)  # type: ignore[no-any-return]

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[IncomingPhoneNumberFilters],
    ) -> AsyncIterator[IncomingPhoneNumber]:
        """Iterate over phone numbers, fetching one page at a time."""
        return self._stream(filters, limit, page_size)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[IncomingPhoneNumberFilters],
    ) -> list[IncomingPhoneNumber]:
        """Return phone numbers as a list (at most ``limit``)."""
        return await self._list(filters, limit, page_size)

    async def page(
        self, *, page_size: int | None = None, **filters: Unpack[IncomingPhoneNumberFilters]
    ) -> Page[IncomingPhoneNumber]:
        """Fetch the first page of phone numbers; follow ``next_page()`` for more."""
        return await self._page(filters, page_size)
