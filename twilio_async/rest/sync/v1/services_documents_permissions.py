# Generated from specs/twilio-oai/twilio_sync_v1.json by codegen; do not edit.
"""Sync v1: DocumentPermission (Services/ServiceSid/Documents/DocumentSid/Permissions) on sync.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "DocumentPermission",
    "DocumentPermissionContext",
    "DocumentPermissionList",
    "DocumentPermissionUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class DocumentPermission(Record):
    """Record ``sync.v1.service.document.document_permission`` (every field but ``account_sid``, ``service_sid``, ``document_sid``, ``identity``, ``url`` may be ``None``)."""

    account_sid: str
    service_sid: str
    document_sid: str
    identity: str
    read: bool | None = None
    write: bool | None = None
    manage: bool | None = None
    url: str


class DocumentPermissionUpdateParams(TypedDict, total=False):
    """Keywords of ``sync.v1.services.documents.document_permissions.update`` (``UpdateDocumentPermission``)."""

    read: Required[bool]
    """Whether the identity can read the Sync Document."""
    write: Required[bool]
    """Whether the identity can update the Sync Document."""
    manage: Required[bool]
    """Whether the identity can delete the Sync Document."""


_CONTEXT_FETCH: Operation[DocumentPermission] = Operation(
    id="sync.v1.services.documents.document_permissions.fetch",
    method="GET",
    product="sync",
    path="/v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions/{Identity}",
    spec="sync_v1",
    record=DocumentPermission,
)


_CONTEXT_UPDATE: Operation[DocumentPermission] = Operation(
    id="sync.v1.services.documents.document_permissions.update",
    method="POST",
    product="sync",
    path="/v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions/{Identity}",
    spec="sync_v1",
    record=DocumentPermission,
    form={
        "read": "Read",
        "write": "Write",
        "manage": "Manage",
    },
    required=frozenset(["manage", "read", "write"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="sync.v1.services.documents.document_permissions.delete",
    method="DELETE",
    product="sync",
    path="/v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions/{Identity}",
    spec="sync_v1",
)


_LIST_LIST: Operation[DocumentPermission] = Operation(
    id="sync.v1.services.documents.document_permissions.list",
    method="GET",
    product="sync",
    path="/v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions",
    spec="sync_v1",
    record=DocumentPermission,
    paging="meta",
    envelope="permissions",
    max_page_size=100,
)


class DocumentPermissionContext(Resource):
    """One ``Services/ServiceSid/Documents/DocumentSid/Permissions`` record: identity."""

    _path = "/v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions/{Identity}"

    @property
    def identity(self) -> str:
        """The ``identity`` this context points at."""
        return self._values[2]

    async def fetch(self) -> DocumentPermission:
        """Fetch a specific Sync Document Permission."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[DocumentPermissionUpdateParams]) -> DocumentPermission:
        """Update an identity's access to a specific Sync Document."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Sync Document Permission."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class DocumentPermissionList(Resource):
    """``Services/ServiceSid/Documents/DocumentSid/Permissions`` (call it with a identity)."""

    _path = "/v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions"

    def __call__(self, identity: str) -> DocumentPermissionContext:
        """The record with this ``identity``."""
        return self._child(DocumentPermissionContext, identity=identity)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[DocumentPermission]:
        """Retrieve a list of all Permissions applying to a Sync Document. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[DocumentPermission]:
        """Retrieve a list of all Permissions applying to a Sync Document. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[DocumentPermission]:
        """Retrieve a list of all Permissions applying to a Sync Document. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
