# Generated from specs/twilio-oai/twilio_trunking_v1.json by codegen; do not edit.
"""Trunking v1: OriginationUrl (Trunks/TrunkSid/OriginationUrls) on trunking.twilio.com."""

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
    "OriginationUrl",
    "OriginationUrlContext",
    "OriginationUrlCreateParams",
    "OriginationUrlList",
    "OriginationUrlUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class OriginationUrl(Record):
    """Record ``trunking.v1.trunk.origination_url`` (every field but ``account_sid``, ``sid``, ``trunk_sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    sid: str
    trunk_sid: str
    weight: int | None = None
    enabled: bool | None = None
    sip_url: str | None = None
    friendly_name: str | None = None
    priority: int | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class OriginationUrlUpdateParams(TypedDict, total=False):
    """Keywords of ``trunking.v1.trunks.origination_urls.update`` (``UpdateOriginationUrl``)."""

    weight: int
    """The value that determines the relative share of the load the URI should receive compared to other URIs with the same priority."""
    priority: int
    """The relative importance of the URI."""
    enabled: bool
    """Whether the URL is enabled."""
    friendly_name: str
    """A descriptive string that you create to describe the resource."""
    sip_url: str
    """The SIP address you want Twilio to route your Origination calls to."""


class OriginationUrlCreateParams(TypedDict, total=False):
    """Keywords of ``trunking.v1.trunks.origination_urls.create`` (``CreateOriginationUrl``)."""

    weight: Required[int]
    """The value that determines the relative share of the load the URI should receive compared to other URIs with the same priority."""
    priority: Required[int]
    """The relative importance of the URI."""
    enabled: Required[bool]
    """Whether the URL is enabled."""
    friendly_name: Required[str]
    """A descriptive string that you create to describe the resource."""
    sip_url: Required[str]
    """The SIP address you want Twilio to route your Origination calls to."""


_CONTEXT_FETCH: Operation[OriginationUrl] = Operation(
    id="trunking.v1.trunks.origination_urls.fetch",
    method="GET",
    product="trunking",
    path="/v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}",
    spec="trunking_v1",
    record=OriginationUrl,
)


_CONTEXT_UPDATE: Operation[OriginationUrl] = Operation(
    id="trunking.v1.trunks.origination_urls.update",
    method="POST",
    product="trunking",
    path="/v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}",
    spec="trunking_v1",
    record=OriginationUrl,
    form={
        "weight": "Weight",
        "priority": "Priority",
        "enabled": "Enabled",
        "friendly_name": "FriendlyName",
        "sip_url": "SipUrl",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="trunking.v1.trunks.origination_urls.delete",
    method="DELETE",
    product="trunking",
    path="/v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}",
    spec="trunking_v1",
)


_LIST_LIST: Operation[OriginationUrl] = Operation(
    id="trunking.v1.trunks.origination_urls.list",
    method="GET",
    product="trunking",
    path="/v1/Trunks/{TrunkSid}/OriginationUrls",
    spec="trunking_v1",
    record=OriginationUrl,
    paging="meta",
    envelope="origination_urls",
)


_LIST_CREATE: Operation[OriginationUrl] = Operation(
    id="trunking.v1.trunks.origination_urls.create",
    method="POST",
    product="trunking",
    path="/v1/Trunks/{TrunkSid}/OriginationUrls",
    spec="trunking_v1",
    record=OriginationUrl,
    form={
        "weight": "Weight",
        "priority": "Priority",
        "enabled": "Enabled",
        "friendly_name": "FriendlyName",
        "sip_url": "SipUrl",
    },
    required=frozenset(["enabled", "friendly_name", "priority", "sip_url", "weight"]),
)


class OriginationUrlContext(Resource):
    """One ``Trunks/TrunkSid/OriginationUrls`` record: sid."""

    _path = "/v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> OriginationUrl:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[OriginationUrlUpdateParams]) -> OriginationUrl:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class OriginationUrlList(CreateMany[OriginationUrlCreateParams, OriginationUrl], Resource):
    """``Trunks/TrunkSid/OriginationUrls`` (call it with a sid)."""

    _path = "/v1/Trunks/{TrunkSid}/OriginationUrls"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> OriginationUrlContext:
        """The record with this ``sid``."""
        return self._child(OriginationUrlContext, sid=sid)

    async def create(self, **params: Unpack[OriginationUrlCreateParams]) -> OriginationUrl:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[OriginationUrl]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[OriginationUrl]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[OriginationUrl]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
