# Generated from specs/twilio-oai/twilio_sync_v1.json by codegen; do not edit.
"""Sync v1: SyncList (Services/ServiceSid/Lists) on sync.twilio.com."""

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
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.sync.v1.services_lists_items import SyncListItemList
    from twilio_async.rest.sync.v1.services_lists_permissions import SyncListPermissionList

__all__ = [
    "SyncList",
    "SyncListContext",
    "SyncListCreateParams",
    "SyncListList",
    "SyncListUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SyncList(Record):
    """Record ``sync.v1.service.sync_list`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``url``, ``date_created`` may be ``None``)."""

    sid: str
    unique_name: str | None = None
    account_sid: str
    service_sid: str
    url: str
    links: dict[str, Any] | None = None
    revision: str | None = None
    date_expires: datetime | None = None
    date_created: datetime
    date_updated: datetime | None = None
    created_by: str | None = None


class SyncListUpdateParams(TypedDict, total=False):
    """Keywords of ``sync.v1.services.sync_lists.update`` (``UpdateSyncList``)."""

    ttl: int
    """An alias for `collection_ttl`."""
    collection_ttl: int
    """How long, in seconds, before the Sync List expires (time-to-live) and is deleted."""


class SyncListCreateParams(TypedDict, total=False):
    """Keywords of ``sync.v1.services.sync_lists.create`` (``CreateSyncList``)."""

    unique_name: str
    """An application-defined string that uniquely identifies the resource."""
    ttl: int
    """Alias for collection_ttl."""
    collection_ttl: int
    """How long, in seconds, before the Sync List expires (time-to-live) and is deleted."""


_CONTEXT_FETCH: Operation[SyncList] = Operation(
    id="sync.v1.services.sync_lists.fetch",
    method="GET",
    product="sync",
    path="/v1/Services/{ServiceSid}/Lists/{Sid}",
    spec="sync_v1",
    record=SyncList,
)


_CONTEXT_UPDATE: Operation[SyncList] = Operation(
    id="sync.v1.services.sync_lists.update",
    method="POST",
    product="sync",
    path="/v1/Services/{ServiceSid}/Lists/{Sid}",
    spec="sync_v1",
    record=SyncList,
    form={
        "ttl": "Ttl",
        "collection_ttl": "CollectionTtl",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="sync.v1.services.sync_lists.delete",
    method="DELETE",
    product="sync",
    path="/v1/Services/{ServiceSid}/Lists/{Sid}",
    spec="sync_v1",
)


_LIST_LIST: Operation[SyncList] = Operation(
    id="sync.v1.services.sync_lists.list",
    method="GET",
    product="sync",
    path="/v1/Services/{ServiceSid}/Lists",
    spec="sync_v1",
    record=SyncList,
    paging="meta",
    envelope="lists",
    max_page_size=100,
)


_LIST_CREATE: Operation[SyncList] = Operation(
    id="sync.v1.services.sync_lists.create",
    method="POST",
    product="sync",
    path="/v1/Services/{ServiceSid}/Lists",
    spec="sync_v1",
    record=SyncList,
    form={
        "unique_name": "UniqueName",
        "ttl": "Ttl",
        "collection_ttl": "CollectionTtl",
    },
)


class SyncListContext(Resource):
    """One ``Services/ServiceSid/Lists`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/Lists/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> SyncList:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[SyncListUpdateParams]) -> SyncList:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def sync_list_items(self) -> SyncListItemList:
        """``Services/ServiceSid/Lists/ListSid/Items``."""
        from twilio_async.rest.sync.v1.services_lists_items import SyncListItemList

        return self._child(SyncListItemList)

    @property
    def sync_list_permissions(self) -> SyncListPermissionList:
        """``Services/ServiceSid/Lists/ListSid/Permissions``."""
        from twilio_async.rest.sync.v1.services_lists_permissions import SyncListPermissionList

        return self._child(SyncListPermissionList)


class SyncListList(CreateMany[SyncListCreateParams, SyncList], Resource):
    """``Services/ServiceSid/Lists`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/Lists"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> SyncListContext:
        """The record with this ``sid``."""
        return self._child(SyncListContext, sid=sid)

    async def create(self, **params: Unpack[SyncListCreateParams]) -> SyncList:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[SyncList]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[SyncList]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[SyncList]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
