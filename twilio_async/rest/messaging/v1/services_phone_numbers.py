# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1: PhoneNumber (Services/ServiceSid/PhoneNumbers) on messaging.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["PhoneNumber", "PhoneNumberContext", "PhoneNumberCreateParams", "PhoneNumberList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PhoneNumber(Record):
    """Record ``messaging.v1.service.phone_number`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    phone_number: str | None = None
    country_code: str | None = None
    capabilities: list[str] | None = None
    url: str


class PhoneNumberCreateParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.services.phone_numbers.create`` (``CreatePhoneNumber``)."""

    phone_number_sid: Required[str]
    """The SID of the Phone Number being added to the Service."""


_LIST_LIST: Operation[PhoneNumber] = Operation(
    id="messaging.v1.services.phone_numbers.list",
    method="GET",
    product="messaging",
    path="/v1/Services/{ServiceSid}/PhoneNumbers",
    spec="messaging_v1",
    record=PhoneNumber,
    paging="meta",
    envelope="phone_numbers",
)


_LIST_CREATE: Operation[PhoneNumber] = Operation(
    id="messaging.v1.services.phone_numbers.create",
    method="POST",
    product="messaging",
    path="/v1/Services/{ServiceSid}/PhoneNumbers",
    spec="messaging_v1",
    record=PhoneNumber,
    form={
        "phone_number_sid": "PhoneNumberSid",
    },
    required=frozenset(["phone_number_sid"]),
)


_CONTEXT_FETCH: Operation[PhoneNumber] = Operation(
    id="messaging.v1.services.phone_numbers.fetch",
    method="GET",
    product="messaging",
    path="/v1/Services/{ServiceSid}/PhoneNumbers/{Sid}",
    spec="messaging_v1",
    record=PhoneNumber,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="messaging.v1.services.phone_numbers.delete",
    method="DELETE",
    product="messaging",
    path="/v1/Services/{ServiceSid}/PhoneNumbers/{Sid}",
    spec="messaging_v1",
)


class PhoneNumberContext(Resource):
    """One ``Services/ServiceSid/PhoneNumbers`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/PhoneNumbers/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> PhoneNumber:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """delete."""
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
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[PhoneNumber]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[PhoneNumber]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[PhoneNumber]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
