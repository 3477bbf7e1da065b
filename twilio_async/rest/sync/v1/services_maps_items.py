# Generated from specs/twilio-oai/twilio_sync_v1.json by codegen; do not edit.
"""Sync v1: SyncMapItem (Services/ServiceSid/Maps/MapSid/Items) on sync.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "SyncMapItem",
    "SyncMapItemContext",
    "SyncMapItemCreateParams",
    "SyncMapItemDeleteParams",
    "SyncMapItemList",
    "SyncMapItemListParams",
    "SyncMapItemUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SyncMapItem(Record):
    """Record ``sync.v1.service.sync_map.sync_map_item`` (every field but ``key``, ``account_sid``, ``service_sid``, ``map_sid``, ``url``, ``date_created`` may be ``None``)."""

    key: str
    account_sid: str
    service_sid: str
    map_sid: str
    url: str
    revision: str | None = None
    data: Any | None = attrs.field(default=None, repr=False)
    date_expires: datetime | None = None
    date_created: datetime
    date_updated: datetime | None = None
    created_by: str | None = None


class SyncMapItemUpdateParams(TypedDict, total=False):
    """Keywords of ``sync.v1.services.sync_maps.sync_map_items.update`` (``UpdateSyncMapItem``)."""

    if_match: str
    """If provided, applies this mutation if (and only if) the “revision” field of this [map item] matches the provided value."""
    data: Any
    """A JSON string that represents an arbitrary, schema-less object that the Map Item stores."""
    ttl: int
    """An alias for `item_ttl`."""
    item_ttl: int
    """How long, in seconds, before the Map Item expires (time-to-live) and is deleted."""
    collection_ttl: int
    """How long, in seconds, before the Map Item's parent Sync Map expires (time-to-live) and is deleted."""


class SyncMapItemDeleteParams(TypedDict, total=False):
    """Keywords of ``sync.v1.services.sync_maps.sync_map_items.delete`` (``DeleteSyncMapItem``)."""

    if_match: str
    """If provided, applies this mutation if (and only if) the “revision” field of this [map item] matches the provided value."""


class SyncMapItemListParams(TypedDict, total=False):
    """Keywords of ``sync.v1.services.sync_maps.sync_map_items.list`` (``ListSyncMapItem``)."""

    order: str
    """How to order the Map Items returned by their `key` value."""
    from_: str
    """The `key` of the first Sync Map Item resource to read."""
    bounds: str
    """Whether to include the Map Item referenced by the `from` parameter."""


class SyncMapItemCreateParams(TypedDict, total=False):
    """Keywords of ``sync.v1.services.sync_maps.sync_map_items.create`` (``CreateSyncMapItem``)."""

    key: Required[str]
    """The unique, user-defined key for the Map Item."""
    data: Required[Any]
    """A JSON string that represents an arbitrary, schema-less object that the Map Item stores."""
    ttl: int
    """An alias for `item_ttl`."""
    item_ttl: int
    """How long, in seconds, before the Map Item expires (time-to-live) and is deleted."""
    collection_ttl: int
    """How long, in seconds, before the Map Item's parent Sync Map expires (time-to-live) and is deleted."""


_CONTEXT_FETCH: Operation[SyncMapItem] = Operation(
    id="sync.v1.services.sync_maps.sync_map_items.fetch",
    method="GET",
    product="sync",
    path="/v1/Services/{ServiceSid}/Maps/{MapSid}/Items/{Key}",
    spec="sync_v1",
    record=SyncMapItem,
)


_CONTEXT_UPDATE: Operation[SyncMapItem] = Operation(
    id="sync.v1.services.sync_maps.sync_map_items.update",
    method="POST",
    product="sync",
    path="/v1/Services/{ServiceSid}/Maps/{MapSid}/Items/{Key}",
    spec="sync_v1",
    record=SyncMapItem,
    form={
        "data": "Data",
        "ttl": "Ttl",
        "item_ttl": "ItemTtl",
        "collection_ttl": "CollectionTtl",
    },
    headers={
        "if_match": "If-Match",
    },
    encode={
        "data": "json",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="sync.v1.services.sync_maps.sync_map_items.delete",
    method="DELETE",
    product="sync",
    path="/v1/Services/{ServiceSid}/Maps/{MapSid}/Items/{Key}",
    spec="sync_v1",
    headers={
        "if_match": "If-Match",
    },
)


_LIST_LIST: Operation[SyncMapItem] = Operation(
    id="sync.v1.services.sync_maps.sync_map_items.list",
    method="GET",
    product="sync",
    path="/v1/Services/{ServiceSid}/Maps/{MapSid}/Items",
    spec="sync_v1",
    record=SyncMapItem,
    query={
        "order": "Order",
        "from_": "From",
        "bounds": "Bounds",
    },
    paging="meta",
    envelope="items",
    max_page_size=100,
)


_LIST_CREATE: Operation[SyncMapItem] = Operation(
    id="sync.v1.services.sync_maps.sync_map_items.create",
    method="POST",
    product="sync",
    path="/v1/Services/{ServiceSid}/Maps/{MapSid}/Items",
    spec="sync_v1",
    record=SyncMapItem,
    form={
        "key": "Key",
        "data": "Data",
        "ttl": "Ttl",
        "item_ttl": "ItemTtl",
        "collection_ttl": "CollectionTtl",
    },
    required=frozenset(["data", "key"]),
    encode={
        "data": "json",
    },
)


class SyncMapItemContext(Resource):
    """One ``Services/ServiceSid/Maps/MapSid/Items`` record: key."""

    _path = "/v1/Services/{ServiceSid}/Maps/{MapSid}/Items/{Key}"

    @property
    def key(self) -> str:
        """The ``key`` this context points at."""
        return self._values[2]

    async def fetch(self) -> SyncMapItem:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[SyncMapItemUpdateParams]) -> SyncMapItem:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self, **params: Unpack[SyncMapItemDeleteParams]) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, params)

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class SyncMapItemList(CreateMany[SyncMapItemCreateParams, SyncMapItem], Resource):
    """``Services/ServiceSid/Maps/MapSid/Items`` (call it with a key)."""

    _path = "/v1/Services/{ServiceSid}/Maps/{MapSid}/Items"
    _create_operation = _LIST_CREATE

    def __call__(self, key: str) -> SyncMapItemContext:
        """The record with this ``key``."""
        return self._child(SyncMapItemContext, key=key)

    async def create(self, **params: Unpack[SyncMapItemCreateParams]) -> SyncMapItem:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[SyncMapItemListParams],
    ) -> AsyncIterator[SyncMapItem]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[SyncMapItemListParams],
    ) -> Page[SyncMapItem]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[SyncMapItemListParams],
    ) -> list[SyncMapItem]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
