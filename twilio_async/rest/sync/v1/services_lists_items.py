# Generated from specs/twilio-oai/twilio_sync_v1.json by codegen; do not edit.
"""Sync v1: SyncListItem (Services/ServiceSid/Lists/ListSid/Items) on sync.twilio.com."""

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
    "SyncListItem",
    "SyncListItemContext",
    "SyncListItemCreateParams",
    "SyncListItemDeleteParams",
    "SyncListItemList",
    "SyncListItemListParams",
    "SyncListItemUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SyncListItem(Record):
    """Record ``sync.v1.service.sync_list.sync_list_item`` (every field but ``index``, ``account_sid``, ``service_sid``, ``list_sid``, ``url``, ``date_created`` may be ``None``)."""

    index: int
    account_sid: str
    service_sid: str
    list_sid: str
    url: str
    revision: str | None = None
    data: Any | None = attrs.field(default=None, repr=False)
    date_expires: datetime | None = None
    date_created: datetime
    date_updated: datetime | None = None
    created_by: str | None = None


class SyncListItemUpdateParams(TypedDict, total=False):
    """Keywords of ``sync.v1.services.sync_lists.sync_list_items.update`` (``UpdateSyncListItem``)."""

    if_match: str
    """If provided, applies this mutation if (and only if) the “revision” field of this [map item] matches the provided value."""
    data: Any
    """A JSON string that represents an arbitrary, schema-less object that the List Item stores."""
    ttl: int
    """An alias for `item_ttl`."""
    item_ttl: int
    """How long, in seconds, before the List Item expires (time-to-live) and is deleted."""
    collection_ttl: int
    """How long, in seconds, before the List Item's parent Sync List expires (time-to-live) and is deleted."""


class SyncListItemDeleteParams(TypedDict, total=False):
    """Keywords of ``sync.v1.services.sync_lists.sync_list_items.delete`` (``DeleteSyncListItem``)."""

    if_match: str
    """If provided, applies this mutation if (and only if) the “revision” field of this [map item] matches the provided value."""


class SyncListItemListParams(TypedDict, total=False):
    """Keywords of ``sync.v1.services.sync_lists.sync_list_items.list`` (``ListSyncListItem``)."""

    order: str
    """How to order the List Items returned by their `index` value."""
    from_: str
    """The `index` of the first Sync List Item resource to read."""
    bounds: str
    """Whether to include the List Item referenced by the `from` parameter."""


class SyncListItemCreateParams(TypedDict, total=False):
    """Keywords of ``sync.v1.services.sync_lists.sync_list_items.create`` (``CreateSyncListItem``)."""

    data: Required[Any]
    """A JSON string that represents an arbitrary, schema-less object that the List Item stores."""
    ttl: int
    """An alias for `item_ttl`."""
    item_ttl: int
    """How long, in seconds, before the List Item expires (time-to-live) and is deleted."""
    collection_ttl: int
    """How long, in seconds, before the List Item's parent Sync List expires (time-to-live) and is deleted."""


_CONTEXT_FETCH: Operation[SyncListItem] = Operation(
    id="sync.v1.services.sync_lists.sync_list_items.fetch",
    method="GET",
    product="sync",
    path="/v1/Services/{ServiceSid}/Lists/{ListSid}/Items/{Index}",
    spec="sync_v1",
    record=SyncListItem,
)


_CONTEXT_UPDATE: Operation[SyncListItem] = Operation(
    id="sync.v1.services.sync_lists.sync_list_items.update",
    method="POST",
    product="sync",
    path="/v1/Services/{ServiceSid}/Lists/{ListSid}/Items/{Index}",
    spec="sync_v1",
    record=SyncListItem,
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
    id="sync.v1.services.sync_lists.sync_list_items.delete",
    method="DELETE",
    product="sync",
    path="/v1/Services/{ServiceSid}/Lists/{ListSid}/Items/{Index}",
    spec="sync_v1",
    headers={
        "if_match": "If-Match",
    },
)


_LIST_LIST: Operation[SyncListItem] = Operation(
    id="sync.v1.services.sync_lists.sync_list_items.list",
    method="GET",
    product="sync",
    path="/v1/Services/{ServiceSid}/Lists/{ListSid}/Items",
    spec="sync_v1",
    record=SyncListItem,
    query={
        "order": "Order",
        "from_": "From",
        "bounds": "Bounds",
    },
    paging="meta",
    envelope="items",
    max_page_size=100,
)


_LIST_CREATE: Operation[SyncListItem] = Operation(
    id="sync.v1.services.sync_lists.sync_list_items.create",
    method="POST",
    product="sync",
    path="/v1/Services/{ServiceSid}/Lists/{ListSid}/Items",
    spec="sync_v1",
    record=SyncListItem,
    form={
        "data": "Data",
        "ttl": "Ttl",
        "item_ttl": "ItemTtl",
        "collection_ttl": "CollectionTtl",
    },
    required=frozenset(["data"]),
    encode={
        "data": "json",
    },
)


class SyncListItemContext(Resource):
    """One ``Services/ServiceSid/Lists/ListSid/Items`` record: index."""

    _path = "/v1/Services/{ServiceSid}/Lists/{ListSid}/Items/{Index}"

    @property
    def index(self) -> str:
        """The ``index`` this context points at."""
        return self._values[2]

    async def fetch(self) -> SyncListItem:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[SyncListItemUpdateParams]) -> SyncListItem:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self, **params: Unpack[SyncListItemDeleteParams]) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, params)

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class SyncListItemList(CreateMany[SyncListItemCreateParams, SyncListItem], Resource):
    """``Services/ServiceSid/Lists/ListSid/Items`` (call it with a index)."""

    _path = "/v1/Services/{ServiceSid}/Lists/{ListSid}/Items"
    _create_operation = _LIST_CREATE

    def __call__(self, index: int) -> SyncListItemContext:
        """The record with this ``index``."""
        return self._child(SyncListItemContext, index=index)

    async def create(self, **params: Unpack[SyncListItemCreateParams]) -> SyncListItem:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[SyncListItemListParams],
    ) -> AsyncIterator[SyncListItem]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[SyncListItemListParams],
    ) -> Page[SyncListItem]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[SyncListItemListParams],
    ) -> list[SyncListItem]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
