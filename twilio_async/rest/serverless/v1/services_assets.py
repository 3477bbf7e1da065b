# Generated from specs/twilio-oai/twilio_serverless_v1.json by codegen; do not edit.
"""Serverless v1: Asset (Services/ServiceSid/Assets) on serverless.twilio.com."""

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
    from twilio_async.rest.serverless.v1.services_assets_versions import AssetVersionList

__all__ = ["Asset", "AssetContext", "AssetCreateParams", "AssetList", "AssetUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Asset(Record):
    """Record ``serverless.v1.service.asset`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    friendly_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


class AssetCreateParams(TypedDict, total=False):
    """Keywords of ``serverless.v1.services.assets.create`` (``CreateAsset``)."""

    friendly_name: Required[str]
    """A descriptive string that you create to describe the Asset resource."""


class AssetUpdateParams(TypedDict, total=False):
    """Keywords of ``serverless.v1.services.assets.update`` (``UpdateAsset``)."""

    friendly_name: Required[str]
    """A descriptive string that you create to describe the Asset resource."""


_LIST_LIST: Operation[Asset] = Operation(
    id="serverless.v1.services.assets.list",
    method="GET",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Assets",
    spec="serverless_v1",
    record=Asset,
    paging="meta",
    envelope="assets",
)


_LIST_CREATE: Operation[Asset] = Operation(
    id="serverless.v1.services.assets.create",
    method="POST",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Assets",
    spec="serverless_v1",
    record=Asset,
    form={
        "friendly_name": "FriendlyName",
    },
    required=frozenset(["friendly_name"]),
)


_CONTEXT_FETCH: Operation[Asset] = Operation(
    id="serverless.v1.services.assets.fetch",
    method="GET",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Assets/{Sid}",
    spec="serverless_v1",
    record=Asset,
)


_CONTEXT_UPDATE: Operation[Asset] = Operation(
    id="serverless.v1.services.assets.update",
    method="POST",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Assets/{Sid}",
    spec="serverless_v1",
    record=Asset,
    form={
        "friendly_name": "FriendlyName",
    },
    required=frozenset(["friendly_name"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="serverless.v1.services.assets.delete",
    method="DELETE",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Assets/{Sid}",
    spec="serverless_v1",
)


class AssetContext(Resource):
    """One ``Services/ServiceSid/Assets`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/Assets/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Asset:
        """Retrieve a specific Asset resource."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[AssetUpdateParams]) -> Asset:
        """Update a specific Asset resource."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete an Asset resource."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def asset_versions(self) -> AssetVersionList:
        """``Services/ServiceSid/Assets/AssetSid/Versions``."""
        from twilio_async.rest.serverless.v1.services_assets_versions import AssetVersionList

        return self._child(AssetVersionList)


class AssetList(CreateMany[AssetCreateParams, Asset], Resource):
    """``Services/ServiceSid/Assets`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/Assets"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> AssetContext:
        """The record with this ``sid``."""
        return self._child(AssetContext, sid=sid)

    async def create(self, **params: Unpack[AssetCreateParams]) -> Asset:
        """Create a new Asset resource."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Asset]:
        """Retrieve a list of all Assets. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Asset]:
        """Retrieve a list of all Assets. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(self, *, limit: int | None = None, page_size: int | None = None) -> list[Asset]:
        """Retrieve a list of all Assets. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
