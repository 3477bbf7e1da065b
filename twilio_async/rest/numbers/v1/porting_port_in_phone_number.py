# Generated from specs/twilio-oai/twilio_numbers_v1.json by codegen; do not edit.
"""Numbers v1: PortingPortInPhoneNumber (Porting/PortIn/PortInRequestSid/PhoneNumber) on numbers.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = [
    "PortingPortInPhoneNumber",
    "PortingPortInPhoneNumberContext",
    "PortingPortInPhoneNumberList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PortingPortInPhoneNumber(Record):
    """Record ``numbers.v1.porting_port_in_phone_number`` (every field but ``port_in_request_sid``, ``phone_number_sid``, ``url``, ``account_sid``, ``date_created`` may be ``None``)."""

    port_in_request_sid: str
    phone_number_sid: str
    url: str
    account_sid: str
    phone_number_type: str | None = None
    date_created: datetime
    country: str | None = None
    missing_required_fields: bool | None = None
    last_updated: datetime | None = None
    phone_number: str | None = None
    portable: bool | None = None
    not_portability_reason: str | None = None
    not_portability_reason_code: int | None = None
    port_in_phone_number_status: str | None = None
    port_out_pin: int | None = attrs.field(default=None, repr=False)
    rejection_reason: str | None = None
    rejection_reason_code: int | None = None
    port_date: datetime | None = None


_CONTEXT_FETCH: Operation[PortingPortInPhoneNumber] = Operation(
    id="numbers.v1.porting_port_in_phone_number.fetch",
    method="GET",
    product="numbers",
    path="/v1/Porting/PortIn/{PortInRequestSid}/PhoneNumber/{PhoneNumberSid}",
    spec="numbers_v1",
    record=PortingPortInPhoneNumber,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="numbers.v1.porting_port_in_phone_number.delete",
    method="DELETE",
    product="numbers",
    path="/v1/Porting/PortIn/{PortInRequestSid}/PhoneNumber/{PhoneNumberSid}",
    spec="numbers_v1",
)


class PortingPortInPhoneNumberContext(Resource):
    """One ``Porting/PortIn/PortInRequestSid/PhoneNumber`` record: phone_number_sid."""

    _path = "/v1/Porting/PortIn/{PortInRequestSid}/PhoneNumber/{PhoneNumberSid}"

    @property
    def port_in_request_sid(self) -> str:
        """The ``port_in_request_sid`` this context points at."""
        return self._values[0]

    @property
    def phone_number_sid(self) -> str:
        """The ``phone_number_sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> PortingPortInPhoneNumber:
        """Fetch a phone number by port in request SID and phone number SID."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Allows to cancel a port in request phone number by SID."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class PortingPortInPhoneNumberList(Resource):
    """``Porting/PortIn/PortInRequestSid/PhoneNumber`` (call it with a phone_number_sid)."""

    def __call__(
        self, port_in_request_sid: str, phone_number_sid: str
    ) -> PortingPortInPhoneNumberContext:
        """The record with this ``port_in_request_sid``, ``phone_number_sid``."""
        return self._child(
            PortingPortInPhoneNumberContext,
            port_in_request_sid=port_in_request_sid,
            phone_number_sid=phone_number_sid,
        )
