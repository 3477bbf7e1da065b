# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: AssignedAddOnExtension (Accounts/AccountSid/IncomingPhoneNumbers/ResourceSid/AssignedAddOns/AssignedAddOnSid/Extensions) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = [
    "AssignedAddOnExtensionContext",
    "AssignedAddOnExtensionList",
    "IncomingPhoneNumberAssignedAddOnExtension",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class IncomingPhoneNumberAssignedAddOnExtension(Record):
    """Record ``api.v2010.account.incoming_phone_number.incoming_phone_number_assigned_add_on.incoming_phone_number_assigned_add_on_extension`` (every field but ``sid``, ``account_sid``, ``resource_sid``, ``assigned_add_on_sid`` may be ``None``)."""

    sid: str
    account_sid: str
    resource_sid: str
    assigned_add_on_sid: str
    friendly_name: str | None = None
    product_name: str | None = None
    unique_name: str | None = None
    uri: str | None = None
    enabled: bool | None = None


_CONTEXT_FETCH: Operation[IncomingPhoneNumberAssignedAddOnExtension] = Operation(
    id="api.v2010.accounts.incoming_phone_numbers.assigned_add_ons.extensions.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions/{Sid}.json",
    spec="api_v2010",
    record=IncomingPhoneNumberAssignedAddOnExtension,
)


_LIST_LIST: Operation[IncomingPhoneNumberAssignedAddOnExtension] = Operation(
    id="api.v2010.accounts.incoming_phone_numbers.assigned_add_ons.extensions.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions.json",
    spec="api_v2010",
    record=IncomingPhoneNumberAssignedAddOnExtension,
    paging="v2010",
    envelope="extensions",
)


class AssignedAddOnExtensionContext(Resource):
    """One ``Accounts/AccountSid/IncomingPhoneNumbers/ResourceSid/AssignedAddOns/AssignedAddOnSid/Extensions`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[3]

    async def fetch(self) -> IncomingPhoneNumberAssignedAddOnExtension:
        """Fetch an instance of an Extension for the Assigned Add-on."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class AssignedAddOnExtensionList(Resource):
    """``Accounts/AccountSid/IncomingPhoneNumbers/ResourceSid/AssignedAddOns/AssignedAddOnSid/Extensions`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions.json"

    def __call__(self, sid: str) -> AssignedAddOnExtensionContext:
        """The record with this ``sid``."""
        return self._child(AssignedAddOnExtensionContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[IncomingPhoneNumberAssignedAddOnExtension]:
        """Retrieve a list of Extensions for the Assigned Add-on. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[IncomingPhoneNumberAssignedAddOnExtension]:
        """Retrieve a list of Extensions for the Assigned Add-on. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[IncomingPhoneNumberAssignedAddOnExtension]:
        """Retrieve a list of Extensions for the Assigned Add-on. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
