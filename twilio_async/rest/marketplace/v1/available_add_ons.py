# Generated from specs/twilio-oai/twilio_marketplace_v1.json by codegen; do not edit.
"""Marketplace v1: AvailableAddOn (AvailableAddOns) on marketplace.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

if TYPE_CHECKING:
    from twilio_async.rest.marketplace.v1.available_add_ons_extensions import (
        AvailableAddOnExtensionList,
    )

__all__ = ["AvailableAddOn", "AvailableAddOnContext", "AvailableAddOnList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AvailableAddOn(Record):
    """Record ``marketplace.v1.available_add_on`` (every field but ``sid``, ``url`` may be ``None``)."""

    sid: str
    friendly_name: str | None = None
    description: str | None = None
    pricing_type: str | None = None
    configuration_schema: dict[str, Any] | None = None
    url: str
    links: dict[str, Any] | None = None


_LIST_LIST: Operation[AvailableAddOn] = Operation(
    id="marketplace.v1.available_add_ons.list",
    method="GET",
    product="marketplace",
    path="/v1/AvailableAddOns",
    spec="marketplace_v1",
    record=AvailableAddOn,
    paging="meta",
    envelope="available_add_ons",
)


_CONTEXT_FETCH: Operation[AvailableAddOn] = Operation(
    id="marketplace.v1.available_add_ons.fetch",
    method="GET",
    product="marketplace",
    path="/v1/AvailableAddOns/{Sid}",
    spec="marketplace_v1",
    record=AvailableAddOn,
)


class AvailableAddOnContext(Resource):
    """One ``AvailableAddOns`` record: sid."""

    _path = "/v1/AvailableAddOns/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> AvailableAddOn:
        """Fetch an instance of an Add-on currently available to be installed."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    @property
    def extensions(self) -> AvailableAddOnExtensionList:
        """``AvailableAddOns/AvailableAddOnSid/Extensions``."""
        from twilio_async.rest.marketplace.v1.available_add_ons_extensions import (
            AvailableAddOnExtensionList,
        )

        return self._child(AvailableAddOnExtensionList)


class AvailableAddOnList(Resource):
    """``AvailableAddOns`` (call it with a sid)."""

    _path = "/v1/AvailableAddOns"

    def __call__(self, sid: str) -> AvailableAddOnContext:
        """The record with this ``sid``."""
        return self._child(AvailableAddOnContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[AvailableAddOn]:
        """Retrieve a list of Add-ons currently available to be installed. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[AvailableAddOn]:
        """Retrieve a list of Add-ons currently available to be installed. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[AvailableAddOn]:
        """Retrieve a list of Add-ons currently available to be installed. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
