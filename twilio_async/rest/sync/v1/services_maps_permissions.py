# Generated from specs/twilio-oai/twilio_sync_v1.json by codegen; do not edit.
"""Sync v1: SyncMapPermission (Services/ServiceSid/Maps/MapSid/Permissions) on sync.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "SyncMapPermission",
    "SyncMapPermissionContext",
    "SyncMapPermissionList",
    "SyncMapPermissionUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SyncMapPermission(Record):
    """Record ``sync.v1.service.sync_map.sync_map_permission`` (every field but ``account_sid``, ``service_sid``, ``map_sid``, ``identity``, ``url`` may be ``None``)."""

    account_sid: str
    service_sid: str
    map_sid: str
    identity: str
    read: bool | None = None
    write: bool | None = None
    manage: bool | None = None
    url: str


class SyncMapPermissionUpdateParams(TypedDict, total=False):
    """Keywords of ``sync.v1.services.sync_maps.sync_map_permissions.update`` (``UpdateSyncMapPermission``)."""

    read: Required[bool]
    """Whether the identity can read the Sync Map and its Items."""
    write: Required[bool]
    """Whether the identity can create, update, and delete Items in the Sync Map."""
    manage: Required[bool]
    """Whether the identity can delete the Sync Map."""


_CONTEXT_FETCH: Operation[SyncMapPermission] = Operation(
    id="sync.v1.services.sync_maps.sync_map_permissions.fetch",
    method="GET",
    product="sync",
    path="/v1/Services/{ServiceSid}/Maps/{MapSid}/Permissions/{Identity}",
    spec="sync_v1",
    record=SyncMapPermission,
)


_CONTEXT_UPDATE: Operation[SyncMapPermission] = Operation(
    id="sync.v1.services.sync_maps.sync_map_permissions.update",
    method="POST",
    product="sync",
    path="/v1/Services/{ServiceSid}/Maps/{MapSid}/Permissions/{Identity}",
    spec="sync_v1",
    record=SyncMapPermission,
    form={
        "read": "Read",
        "write": "Write",
        "manage": "Manage",
    },
    required=frozenset(["manage", "read", "write"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="sync.v1.services.sync_maps.sync_map_permissions.delete",
    method="DELETE",
    product="sync",
    path="/v1/Services/{ServiceSid}/Maps/{MapSid}/Permissions/{Identity}",
    spec="sync_v1",
)


_LIST_LIST: Operation[SyncMapPermission] = Operation(
    id="sync.v1.services.sync_maps.sync_map_permissions.list",
    method="GET",
    product="sync",
    path="/v1/Services/{ServiceSid}/Maps/{MapSid}/Permissions",
    spec="sync_v1",
    record=SyncMapPermission,
    paging="meta",
    envelope="permissions",
    max_page_size=100,
)


class SyncMapPermissionContext(Resource):
    """One ``Services/ServiceSid/Maps/MapSid/Permissions`` record: identity."""

    _path = "/v1/Services/{ServiceSid}/Maps/{MapSid}/Permissions/{Identity}"

    @property
    def identity(self) -> str:
        """The ``identity`` this context points at."""
        return self._values[2]

    async def fetch(self) -> SyncMapPermission:
        """Fetch a specific Sync Map Permission."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[SyncMapPermissionUpdateParams]) -> SyncMapPermission:
        """Update an identity's access to a specific Sync Map."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Sync Map Permission."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class SyncMapPermissionList(Resource):
    """``Services/ServiceSid/Maps/MapSid/Permissions`` (call it with a identity)."""

    _path = "/v1/Services/{ServiceSid}/Maps/{MapSid}/Permissions"

    def __call__(self, identity: str) -> SyncMapPermissionContext:
        """The record with this ``identity``."""
        return self._child(SyncMapPermissionContext, identity=identity)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[SyncMapPermission]:
        """Retrieve a list of all Permissions applying to a Sync Map. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[SyncMapPermission]:
        """Retrieve a list of all Permissions applying to a Sync Map. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[SyncMapPermission]:
        """Retrieve a list of all Permissions applying to a Sync Map. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
