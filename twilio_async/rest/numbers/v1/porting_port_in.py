# Generated from specs/twilio-oai/twilio_numbers_v1.json by codegen; do not edit.
"""Numbers v1: PortingPortIn (Porting/PortIn) on numbers.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "PortingAddress",
    "PortingLosingCarrierInformation",
    "PortingPortIn",
    "PortingPortInContext",
    "PortingPortInCreateParams",
    "PortingPortInList",
    "PortingPortInPhoneNumberResult",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PortingAddress(Record):
    """Record ``numbers.v1.porting_address`` (every field may be ``None``)."""

    street: str | None = None
    street_2: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    country: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PortingLosingCarrierInformation(Record):
    """Record ``numbers.v1.porting_losing_carrier_information`` (every field may be ``None``)."""

    customer_name: str | None = None
    account_number: str | None = None
    account_telephone_number: str | None = None
    address_sid: str | None = None
    address: PortingAddress | None = None
    authorized_representative: str | None = None
    authorized_representative_email: str | None = None
    customer_type: str | None = None
    authorized_representative_katakana: str | None = None
    sub_municipality: str | None = None
    building: str | None = None
    katakana_name: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PortingPortIn(Record):
    """Record ``numbers.v1.porting_port_in`` (every field but ``port_in_request_sid``, ``url``, ``account_sid``, ``date_created`` may be ``None``)."""

    port_in_request_sid: str
    url: str
    account_sid: str
    notification_emails: list[str] | None = None
    target_port_in_date: date | None = None
    target_port_in_time_range_start: str | None = None
    target_port_in_time_range_end: str | None = None
    port_in_request_status: str | None = None
    order_cancellation_reason: str | None = None
    losing_carrier_information: PortingLosingCarrierInformation | None = None
    phone_numbers: list[PortingPortInPhoneNumberResult] | None = None
    bundle_sid: str | None = None
    portability_advance_carrier: str | None = None
    auto_cancel_approval_numbers: str | None = None
    documents: list[str] | None = None
    date_created: datetime
    support_ticket_id: int | None = None
    signature_request_url: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PortingPortInPhoneNumberResult(Record):
    """Record ``numbers.v1.porting_port_in_phone_number_result`` (every field may be ``None``)."""

    not_portability_reason: str | None = None
    not_portability_reason_code: int | None = None
    number_type: str | None = None
    phone_number: str | None = None
    port_date: datetime | None = None
    port_in_phone_number_sid: str | None = None
    port_in_phone_number_status: str | None = None
    portable: bool | None = None
    rejection_reason: str | None = None
    rejection_reason_code: str | None = None
    status_last_time_updated_timestamp: str | None = None
    external_porting_vendor_phone_number_id: str | None = None


class PortingPortInCreateParams(TypedDict, total=False):
    """Keywords of ``numbers.v1.porting_port_ins.create`` (``CreatePortingPortIn``)."""

    numbers_v1_porting_port_in_create: Required[Mapping[str, Any]]
    """JSON body."""


_LIST_CREATE: Operation[PortingPortIn] = Operation(
    id="numbers.v1.porting_port_ins.create",
    method="POST",
    product="numbers",
    path="/v1/Porting/PortIn",
    spec="numbers_v1",
    record=PortingPortIn,
    body="numbers_v1_porting_port_in_create",
    required=frozenset(["numbers_v1_porting_port_in_create"]),
)


_CONTEXT_FETCH: Operation[PortingPortIn] = Operation(
    id="numbers.v1.porting_port_ins.fetch",
    method="GET",
    product="numbers",
    path="/v1/Porting/PortIn/{PortInRequestSid}",
    spec="numbers_v1",
    record=PortingPortIn,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="numbers.v1.porting_port_ins.delete",
    method="DELETE",
    product="numbers",
    path="/v1/Porting/PortIn/{PortInRequestSid}",
    spec="numbers_v1",
)


class PortingPortInContext(Resource):
    """One ``Porting/PortIn`` record: port_in_request_sid."""

    _path = "/v1/Porting/PortIn/{PortInRequestSid}"

    @property
    def port_in_request_sid(self) -> str:
        """The ``port_in_request_sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> PortingPortIn:
        """Fetch a port in request by SID."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Allows to cancel a port in request by SID."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class PortingPortInList(CreateMany[PortingPortInCreateParams, PortingPortIn], Resource):
    """``Porting/PortIn`` (call it with a port_in_request_sid)."""

    _path = "/v1/Porting/PortIn"
    _create_operation = _LIST_CREATE

    def __call__(self, port_in_request_sid: str) -> PortingPortInContext:
        """The record with this ``port_in_request_sid``."""
        return self._child(PortingPortInContext, port_in_request_sid=port_in_request_sid)

    async def create(self, **params: Unpack[PortingPortInCreateParams]) -> PortingPortIn:
        """Allows to create a new port in request."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
