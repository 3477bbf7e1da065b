# Generated from specs/twilio-oai/twilio_sync_v1.json by codegen; do not edit.
"""Sync v1: Document (Services/ServiceSid/Documents) on sync.twilio.com."""

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
    from twilio_async.rest.sync.v1.services_documents_permissions import DocumentPermissionList

__all__ = [
    "Document",
    "DocumentContext",
    "DocumentCreateParams",
    "DocumentList",
    "DocumentUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Document(Record):
    """Record ``sync.v1.service.document`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``url``, ``date_created`` may be ``None``)."""

    sid: str
    unique_name: str | None = None
    account_sid: str
    service_sid: str
    url: str
    links: dict[str, Any] | None = None
    revision: str | None = None
    data: Any | None = attrs.field(default=None, repr=False)
    date_expires: datetime | None = None
    date_created: datetime
    date_updated: datetime | None = None
    created_by: str | None = None


class DocumentUpdateParams(TypedDict, total=False):
    """Keywords of ``sync.v1.services.documents.update`` (``UpdateDocument``)."""

    if_match: str
    """The If-Match HTTP request header."""
    data: Any
    """A JSON string that represents an arbitrary, schema-less object that the Sync Document stores."""
    ttl: int
    """How long, in seconds, before the Sync Document expires and is deleted (time-to-live)."""


class DocumentCreateParams(TypedDict, total=False):
    """Keywords of ``sync.v1.services.documents.create`` (``CreateDocument``)."""

    unique_name: str
    """An application-defined string that uniquely identifies the Sync Document."""
    data: Any
    """A JSON string that represents an arbitrary, schema-less object that the Sync Document stores."""
    ttl: int
    """How long, in seconds, before the Sync Document expires and is deleted (the Sync Document's time-to-live)."""


_CONTEXT_FETCH: Operation[Document] = Operation(
    id="sync.v1.services.documents.fetch",
    method="GET",
    product="sync",
    path="/v1/Services/{ServiceSid}/Documents/{Sid}",
    spec="sync_v1",
    record=Document,
)


_CONTEXT_UPDATE: Operation[Document] = Operation(
    id="sync.v1.services.documents.update",
    method="POST",
    product="sync",
    path="/v1/Services/{ServiceSid}/Documents/{Sid}",
    spec="sync_v1",
    record=Document,
    form={
        "data": "Data",
        "ttl": "Ttl",
    },
    headers={
        "if_match": "If-Match",
    },
    encode={
        "data": "json",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="sync.v1.services.documents.delete",
    method="DELETE",
    product="sync",
    path="/v1/Services/{ServiceSid}/Documents/{Sid}",
    spec="sync_v1",
)


_LIST_LIST: Operation[Document] = Operation(
    id="sync.v1.services.documents.list",
    method="GET",
    product="sync",
    path="/v1/Services/{ServiceSid}/Documents",
    spec="sync_v1",
    record=Document,
    paging="meta",
    envelope="documents",
    max_page_size=100,
)


_LIST_CREATE: Operation[Document] = Operation(
    id="sync.v1.services.documents.create",
    method="POST",
    product="sync",
    path="/v1/Services/{ServiceSid}/Documents",
    spec="sync_v1",
    record=Document,
    form={
        "unique_name": "UniqueName",
        "data": "Data",
        "ttl": "Ttl",
    },
    encode={
        "data": "json",
    },
)


class DocumentContext(Resource):
    """One ``Services/ServiceSid/Documents`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/Documents/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Document:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[DocumentUpdateParams]) -> Document:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def document_permissions(self) -> DocumentPermissionList:
        """``Services/ServiceSid/Documents/DocumentSid/Permissions``."""
        from twilio_async.rest.sync.v1.services_documents_permissions import DocumentPermissionList

        return self._child(DocumentPermissionList)


class DocumentList(CreateMany[DocumentCreateParams, Document], Resource):
    """``Services/ServiceSid/Documents`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/Documents"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> DocumentContext:
        """The record with this ``sid``."""
        return self._child(DocumentContext, sid=sid)

    async def create(self, **params: Unpack[DocumentCreateParams]) -> Document:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Document]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Document]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Document]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
