# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Address (Accounts/AccountSid/Addresses) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010.accounts_addresses_dependent_phone_numbers import (
        DependentPhoneNumberList,
    )

__all__ = [
    "Address",
    "AddressContext",
    "AddressCreateParams",
    "AddressList",
    "AddressListParams",
    "AddressUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Address(Record):
    """Record ``api.v2010.account.address`` (every field but ``account_sid``, ``date_created``, ``sid`` may be ``None``)."""

    account_sid: str
    city: str | None = None
    customer_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    friendly_name: str | None = None
    iso_country: str | None = None
    postal_code: str | None = None
    region: str | None = None
    sid: str
    street: str | None = None
    uri: str | None = None
    emergency_enabled: bool | None = None
    validated: bool | None = None
    verified: bool | None = None
    street_secondary: str | None = None


class AddressListParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.addresses.list`` (``ListAddress``)."""

    customer_name: str
    """The `customer_name` of the Address resources to read."""
    friendly_name: str
    """The string that identifies the Address resources to read."""
    emergency_enabled: bool
    """Whether the address can be associated to a number for emergency calling."""
    iso_country: str
    """The ISO country code of the Address resources to read."""


class AddressCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.addresses.create`` (``CreateAddress``)."""

    customer_name: Required[str]
    """The name to associate with the new address."""
    street: Required[str]
    """The number and street address of the new address."""
    city: Required[str]
    """The city of the new address."""
    region: Required[str]
    """The state or region of the new address."""
    postal_code: Required[str]
    """The postal code of the new address."""
    iso_country: Required[str]
    """The ISO country code of the new address."""
    friendly_name: str
    """A descriptive string that you create to describe the new address."""
    emergency_enabled: bool
    """Whether to enable emergency calling on the new address."""
    auto_correct_address: bool
    """Whether we should automatically correct the address."""
    street_secondary: str
    """The additional number and street address of the address."""


class AddressUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.addresses.update`` (``UpdateAddress``)."""

    friendly_name: str
    """A descriptive string that you create to describe the new address."""
    customer_name: str
    """The name to associate with the address."""
    street: str
    """The number and street address of the address."""
    city: str
    """The city of the address."""
    region: str
    """The state or region of the address."""
    postal_code: str
    """The postal code of the address."""
    emergency_enabled: bool
    """Whether to enable emergency calling on the address."""
    auto_correct_address: bool
    """Whether we should automatically correct the address."""
    street_secondary: str
    """The additional number and street address of the address."""


_LIST_LIST: Operation[Address] = Operation(
    id="api.v2010.accounts.addresses.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Addresses.json",
    spec="api_v2010",
    record=Address,
    query={
        "customer_name": "CustomerName",
        "friendly_name": "FriendlyName",
        "emergency_enabled": "EmergencyEnabled",
        "iso_country": "IsoCountry",
    },
    paging="v2010",
    envelope="addresses",
)


_LIST_CREATE: Operation[Address] = Operation(
    id="api.v2010.accounts.addresses.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Addresses.json",
    spec="api_v2010",
    record=Address,
    form={
        "customer_name": "CustomerName",
        "street": "Street",
        "city": "City",
        "region": "Region",
        "postal_code": "PostalCode",
        "iso_country": "IsoCountry",
        "friendly_name": "FriendlyName",
        "emergency_enabled": "EmergencyEnabled",
        "auto_correct_address": "AutoCorrectAddress",
        "street_secondary": "StreetSecondary",
    },
    required=frozenset(["city", "customer_name", "iso_country", "postal_code", "region", "street"]),
)


_CONTEXT_FETCH: Operation[Address] = Operation(
    id="api.v2010.accounts.addresses.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Addresses/{Sid}.json",
    spec="api_v2010",
    record=Address,
)


_CONTEXT_UPDATE: Operation[Address] = Operation(
    id="api.v2010.accounts.addresses.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Addresses/{Sid}.json",
    spec="api_v2010",
    record=Address,
    form={
        "friendly_name": "FriendlyName",
        "customer_name": "CustomerName",
        "street": "Street",
        "city": "City",
        "region": "Region",
        "postal_code": "PostalCode",
        "emergency_enabled": "EmergencyEnabled",
        "auto_correct_address": "AutoCorrectAddress",
        "street_secondary": "StreetSecondary",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.addresses.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Addresses/{Sid}.json",
    spec="api_v2010",
)


class AddressContext(Resource):
    """One ``Accounts/AccountSid/Addresses`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Addresses/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Address:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[AddressUpdateParams]) -> Address:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def dependent_phone_numbers(self) -> DependentPhoneNumberList:
        """``Accounts/AccountSid/Addresses/AddressSid/DependentPhoneNumbers``."""
        from twilio_async.rest.api.v2010.accounts_addresses_dependent_phone_numbers import (
            DependentPhoneNumberList,
        )

        return self._child(DependentPhoneNumberList)


class AddressList(CreateMany[AddressCreateParams, Address], Resource):
    """``Accounts/AccountSid/Addresses`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Addresses.json"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> AddressContext:
        """The record with this ``sid``."""
        return self._child(AddressContext, sid=sid)

    async def create(self, **params: Unpack[AddressCreateParams]) -> Address:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[AddressListParams],
    ) -> AsyncIterator[Address]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[AddressListParams],
    ) -> Page[Address]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[AddressListParams],
    ) -> list[Address]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
