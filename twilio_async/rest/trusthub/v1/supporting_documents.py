# Generated from specs/twilio-oai/twilio_trusthub_v1.json by codegen; do not edit.
"""Trusthub v1: SupportingDocument (SupportingDocuments) on trusthub.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "SupportingDocument",
    "SupportingDocumentContext",
    "SupportingDocumentCreateParams",
    "SupportingDocumentList",
    "SupportingDocumentStatus",
    "SupportingDocumentUpdateParams",
]


class SupportingDocumentStatus(OpenEnum):
    """``supporting_document_enum_status``."""

    DRAFT = "DRAFT"
    PENDING_REVIEW = "PENDING_REVIEW"
    REJECTED = "REJECTED"
    APPROVED = "APPROVED"
    EXPIRED = "EXPIRED"
    PROVISIONALLY_APPROVED = "PROVISIONALLY_APPROVED"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SupportingDocument(Record):
    """Record ``trusthub.v1.supporting_document`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    friendly_name: str | None = None
    mime_type: str | None = None
    status: SupportingDocumentStatus | None = None
    type: str | None = None
    attributes: Any | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class SupportingDocumentCreateParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.supporting_documents.create`` (``CreateSupportingDocument``)."""

    friendly_name: Required[str]
    """The string that you assigned to describe the resource."""
    type: Required[str]
    """The type of the Supporting Document."""
    attributes: Any
    """The set of parameters that are the attributes of the Supporting Documents resource which are derived Supporting Document Types."""


class SupportingDocumentUpdateParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.supporting_documents.update`` (``UpdateSupportingDocument``)."""

    friendly_name: str
    """The string that you assigned to describe the resource."""
    attributes: Any
    """The set of parameters that are the attributes of the Supporting Document resource which are derived Supporting Document Types."""


_LIST_LIST: Operation[SupportingDocument] = Operation(
    id="trusthub.v1.supporting_documents.list",
    method="GET",
    product="trusthub",
    path="/v1/SupportingDocuments",
    spec="trusthub_v1",
    record=SupportingDocument,
    paging="meta",
    envelope="results",
)


_LIST_CREATE: Operation[SupportingDocument] = Operation(
    id="trusthub.v1.supporting_documents.create",
    method="POST",
    product="trusthub",
    path="/v1/SupportingDocuments",
    spec="trusthub_v1",
    record=SupportingDocument,
    form={
        "friendly_name": "FriendlyName",
        "type": "Type",
        "attributes": "Attributes",
    },
    required=frozenset(["friendly_name", "type"]),
    encode={
        "attributes": "json",
    },
)


_CONTEXT_FETCH: Operation[SupportingDocument] = Operation(
    id="trusthub.v1.supporting_documents.fetch",
    method="GET",
    product="trusthub",
    path="/v1/SupportingDocuments/{Sid}",
    spec="trusthub_v1",
    record=SupportingDocument,
)


_CONTEXT_UPDATE: Operation[SupportingDocument] = Operation(
    id="trusthub.v1.supporting_documents.update",
    method="POST",
    product="trusthub",
    path="/v1/SupportingDocuments/{Sid}",
    spec="trusthub_v1",
    record=SupportingDocument,
    form={
        "friendly_name": "FriendlyName",
        "attributes": "Attributes",
    },
    encode={
        "attributes": "json",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="trusthub.v1.supporting_documents.delete",
    method="DELETE",
    product="trusthub",
    path="/v1/SupportingDocuments/{Sid}",
    spec="trusthub_v1",
)


class SupportingDocumentContext(Resource):
    """One ``SupportingDocuments`` record: sid."""

    _path = "/v1/SupportingDocuments/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> SupportingDocument:
        """Fetch specific Supporting Document Instance."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[SupportingDocumentUpdateParams]) -> SupportingDocument:
        """Update an existing Supporting Document."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Supporting Document."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class SupportingDocumentList(
    CreateMany[SupportingDocumentCreateParams, SupportingDocument], Resource
):
    """``SupportingDocuments`` (call it with a sid)."""

    _path = "/v1/SupportingDocuments"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> SupportingDocumentContext:
        """The record with this ``sid``."""
        return self._child(SupportingDocumentContext, sid=sid)

    async def create(self, **params: Unpack[SupportingDocumentCreateParams]) -> SupportingDocument:
        """Create a new Supporting Document."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[SupportingDocument]:
        """Retrieve a list of all Supporting Document for an account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[SupportingDocument]:
        """Retrieve a list of all Supporting Document for an account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[SupportingDocument]:
        """Retrieve a list of all Supporting Document for an account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
