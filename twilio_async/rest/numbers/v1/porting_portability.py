# Generated from specs/twilio-oai/twilio_numbers_v1.json by codegen; do not edit.
"""Numbers v1: PortingPortability (Porting/Portability/PhoneNumber) on numbers.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "PortingPortability",
    "PortingPortabilityContext",
    "PortingPortabilityFetchParams",
    "PortingPortabilityList",
    "PortingPortabilityNumberType",
]


class PortingPortabilityNumberType(OpenEnum):
    """``porting_portability_enum_number_type``."""

    LOCAL = "LOCAL"
    UNKNOWN = "UNKNOWN"
    MOBILE = "MOBILE"
    TOLL_FREE = "TOLL-FREE"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PortingPortability(Record):
    """Record ``numbers.v1.porting_portability`` (every field but ``phone_number``, ``account_sid``, ``url`` may be ``None``)."""

    phone_number: str
    account_sid: str
    portable: bool | None = None
    pin_and_account_number_required: bool | None = None
    not_portable_reason: str | None = None
    not_portable_reason_code: int | None = None
    number_type: PortingPortabilityNumberType | None = None
    country: str | None = None
    url: str


class PortingPortabilityFetchParams(TypedDict, total=False):
    """Keywords of ``numbers.v1.porting_portabilities.fetch`` (``FetchPortingPortability``)."""

    target_account_sid: str
    """Account Sid to which the number will be ported."""
    address_sid: str
    """Address Sid of customer to which the number will be ported."""


_CONTEXT_FETCH: Operation[PortingPortability] = Operation(
    id="numbers.v1.porting_portabilities.fetch",
    method="GET",
    product="numbers",
    path="/v1/Porting/Portability/PhoneNumber/{PhoneNumber}",
    spec="numbers_v1",
    record=PortingPortability,
    query={
        "target_account_sid": "TargetAccountSid",
        "address_sid": "AddressSid",
    },
)


class PortingPortabilityContext(Resource):
    """One ``Porting/Portability/PhoneNumber`` record: phone_number."""

    _path = "/v1/Porting/Portability/PhoneNumber/{PhoneNumber}"

    @property
    def phone_number(self) -> str:
        """The ``phone_number`` this context points at."""
        return self._values[0]

    async def fetch(self, **params: Unpack[PortingPortabilityFetchParams]) -> PortingPortability:
        """Check if a single phone number can be ported to Twilio."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class PortingPortabilityList(Resource):
    """``Porting/Portability/PhoneNumber`` (call it with a phone_number)."""

    def __call__(self, phone_number: str) -> PortingPortabilityContext:
        """The record with this ``phone_number``."""
        return self._child(PortingPortabilityContext, phone_number=phone_number)
