# Generated from specs/twilio-oai/twilio_voice_v1.json by codegen; do not edit.
"""Voice v1: IpRecord (IpRecords) on voice.twilio.com."""

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

__all__ = [
    "IpRecord",
    "IpRecordContext",
    "IpRecordCreateParams",
    "IpRecordList",
    "IpRecordUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class IpRecord(Record):
    """Record ``voice.v1.ip_record`` (every field but ``account_sid``, ``sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    sid: str
    friendly_name: str | None = None
    ip_address: str | None = None
    cidr_prefix_length: int | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class IpRecordCreateParams(TypedDict, total=False):
    """Keywords of ``voice.v1.ip_records.create`` (``CreateIpRecord``)."""

    ip_address: Required[str]
    """An IP address in dotted decimal notation, IPv4 only."""
    friendly_name: str
    """A descriptive string that you create to describe the resource."""
    cidr_prefix_length: int
    """An integer representing the length of the CIDR prefix to use with this IP address."""


class IpRecordUpdateParams(TypedDict, total=False):
    """Keywords of ``voice.v1.ip_records.update`` (``UpdateIpRecord``)."""

    friendly_name: str
    """A descriptive string that you create to describe the resource."""


_LIST_LIST: Operation[IpRecord] = Operation(
    id="voice.v1.ip_records.list",
    method="GET",
    product="voice",
    path="/v1/IpRecords",
    spec="voice_v1",
    record=IpRecord,
    paging="meta",
    envelope="ip_records",
)


_LIST_CREATE: Operation[IpRecord] = Operation(
    id="voice.v1.ip_records.create",
    method="POST",
    product="voice",
    path="/v1/IpRecords",
    spec="voice_v1",
    record=IpRecord,
    form={
        "ip_address": "IpAddress",
        "friendly_name": "FriendlyName",
        "cidr_prefix_length": "CidrPrefixLength",
    },
    required=frozenset(["ip_address"]),
)


_CONTEXT_FETCH: Operation[IpRecord] = Operation(
    id="voice.v1.ip_records.fetch",
    method="GET",
    product="voice",
    path="/v1/IpRecords/{Sid}",
    spec="voice_v1",
    record=IpRecord,
)


_CONTEXT_UPDATE: Operation[IpRecord] = Operation(
    id="voice.v1.ip_records.update",
    method="POST",
    product="voice",
    path="/v1/IpRecords/{Sid}",
    spec="voice_v1",
    record=IpRecord,
    form={
        "friendly_name": "FriendlyName",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="voice.v1.ip_records.delete",
    method="DELETE",
    product="voice",
    path="/v1/IpRecords/{Sid}",
    spec="voice_v1",
)


class IpRecordContext(Resource):
    """One ``IpRecords`` record: sid."""

    _path = "/v1/IpRecords/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> IpRecord:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[IpRecordUpdateParams]) -> IpRecord:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class IpRecordList(CreateMany[IpRecordCreateParams, IpRecord], Resource):
    """``IpRecords`` (call it with a sid)."""

    _path = "/v1/IpRecords"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> IpRecordContext:
        """The record with this ``sid``."""
        return self._child(IpRecordContext, sid=sid)

    async def create(self, **params: Unpack[IpRecordCreateParams]) -> IpRecord:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[IpRecord]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[IpRecord]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[IpRecord]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
