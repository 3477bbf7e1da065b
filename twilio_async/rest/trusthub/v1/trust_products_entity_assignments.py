# Generated from specs/twilio-oai/twilio_trusthub_v1.json by codegen; do not edit.
"""Trusthub v1: TrustProductsEntityAssignments (TrustProducts/TrustProductSid/EntityAssignments) on trusthub.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "TrustProductEntityAssignment",
    "TrustProductsEntityAssignmentsContext",
    "TrustProductsEntityAssignmentsCreateParams",
    "TrustProductsEntityAssignmentsList",
    "TrustProductsEntityAssignmentsListParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class TrustProductEntityAssignment(Record):
    """Record ``trusthub.v1.trust_product.trust_product_entity_assignment`` (every field but ``sid``, ``trust_product_sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    trust_product_sid: str
    account_sid: str
    object_sid: str | None = None
    date_created: datetime
    url: str


class TrustProductsEntityAssignmentsListParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.trust_products.trust_products_entity_assignments.list`` (``ListTrustProductEntityAssignment``)."""

    object_type: str
    """A string to filter the results by (EndUserType or SupportingDocumentType) machine-name."""


class TrustProductsEntityAssignmentsCreateParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.trust_products.trust_products_entity_assignments.create`` (``CreateTrustProductEntityAssignment``)."""

    object_sid: Required[str]
    """The SID of an object bag that holds information of the different items."""


_LIST_LIST: Operation[TrustProductEntityAssignment] = Operation(
    id="trusthub.v1.trust_products.trust_products_entity_assignments.list",
    method="GET",
    product="trusthub",
    path="/v1/TrustProducts/{TrustProductSid}/EntityAssignments",
    spec="trusthub_v1",
    record=TrustProductEntityAssignment,
    query={
        "object_type": "ObjectType",
    },
    paging="meta",
    envelope="results",
)


_LIST_CREATE: Operation[TrustProductEntityAssignment] = Operation(
    id="trusthub.v1.trust_products.trust_products_entity_assignments.create",
    method="POST",
    product="trusthub",
    path="/v1/TrustProducts/{TrustProductSid}/EntityAssignments",
    spec="trusthub_v1",
    record=TrustProductEntityAssignment,
    form={
        "object_sid": "ObjectSid",
    },
    required=frozenset(["object_sid"]),
)


_CONTEXT_FETCH: Operation[TrustProductEntityAssignment] = Operation(
    id="trusthub.v1.trust_products.trust_products_entity_assignments.fetch",
    method="GET",
    product="trusthub",
    path="/v1/TrustProducts/{TrustProductSid}/EntityAssignments/{Sid}",
    spec="trusthub_v1",
    record=TrustProductEntityAssignment,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="trusthub.v1.trust_products.trust_products_entity_assignments.delete",
    method="DELETE",
    product="trusthub",
    path="/v1/TrustProducts/{TrustProductSid}/EntityAssignments/{Sid}",
    spec="trusthub_v1",
)


class TrustProductsEntityAssignmentsContext(Resource):
    """One ``TrustProducts/TrustProductSid/EntityAssignments`` record: sid."""

    _path = "/v1/TrustProducts/{TrustProductSid}/EntityAssignments/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> TrustProductEntityAssignment:
        """Fetch specific Assigned Item Instance."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Remove an Assignment Item Instance."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class TrustProductsEntityAssignmentsList(
    CreateMany[TrustProductsEntityAssignmentsCreateParams, TrustProductEntityAssignment], Resource
):
    """``TrustProducts/TrustProductSid/EntityAssignments`` (call it with a sid)."""

    _path = "/v1/TrustProducts/{TrustProductSid}/EntityAssignments"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> TrustProductsEntityAssignmentsContext:
        """The record with this ``sid``."""
        return self._child(TrustProductsEntityAssignmentsContext, sid=sid)

    async def create(
        self, **params: Unpack[TrustProductsEntityAssignmentsCreateParams]
    ) -> TrustProductEntityAssignment:
        """Create a new Assigned Item."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[TrustProductsEntityAssignmentsListParams],
    ) -> AsyncIterator[TrustProductEntityAssignment]:
        """Retrieve a list of all Assigned Items for an account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[TrustProductsEntityAssignmentsListParams],
    ) -> Page[TrustProductEntityAssignment]:
        """Retrieve a list of all Assigned Items for an account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[TrustProductsEntityAssignmentsListParams],
    ) -> list[TrustProductEntityAssignment]:
        """Retrieve a list of all Assigned Items for an account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
