# Generated from specs/twilio-oai/twilio_voice_v1.json by codegen; do not edit.
"""Voice v1: SourceIpMapping (SourceIpMappings) on voice.twilio.com."""

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
    "SourceIpMapping",
    "SourceIpMappingContext",
    "SourceIpMappingCreateParams",
    "SourceIpMappingList",
    "SourceIpMappingUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SourceIpMapping(Record):
    """Record ``voice.v1.source_ip_mapping`` (every field but ``sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    ip_record_sid: str | None = None
    sip_domain_sid: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class SourceIpMappingCreateParams(TypedDict, total=False):
    """Keywords of ``voice.v1.source_ip_mappings.create`` (``CreateSourceIpMapping``)."""

    ip_record_sid: Required[str]
    """The Twilio-provided string that uniquely identifies the IP Record resource to map from."""
    sip_domain_sid: Required[str]
    """The SID of the SIP Domain that the IP Record should be mapped to."""


class SourceIpMappingUpdateParams(TypedDict, total=False):
    """Keywords of ``voice.v1.source_ip_mappings.update`` (``UpdateSourceIpMapping``)."""

    sip_domain_sid: Required[str]
    """The SID of the SIP Domain that the IP Record should be mapped to."""


_LIST_LIST: Operation[SourceIpMapping] = Operation(
    id="voice.v1.source_ip_mappings.list",
    method="GET",
    product="voice",
    path="/v1/SourceIpMappings",
    spec="voice_v1",
    record=SourceIpMapping,
    paging="meta",
    envelope="source_ip_mappings",
)


_LIST_CREATE: Operation[SourceIpMapping] = Operation(
    id="voice.v1.source_ip_mappings.create",
    method="POST",
    product="voice",
    path="/v1/SourceIpMappings",
    spec="voice_v1",
    record=SourceIpMapping,
    form={
        "ip_record_sid": "IpRecordSid",
        "sip_domain_sid": "SipDomainSid",
    },
    required=frozenset(["ip_record_sid", "sip_domain_sid"]),
)


_CONTEXT_FETCH: Operation[SourceIpMapping] = Operation(
    id="voice.v1.source_ip_mappings.fetch",
    method="GET",
    product="voice",
    path="/v1/SourceIpMappings/{Sid}",
    spec="voice_v1",
    record=SourceIpMapping,
)


_CONTEXT_UPDATE: Operation[SourceIpMapping] = Operation(
    id="voice.v1.source_ip_mappings.update",
    method="POST",
    product="voice",
    path="/v1/SourceIpMappings/{Sid}",
    spec="voice_v1",
    record=SourceIpMapping,
    form={
        "sip_domain_sid": "SipDomainSid",
    },
    required=frozenset(["sip_domain_sid"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="voice.v1.source_ip_mappings.delete",
    method="DELETE",
    product="voice",
    path="/v1/SourceIpMappings/{Sid}",
    spec="voice_v1",
)


class SourceIpMappingContext(Resource):
    """One ``SourceIpMappings`` record: sid."""

    _path = "/v1/SourceIpMappings/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> SourceIpMapping:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[SourceIpMappingUpdateParams]) -> SourceIpMapping:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class SourceIpMappingList(CreateMany[SourceIpMappingCreateParams, SourceIpMapping], Resource):
    """``SourceIpMappings`` (call it with a sid)."""

    _path = "/v1/SourceIpMappings"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> SourceIpMappingContext:
        """The record with this ``sid``."""
        return self._child(SourceIpMappingContext, sid=sid)

    async def create(self, **params: Unpack[SourceIpMappingCreateParams]) -> SourceIpMapping:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[SourceIpMapping]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[SourceIpMapping]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[SourceIpMapping]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
