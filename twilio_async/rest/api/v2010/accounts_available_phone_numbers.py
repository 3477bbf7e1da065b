# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: AvailablePhoneNumberCountry (Accounts/AccountSid/AvailablePhoneNumbers) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010.accounts_available_phone_numbers_local import LocalList
    from twilio_async.rest.api.v2010.accounts_available_phone_numbers_machine_to_machine import (
        MachineToMachineList,
    )
    from twilio_async.rest.api.v2010.accounts_available_phone_numbers_mobile import MobileList
    from twilio_async.rest.api.v2010.accounts_available_phone_numbers_national import NationalList
    from twilio_async.rest.api.v2010.accounts_available_phone_numbers_shared_cost import (
        SharedCostList,
    )
    from twilio_async.rest.api.v2010.accounts_available_phone_numbers_toll_free import TollFreeList
    from twilio_async.rest.api.v2010.accounts_available_phone_numbers_voip import VoipList

__all__ = [
    "AvailablePhoneNumberCountry",
    "AvailablePhoneNumberCountryContext",
    "AvailablePhoneNumberCountryList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AvailablePhoneNumberCountry(Record):
    """Record ``api.v2010.account.available_phone_number_country`` (every field but ``country_code`` may be ``None``)."""

    country_code: str
    country: str | None = None
    uri: str | None = None
    beta: bool | None = None
    subresource_uris: dict[str, Any] | None = None


_LIST_LIST: Operation[AvailablePhoneNumberCountry] = Operation(
    id="api.v2010.accounts.available_phone_numbers.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers.json",
    spec="api_v2010",
    record=AvailablePhoneNumberCountry,
    envelope="countries",
)


_CONTEXT_FETCH: Operation[AvailablePhoneNumberCountry] = Operation(
    id="api.v2010.accounts.available_phone_numbers.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}.json",
    spec="api_v2010",
    record=AvailablePhoneNumberCountry,
)


class AvailablePhoneNumberCountryContext(Resource):
    """One ``Accounts/AccountSid/AvailablePhoneNumbers`` record: country_code."""

    _path = "/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}.json"

    @property
    def country_code(self) -> str:
        """The ``country_code`` this context points at."""
        return self._values[1]

    async def fetch(self) -> AvailablePhoneNumberCountry:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    @property
    def local(self) -> LocalList:
        """``Accounts/AccountSid/AvailablePhoneNumbers/CountryCode/Local``."""
        from twilio_async.rest.api.v2010.accounts_available_phone_numbers_local import LocalList

        return self._child(LocalList)

    @property
    def machine_to_machine(self) -> MachineToMachineList:
        """``Accounts/AccountSid/AvailablePhoneNumbers/CountryCode/MachineToMachine``."""
        from twilio_async.rest.api.v2010.accounts_available_phone_numbers_machine_to_machine import (
            MachineToMachineList,
        )

        return self._child(MachineToMachineList)

    @property
    def mobile(self) -> MobileList:
        """``Accounts/AccountSid/AvailablePhoneNumbers/CountryCode/Mobile``."""
        from twilio_async.rest.api.v2010.accounts_available_phone_numbers_mobile import MobileList

        return self._child(MobileList)

    @property
    def national(self) -> NationalList:
        """``Accounts/AccountSid/AvailablePhoneNumbers/CountryCode/National``."""
        from twilio_async.rest.api.v2010.accounts_available_phone_numbers_national import (
            NationalList,
        )

        return self._child(NationalList)

    @property
    def shared_cost(self) -> SharedCostList:
        """``Accounts/AccountSid/AvailablePhoneNumbers/CountryCode/SharedCost``."""
        from twilio_async.rest.api.v2010.accounts_available_phone_numbers_shared_cost import (
            SharedCostList,
        )

        return self._child(SharedCostList)

    @property
    def toll_free(self) -> TollFreeList:
        """``Accounts/AccountSid/AvailablePhoneNumbers/CountryCode/TollFree``."""
        from twilio_async.rest.api.v2010.accounts_available_phone_numbers_toll_free import (
            TollFreeList,
        )

        return self._child(TollFreeList)

    @property
    def voip(self) -> VoipList:
        """``Accounts/AccountSid/AvailablePhoneNumbers/CountryCode/Voip``."""
        from twilio_async.rest.api.v2010.accounts_available_phone_numbers_voip import VoipList

        return self._child(VoipList)


class AvailablePhoneNumberCountryList(Resource):
    """``Accounts/AccountSid/AvailablePhoneNumbers`` (call it with a country_code)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers.json"

    def __call__(self, country_code: str) -> AvailablePhoneNumberCountryContext:
        """The record with this ``country_code``."""
        return self._child(AvailablePhoneNumberCountryContext, country_code=country_code)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[AvailablePhoneNumberCountry]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[AvailablePhoneNumberCountry]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[AvailablePhoneNumberCountry]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
