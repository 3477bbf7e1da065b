# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1: BrandVetting (a2p/BrandRegistrations/BrandSid/Vettings) on messaging.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "BrandVetting",
    "BrandVettingContext",
    "BrandVettingCreateParams",
    "BrandVettingList",
    "BrandVettingListParams",
    "BrandVettingVettingProvider",
]


class BrandVettingVettingProvider(OpenEnum):
    """``brand_vetting_enum_vetting_provider``."""

    CAMPAIGN_VERIFY = "campaign-verify"
    AEGIS = "aegis"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class BrandVetting(Record):
    """Record ``messaging.v1.brand_registrations.brand_vetting`` (every field but ``account_sid``, ``brand_sid``, ``brand_vetting_sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    brand_sid: str
    brand_vetting_sid: str
    date_updated: datetime | None = None
    date_created: datetime
    vetting_id: str | None = None
    vetting_class: str | None = None
    vetting_status: str | None = None
    vetting_provider: BrandVettingVettingProvider | None = None
    url: str


class BrandVettingListParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.brand_registrations.brand_vettings.list`` (``ListBrandVetting``)."""

    vetting_provider: str
    """The third-party provider of the vettings to read."""


class BrandVettingCreateParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.brand_registrations.brand_vettings.create`` (``CreateBrandVetting``)."""

    vetting_provider: Required[str]
    vetting_id: str
    """The unique ID of the vetting."""


_LIST_LIST: Operation[BrandVetting] = Operation(
    id="messaging.v1.brand_registrations.brand_vettings.list",
    method="GET",
    product="messaging",
    path="/v1/a2p/BrandRegistrations/{BrandSid}/Vettings",
    spec="messaging_v1",
    record=BrandVetting,
    query={
        "vetting_provider": "VettingProvider",
    },
    paging="meta",
    envelope="data",
)


_LIST_CREATE: Operation[BrandVetting] = Operation(
    id="messaging.v1.brand_registrations.brand_vettings.create",
    method="POST",
    product="messaging",
    path="/v1/a2p/BrandRegistrations/{BrandSid}/Vettings",
    spec="messaging_v1",
    record=BrandVetting,
    form={
        "vetting_provider": "VettingProvider",
        "vetting_id": "VettingId",
    },
    required=frozenset(["vetting_provider"]),
)


_CONTEXT_FETCH: Operation[BrandVetting] = Operation(
    id="messaging.v1.brand_registrations.brand_vettings.fetch",
    method="GET",
    product="messaging",
    path="/v1/a2p/BrandRegistrations/{BrandSid}/Vettings/{BrandVettingSid}",
    spec="messaging_v1",
    record=BrandVetting,
)


class BrandVettingContext(Resource):
    """One ``a2p/BrandRegistrations/BrandSid/Vettings`` record: brand_vetting_sid."""

    _path = "/v1/a2p/BrandRegistrations/{BrandSid}/Vettings/{BrandVettingSid}"

    @property
    def brand_vetting_sid(self) -> str:
        """The ``brand_vetting_sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> BrandVetting:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class BrandVettingList(CreateMany[BrandVettingCreateParams, BrandVetting], Resource):
    """``a2p/BrandRegistrations/BrandSid/Vettings`` (call it with a brand_vetting_sid)."""

    _path = "/v1/a2p/BrandRegistrations/{BrandSid}/Vettings"
    _create_operation = _LIST_CREATE

    def __call__(self, brand_vetting_sid: str) -> BrandVettingContext:
        """The record with this ``brand_vetting_sid``."""
        return self._child(BrandVettingContext, brand_vetting_sid=brand_vetting_sid)

    async def create(self, **params: Unpack[BrandVettingCreateParams]) -> BrandVetting:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[BrandVettingListParams],
    ) -> AsyncIterator[BrandVetting]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[BrandVettingListParams],
    ) -> Page[BrandVetting]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[BrandVettingListParams],
    ) -> list[BrandVetting]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
