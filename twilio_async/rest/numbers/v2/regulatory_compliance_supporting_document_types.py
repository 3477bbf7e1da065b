# Generated from specs/twilio-oai/twilio_numbers_v2.json by codegen; do not edit.
"""Numbers v2: SupportingDocumentType (RegulatoryCompliance/SupportingDocumentTypes) on numbers.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["SupportingDocumentType", "SupportingDocumentTypeContext", "SupportingDocumentTypeList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SupportingDocumentType(Record):
    """Record ``numbers.v2.regulatory_compliance.supporting_document_type`` (every field but ``sid``, ``url`` may be ``None``)."""

    sid: str
    friendly_name: str | None = None
    machine_name: str | None = None
    fields: list[Any] | None = None
    url: str


_LIST_LIST: Operation[SupportingDocumentType] = Operation(
    id="numbers.v2.regulatory_compliance.supporting_document_types.list",
    method="GET",
    product="numbers",
    path="/v2/RegulatoryCompliance/SupportingDocumentTypes",
    spec="numbers_v2",
    record=SupportingDocumentType,
    paging="meta",
    envelope="supporting_document_types",
)


_CONTEXT_FETCH: Operation[SupportingDocumentType] = Operation(
    id="numbers.v2.regulatory_compliance.supporting_document_types.fetch",
    method="GET",
    product="numbers",
    path="/v2/RegulatoryCompliance/SupportingDocumentTypes/{Sid}",
    spec="numbers_v2",
    record=SupportingDocumentType,
)


class SupportingDocumentTypeContext(Resource):
    """One ``RegulatoryCompliance/SupportingDocumentTypes`` record: sid."""

    _path = "/v2/RegulatoryCompliance/SupportingDocumentTypes/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> SupportingDocumentType:
        """Fetch a specific Supporting Document Type Instance."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class SupportingDocumentTypeList(Resource):
    """``RegulatoryCompliance/SupportingDocumentTypes`` (call it with a sid)."""

    _path = "/v2/RegulatoryCompliance/SupportingDocumentTypes"

    def __call__(self, sid: str) -> SupportingDocumentTypeContext:
        """The record with this ``sid``."""
        return self._child(SupportingDocumentTypeContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[SupportingDocumentType]:
        """Retrieve a list of all Supporting Document Types. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[SupportingDocumentType]:
        """Retrieve a list of all Supporting Document Types. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[SupportingDocumentType]:
        """Retrieve a list of all Supporting Document Types. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
