# Generated from specs/twilio-oai/twilio_lookups_v1.json by codegen; do not edit.
"""Lookups v1: PhoneNumber (PhoneNumbers) on lookups.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["PhoneNumber", "PhoneNumberContext", "PhoneNumberFetchParams", "PhoneNumberList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PhoneNumber(Record):
    """Record ``lookups.v1.phone_number`` (every field but ``phone_number``, ``url`` may be ``None``)."""

    caller_name: Any | None = None
    country_code: str | None = None
    phone_number: str
    national_format: str | None = None
    carrier: Any | None = None
    add_ons: Any | None = None
    url: str


class PhoneNumberFetchParams(TypedDict, total=False):
    """Keywords of ``lookups.v1.phone_numbers.fetch`` (``FetchPhoneNumber``)."""

    country_code: str
    """The ISO country code of the phone number to fetch."""
    type: Sequence[str]
    """The type of information to return."""
    add_ons: Sequence[str]
    """The `unique_name` of an Add-on you would like to invoke."""
    add_ons_data: Mapping[str, Any]
    """Data specific to the add-on you would like to invoke."""


_CONTEXT_FETCH: Operation[PhoneNumber] = Operation(
    id="lookups.v1.phone_numbers.fetch",
    method="GET",
    product="lookups",
    path="/v1/PhoneNumbers/{PhoneNumber}",
    spec="lookups_v1",
    record=PhoneNumber,
    query={
        "country_code": "CountryCode",
        "type": "Type",
        "add_ons": "AddOns",
        "add_ons_data": "AddOnsData",
    },
    collapse={
        "add_ons_data": "AddOns",
    },
)


class PhoneNumberContext(Resource):
    """One ``PhoneNumbers`` record: phone_number."""

    _path = "/v1/PhoneNumbers/{PhoneNumber}"

    @property
    def phone_number(self) -> str:
        """The ``phone_number`` this context points at."""
        return self._values[0]

    async def fetch(self, **params: Unpack[PhoneNumberFetchParams]) -> PhoneNumber:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class PhoneNumberList(Resource):
    """``PhoneNumbers`` (call it with a phone_number)."""

    def __call__(self, phone_number: str) -> PhoneNumberContext:
        """The record with this ``phone_number``."""
        return self._child(PhoneNumberContext, phone_number=phone_number)
