# Generated from specs/twilio-oai/twilio_marketplace_v1.json by codegen; do not edit.
"""Marketplace v1: InstalledAddOnExtension (InstalledAddOns/InstalledAddOnSid/Extensions) on marketplace.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "InstalledAddOnExtension",
    "InstalledAddOnExtensionContext",
    "InstalledAddOnExtensionList",
    "InstalledAddOnExtensionUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class InstalledAddOnExtension(Record):
    """Record ``marketplace.v1.installed_add_on.installed_add_on_extension`` (every field but ``sid``, ``installed_add_on_sid``, ``url`` may be ``None``)."""

    sid: str
    installed_add_on_sid: str
    friendly_name: str | None = None
    product_name: str | None = None
    unique_name: str | None = None
    enabled: bool | None = None
    url: str


class InstalledAddOnExtensionUpdateParams(TypedDict, total=False):
    """Keywords of ``marketplace.v1.installed_add_ons.extensions.update`` (``UpdateInstalledAddOnExtension``)."""

    enabled: Required[bool]
    """Whether the Extension should be invoked."""


_LIST_LIST: Operation[InstalledAddOnExtension] = Operation(
    id="marketplace.v1.installed_add_ons.extensions.list",
    method="GET",
    product="marketplace",
    path="/v1/InstalledAddOns/{InstalledAddOnSid}/Extensions",
    spec="marketplace_v1",
    record=InstalledAddOnExtension,
    paging="meta",
    envelope="extensions",
)


_CONTEXT_FETCH: Operation[InstalledAddOnExtension] = Operation(
    id="marketplace.v1.installed_add_ons.extensions.fetch",
    method="GET",
    product="marketplace",
    path="/v1/InstalledAddOns/{InstalledAddOnSid}/Extensions/{Sid}",
    spec="marketplace_v1",
    record=InstalledAddOnExtension,
)


_CONTEXT_UPDATE: Operation[InstalledAddOnExtension] = Operation(
    id="marketplace.v1.installed_add_ons.extensions.update",
    method="POST",
    product="marketplace",
    path="/v1/InstalledAddOns/{InstalledAddOnSid}/Extensions/{Sid}",
    spec="marketplace_v1",
    record=InstalledAddOnExtension,
    form={
        "enabled": "Enabled",
    },
    required=frozenset(["enabled"]),
)


class InstalledAddOnExtensionContext(Resource):
    """One ``InstalledAddOns/InstalledAddOnSid/Extensions`` record: sid."""

    _path = "/v1/InstalledAddOns/{InstalledAddOnSid}/Extensions/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> InstalledAddOnExtension:
        """Fetch an instance of an Extension for the Installed Add-on."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(
        self, **params: Unpack[InstalledAddOnExtensionUpdateParams]
    ) -> InstalledAddOnExtension:
        """Update an Extension for an Add-on installation."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class InstalledAddOnExtensionList(Resource):
    """``InstalledAddOns/InstalledAddOnSid/Extensions`` (call it with a sid)."""

    _path = "/v1/InstalledAddOns/{InstalledAddOnSid}/Extensions"

    def __call__(self, sid: str) -> InstalledAddOnExtensionContext:
        """The record with this ``sid``."""
        return self._child(InstalledAddOnExtensionContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[InstalledAddOnExtension]:
        """Retrieve a list of Extensions for the Installed Add-on. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[InstalledAddOnExtension]:
        """Retrieve a list of Extensions for the Installed Add-on. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[InstalledAddOnExtension]:
        """Retrieve a list of Extensions for the Installed Add-on. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
