# Generated from specs/twilio-oai/twilio_preview.json by codegen; do not edit.
"""Preview marketplace: AvailableAddOnExtension (AvailableAddOns/AvailableAddOnSid/Extensions) on preview.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = [
    "AvailableAddOnExtension",
    "AvailableAddOnExtensionContext",
    "AvailableAddOnExtensionList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AvailableAddOnExtension(Record):
    """Record ``preview.marketplace.available_add_on.available_add_on_extension`` (every field but ``sid``, ``available_add_on_sid``, ``url`` may be ``None``)."""

    sid: str
    available_add_on_sid: str
    friendly_name: str | None = None
    product_name: str | None = None
    unique_name: str | None = None
    url: str


_CONTEXT_FETCH: Operation[AvailableAddOnExtension] = Operation(
    id="preview.marketplace.available_add_ons.extensions.fetch",
    method="GET",
    product="preview",
    path="/marketplace/AvailableAddOns/{AvailableAddOnSid}/Extensions/{Sid}",
    spec="preview",
    record=AvailableAddOnExtension,
)


_LIST_LIST: Operation[AvailableAddOnExtension] = Operation(
    id="preview.marketplace.available_add_ons.extensions.list",
    method="GET",
    product="preview",
    path="/marketplace/AvailableAddOns/{AvailableAddOnSid}/Extensions",
    spec="preview",
    record=AvailableAddOnExtension,
    paging="meta",
    envelope="extensions",
)


class AvailableAddOnExtensionContext(Resource):
    """One ``AvailableAddOns/AvailableAddOnSid/Extensions`` record: sid."""

    _path = "/marketplace/AvailableAddOns/{AvailableAddOnSid}/Extensions/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> AvailableAddOnExtension:
        """Fetch an instance of an Extension for the Available Add-on."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class AvailableAddOnExtensionList(Resource):
    """``AvailableAddOns/AvailableAddOnSid/Extensions`` (call it with a sid)."""

    _path = "/marketplace/AvailableAddOns/{AvailableAddOnSid}/Extensions"

    def __call__(self, sid: str) -> AvailableAddOnExtensionContext:
        """The record with this ``sid``."""
        return self._child(AvailableAddOnExtensionContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[AvailableAddOnExtension]:
        """Retrieve a list of Extensions for the Available Add-on. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[AvailableAddOnExtension]:
        """Retrieve a list of Extensions for the Available Add-on. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[AvailableAddOnExtension]:
        """Retrieve a list of Extensions for the Available Add-on. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
