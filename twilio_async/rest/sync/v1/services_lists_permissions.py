# Generated from specs/twilio-oai/twilio_sync_v1.json by codegen; do not edit.
"""Sync v1: SyncListPermission (Services/ServiceSid/Lists/ListSid/Permissions) on sync.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "SyncListPermission",
    "SyncListPermissionContext",
    "SyncListPermissionList",
    "SyncListPermissionUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SyncListPermission(Record):
    """Record ``sync.v1.service.sync_list.sync_list_permission`` (every field but ``account_sid``, ``service_sid``, ``list_sid``, ``identity``, ``url`` may be ``None``)."""

    account_sid: str
    service_sid: str
    list_sid: str
    identity: str
    read: bool | None = None
    write: bool | None = None
    manage: bool | None = None
    url: str


class SyncListPermissionUpdateParams(TypedDict, total=False):
    """Keywords of ``sync.v1.services.sync_lists.sync_list_permissions.update`` (``UpdateSyncListPermission``)."""

    read: Required[bool]
    """Whether the identity can read the Sync List and its Items."""
    write: Required[bool]
    """Whether the identity can create, update, and delete Items in the Sync List."""
    manage: Required[bool]
    """Whether the identity can delete the Sync List."""


_CONTEXT_FETCH: Operation[SyncListPermission] = Operation(
    id="sync.v1.services.sync_lists.sync_list_permissions.fetch",
    method="GET",
    product="sync",
    path="/v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions/{Identity}",
    spec="sync_v1",
    record=SyncListPermission,
)


_CONTEXT_UPDATE: Operation[SyncListPermission] = Operation(
    id="sync.v1.services.sync_lists.sync_list_permissions.update",
    method="POST",
    product="sync",
    path="/v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions/{Identity}",
    spec="sync_v1",
    record=SyncListPermission,
    form={
        "read": "Read",
        "write": "Write",
        "manage": "Manage",
    },
    required=frozenset(["manage", "read", "write"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="sync.v1.services.sync_lists.sync_list_permissions.delete",
    method="DELETE",
    product="sync",
    path="/v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions/{Identity}",
    spec="sync_v1",
)


_LIST_LIST: Operation[SyncListPermission] = Operation(
    id="sync.v1.services.sync_lists.sync_list_permissions.list",
    method="GET",
    product="sync",
    path="/v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions",
    spec="sync_v1",
    record=SyncListPermission,
    paging="meta",
    envelope="permissions",
    max_page_size=100,
)


class SyncListPermissionContext(Resource):
    """One ``Services/ServiceSid/Lists/ListSid/Permissions`` record: identity."""

    _path = "/v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions/{Identity}"

    @property
    def identity(self) -> str:
        """The ``identity`` this context points at."""
        return self._values[2]

    async def fetch(self) -> SyncListPermission:
        """Fetch a specific Sync List Permission."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[SyncListPermissionUpdateParams]) -> SyncListPermission:
        """Update an identity's access to a specific Sync List."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Sync List Permission."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class SyncListPermissionList(Resource):
    """``Services/ServiceSid/Lists/ListSid/Permissions`` (call it with a identity)."""

    _path = "/v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions"

    def __call__(self, identity: str) -> SyncListPermissionContext:
        """The record with this ``identity``."""
        return self._child(SyncListPermissionContext, identity=identity)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[SyncListPermission]:
        """Retrieve a list of all Permissions applying to a Sync List. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[SyncListPermission]:
        """Retrieve a list of all Permissions applying to a Sync List. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[SyncListPermission]:
        """Retrieve a list of all Permissions applying to a Sync List. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
