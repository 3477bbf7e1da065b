# Generated from specs/twilio-oai/twilio_proxy_v1.json by codegen; do not edit.
"""Proxy v1: PhoneNumber (Services/ServiceSid/PhoneNumbers) on proxy.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "PhoneNumber",
    "PhoneNumberCapabilities",
    "PhoneNumberContext",
    "PhoneNumberCreateParams",
    "PhoneNumberList",
    "PhoneNumberUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PhoneNumber(Record):
    """Record ``proxy.v1.service.phone_number`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    phone_number: str | None = None
    friendly_name: str | None = None
    iso_country: str | None = None
    capabilities: PhoneNumberCapabilities | None = None
    url: str
    is_reserved: bool | None = None
    in_use: int | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PhoneNumberCapabilities(Record):
    """Record ``PhoneNumberCapabilities`` (every field may be ``None``)."""

    fax: bool | None = None
    mms: bool | None = None
    sms: bool | None = None
    voice: bool | None = None


class PhoneNumberCreateParams(TypedDict, total=False):
    """Keywords of ``proxy.v1.services.phone_numbers.create`` (``CreatePhoneNumber``)."""

    sid: str
    """The SID of a Twilio IncomingPhoneNumber resource that represents the Twilio Number you would like to assign to your Proxy Service."""
    phone_number: str
    """The phone number in E.164 format."""
    is_reserved: bool
    """Whether the new phone number should be reserved and not be assigned to a participant using proxy pool logic."""


class PhoneNumberUpdateParams(TypedDict, total=False):
    """Keywords of ``proxy.v1.services.phone_numbers.update`` (``UpdatePhoneNumber``)."""

    is_reserved: bool
    """Whether the phone number should be reserved and not be assigned to a participant using proxy pool logic."""


_LIST_LIST: Operation[PhoneNumber] = Operation(
    id="proxy.v1.services.phone_numbers.list",
    method="GET",
    product="proxy",
    path="/v1/Services/{ServiceSid}/PhoneNumbers",
    spec="proxy_v1",
    record=PhoneNumber,
    paging="meta",
    envelope="phone_numbers",
)


_LIST_CREATE: Operation[PhoneNumber] = Operation(
    id="proxy.v1.services.phone_numbers.create",
    method="POST",
    product="proxy",
    path="/v1/Services/{ServiceSid}/PhoneNumbers",
    spec="proxy_v1",
    record=PhoneNumber,
    form={
        "sid": "Sid",
        "phone_number": "PhoneNumber",
        "is_reserved": "IsReserved",
    },
)


_CONTEXT_FETCH: Operation[PhoneNumber] = Operation(
    id="proxy.v1.services.phone_numbers.fetch",
    method="GET",
    product="proxy",
    path="/v1/Services/{ServiceSid}/PhoneNumbers/{Sid}",
    spec="proxy_v1",
    record=PhoneNumber,
)


_CONTEXT_UPDATE: Operation[PhoneNumber] = Operation(
    id="proxy.v1.services.phone_numbers.update",
    method="POST",
    product="proxy",
    path="/v1/Services/{ServiceSid}/PhoneNumbers/{Sid}",
    spec="proxy_v1",
    record=PhoneNumber,
    form={
        "is_reserved": "IsReserved",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="proxy.v1.services.phone_numbers.delete",
    method="DELETE",
    product="proxy",
    path="/v1/Services/{ServiceSid}/PhoneNumbers/{Sid}",
    spec="proxy_v1",
)


class PhoneNumberContext(Resource):
    """One ``Services/ServiceSid/PhoneNumbers`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/PhoneNumbers/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> PhoneNumber:
        """Fetch a specific Phone Number."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[PhoneNumberUpdateParams]) -> PhoneNumber:
        """Update a specific Proxy Number."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Phone Number from a Service."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class PhoneNumberList(CreateMany[PhoneNumberCreateParams, PhoneNumber], Resource):
    """``Services/ServiceSid/PhoneNumbers`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/PhoneNumbers"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> PhoneNumberContext:
        """The record with this ``sid``."""
        return self._child(PhoneNumberContext, sid=sid)

    async def create(self, **params: Unpack[PhoneNumberCreateParams]) -> PhoneNumber:
        """Add a Phone Number to a Service's Proxy Number Pool."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[PhoneNumber]:
        """Retrieve a list of all Phone Numbers in the Proxy Number Pool for a Service. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[PhoneNumber]:
        """Retrieve a list of all Phone Numbers in the Proxy Number Pool for a Service. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[PhoneNumber]:
        """Retrieve a list of all Phone Numbers in the Proxy Number Pool for a Service. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
