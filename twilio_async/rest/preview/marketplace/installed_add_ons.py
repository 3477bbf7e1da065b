# Generated from specs/twilio-oai/twilio_preview.json by codegen; do not edit.
"""Preview marketplace: InstalledAddOn (InstalledAddOns) on preview.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.preview.marketplace.installed_add_ons_extensions import (
        InstalledAddOnExtensionList,
    )

__all__ = [
    "InstalledAddOn",
    "InstalledAddOnContext",
    "InstalledAddOnCreateParams",
    "InstalledAddOnList",
    "InstalledAddOnUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class InstalledAddOn(Record):
    """Record ``preview.marketplace.installed_add_on`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    friendly_name: str | None = None
    description: str | None = None
    configuration: Any | None = None
    unique_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


class InstalledAddOnCreateParams(TypedDict, total=False):
    """Keywords of ``preview.marketplace.installed_add_ons.create`` (``CreateMarketplaceInstalledAddOn``)."""

    available_add_on_sid: Required[str]
    """The SID of the AvaliableAddOn to install."""
    accept_terms_of_service: Required[bool]
    """Whether the Terms of Service were accepted."""
    configuration: Any
    """The JSON object that represents the configuration of the new Add-on being installed."""
    unique_name: str
    """An application-defined string that uniquely identifies the resource."""


class InstalledAddOnUpdateParams(TypedDict, total=False):
    """Keywords of ``preview.marketplace.installed_add_ons.update`` (``UpdateMarketplaceInstalledAddOn``)."""

    configuration: Any
    """Valid JSON object that conform to the configuration schema exposed by the associated AvailableAddOn resource."""
    unique_name: str
    """An application-defined string that uniquely identifies the resource."""


_LIST_LIST: Operation[InstalledAddOn] = Operation(
    id="preview.marketplace.installed_add_ons.list",
    method="GET",
    product="preview",
    path="/marketplace/InstalledAddOns",
    spec="preview",
    record=InstalledAddOn,
    paging="meta",
    envelope="installed_add_ons",
)


_LIST_CREATE: Operation[InstalledAddOn] = Operation(
    id="preview.marketplace.installed_add_ons.create",
    method="POST",
    product="preview",
    path="/marketplace/InstalledAddOns",
    spec="preview",
    record=InstalledAddOn,
    form={
        "available_add_on_sid": "AvailableAddOnSid",
        "accept_terms_of_service": "AcceptTermsOfService",
        "configuration": "Configuration",
        "unique_name": "UniqueName",
    },
    required=frozenset(["accept_terms_of_service", "available_add_on_sid"]),
    encode={
        "configuration": "json",
    },
)


_CONTEXT_FETCH: Operation[InstalledAddOn] = Operation(
    id="preview.marketplace.installed_add_ons.fetch",
    method="GET",
    product="preview",
    path="/marketplace/InstalledAddOns/{Sid}",
    spec="preview",
    record=InstalledAddOn,
)


_CONTEXT_UPDATE: Operation[InstalledAddOn] = Operation(
    id="preview.marketplace.installed_add_ons.update",
    method="POST",
    product="preview",
    path="/marketplace/InstalledAddOns/{Sid}",
    spec="preview",
    record=InstalledAddOn,
    form={
        "configuration": "Configuration",
        "unique_name": "UniqueName",
    },
    encode={
        "configuration": "json",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="preview.marketplace.installed_add_ons.delete",
    method="DELETE",
    product="preview",
    path="/marketplace/InstalledAddOns/{Sid}",
    spec="preview",
)


class InstalledAddOnContext(Resource):
    """One ``InstalledAddOns`` record: sid."""

    _path = "/marketplace/InstalledAddOns/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> InstalledAddOn:
        """Fetch an instance of an Add-on currently installed on this Account."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[InstalledAddOnUpdateParams]) -> InstalledAddOn:
        """Update an Add-on installation for the Account specified."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Remove an Add-on installation from your account."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def extensions(self) -> InstalledAddOnExtensionList:
        """``InstalledAddOns/InstalledAddOnSid/Extensions``."""
        from twilio_async.rest.preview.marketplace.installed_add_ons_extensions import (
            InstalledAddOnExtensionList,
        )

        return self._child(InstalledAddOnExtensionList)


class InstalledAddOnList(CreateMany[InstalledAddOnCreateParams, InstalledAddOn], Resource):
    """``InstalledAddOns`` (call it with a sid)."""

    _path = "/marketplace/InstalledAddOns"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> InstalledAddOnContext:
        """The record with this ``sid``."""
        return self._child(InstalledAddOnContext, sid=sid)

    async def create(self, **params: Unpack[InstalledAddOnCreateParams]) -> InstalledAddOn:
        """Install an Add-on for the Account specified."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[InstalledAddOn]:
        """Retrieve a list of Add-ons currently installed on this Account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[InstalledAddOn]:
        """Retrieve a list of Add-ons currently installed on this Account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[InstalledAddOn]:
        """Retrieve a list of Add-ons currently installed on this Account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
