# Generated from specs/twilio-oai/twilio_trunking_v1.json by codegen; do not edit.
"""Trunking v1: PhoneNumber (Trunks/TrunkSid/PhoneNumbers) on trunking.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import HttpMethod, OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "PhoneNumber",
    "PhoneNumberAddressRequirement",
    "PhoneNumberCapabilities",
    "PhoneNumberContext",
    "PhoneNumberCreateParams",
    "PhoneNumberList",
]


class PhoneNumberAddressRequirement(OpenEnum):
    """``phone_number_enum_address_requirement``."""

    NONE = "none"
    ANY = "any"
    LOCAL = "local"
    FOREIGN = "foreign"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PhoneNumber(Record):
    """Record ``trunking.v1.trunk.phone_number`` (every field but ``account_sid``, ``date_created``, ``sid``, ``trunk_sid``, ``url`` may be ``None``)."""

    account_sid: str
    address_requirements: PhoneNumberAddressRequirement | None = None
    api_version: str | None = None
    beta: bool | None = None
    capabilities: PhoneNumberCapabilities | None = None
    date_created: datetime
    date_updated: datetime | None = None
    friendly_name: str | None = None
    links: dict[str, Any] | None = None
    phone_number: str | None = None
    sid: str
    sms_application_sid: str | None = None
    sms_fallback_method: HttpMethod | None = None
    sms_fallback_url: str | None = None
    sms_method: HttpMethod | None = None
    sms_url: str | None = None
    status_callback: str | None = None
    status_callback_method: HttpMethod | None = None
    trunk_sid: str
    url: str
    voice_application_sid: str | None = None
    voice_caller_id_lookup: bool | None = None
    voice_fallback_method: HttpMethod | None = None
    voice_fallback_url: str | None = None
    voice_method: HttpMethod | None = None
    voice_url: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PhoneNumberCapabilities(Record):
    """Record ``PhoneNumberCapabilities`` (every field may be ``None``)."""

    mms: bool | None = None
    sms: bool | None = None
    voice: bool | None = None
    fax: bool | None = None


class PhoneNumberCreateParams(TypedDict, total=False):
    """Keywords of ``trunking.v1.trunks.phone_numbers.create`` (``CreatePhoneNumber``)."""

    phone_number_sid: Required[str]
    """The SID of the Incoming Phone Number that you want to associate with the trunk."""


_CONTEXT_FETCH: Operation[PhoneNumber] = Operation(
    id="trunking.v1.trunks.phone_numbers.fetch",
    method="GET",
    product="trunking",
    path="/v1/Trunks/{TrunkSid}/PhoneNumbers/{Sid}",
    spec="trunking_v1",
    record=PhoneNumber,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="trunking.v1.trunks.phone_numbers.delete",
    method="DELETE",
    product="trunking",
    path="/v1/Trunks/{TrunkSid}/PhoneNumbers/{Sid}",
    spec="trunking_v1",
)


_LIST_LIST: Operation[PhoneNumber] = Operation(
    id="trunking.v1.trunks.phone_numbers.list",
    method="GET",
    product="trunking",
    path="/v1/Trunks/{TrunkSid}/PhoneNumbers",
    spec="trunking_v1",
    record=PhoneNumber,
    paging="meta",
    envelope="phone_numbers",
)


_LIST_CREATE: Operation[PhoneNumber] = Operation(
    id="trunking.v1.trunks.phone_numbers.create",
    method="POST",
    product="trunking",
    path="/v1/Trunks/{TrunkSid}/PhoneNumbers",
    spec="trunking_v1",
    record=PhoneNumber,
    form={
        "phone_number_sid": "PhoneNumberSid",
    },
    required=frozenset(["phone_number_sid"]),
)


class PhoneNumberContext(Resource):
    """One ``Trunks/TrunkSid/PhoneNumbers`` record: sid."""

    _path = "/v1/Trunks/{TrunkSid}/PhoneNumbers/{Sid}"

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
    """``Trunks/TrunkSid/PhoneNumbers`` (call it with a sid)."""

    _path = "/v1/Trunks/{TrunkSid}/PhoneNumbers"
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
