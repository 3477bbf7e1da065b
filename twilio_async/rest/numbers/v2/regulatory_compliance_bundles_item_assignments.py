# Generated from specs/twilio-oai/twilio_numbers_v2.json by codegen; do not edit.
"""Numbers v2: ItemAssignment (RegulatoryCompliance/Bundles/BundleSid/ItemAssignments) on numbers.twilio.com."""

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
    "ItemAssignment",
    "ItemAssignmentContext",
    "ItemAssignmentCreateParams",
    "ItemAssignmentList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ItemAssignment(Record):
    """Record ``numbers.v2.regulatory_compliance.bundle.item_assignment`` (every field but ``sid``, ``bundle_sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    bundle_sid: str
    account_sid: str
    object_sid: str | None = None
    date_created: datetime
    url: str


class ItemAssignmentCreateParams(TypedDict, total=False):
    """Keywords of ``numbers.v2.regulatory_compliance.bundles.item_assignments.create`` (``CreateItemAssignment``)."""

    object_sid: Required[str]
    """The SID of an object bag that holds information of the different items."""


_LIST_LIST: Operation[ItemAssignment] = Operation(
    id="numbers.v2.regulatory_compliance.bundles.item_assignments.list",
    method="GET",
    product="numbers",
    path="/v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments",
    spec="numbers_v2",
    record=ItemAssignment,
    paging="meta",
    envelope="results",
)


_LIST_CREATE: Operation[ItemAssignment] = Operation(
    id="numbers.v2.regulatory_compliance.bundles.item_assignments.create",
    method="POST",
    product="numbers",
    path="/v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments",
    spec="numbers_v2",
    record=ItemAssignment,
    form={
        "object_sid": "ObjectSid",
    },
    required=frozenset(["object_sid"]),
)


_CONTEXT_FETCH: Operation[ItemAssignment] = Operation(
    id="numbers.v2.regulatory_compliance.bundles.item_assignments.fetch",
    method="GET",
    product="numbers",
    path="/v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments/{Sid}",
    spec="numbers_v2",
    record=ItemAssignment,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="numbers.v2.regulatory_compliance.bundles.item_assignments.delete",
    method="DELETE",
    product="numbers",
    path="/v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments/{Sid}",
    spec="numbers_v2",
)


class ItemAssignmentContext(Resource):
    """One ``RegulatoryCompliance/Bundles/BundleSid/ItemAssignments`` record: sid."""

    _path = "/v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> ItemAssignment:
        """Fetch specific Assigned Item Instance."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Remove an Assignment Item Instance."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class ItemAssignmentList(CreateMany[ItemAssignmentCreateParams, ItemAssignment], Resource):
    """``RegulatoryCompliance/Bundles/BundleSid/ItemAssignments`` (call it with a sid)."""

    _path = "/v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ItemAssignmentContext:
        """The record with this ``sid``."""
        return self._child(ItemAssignmentContext, sid=sid)

    async def create(self, **params: Unpack[ItemAssignmentCreateParams]) -> ItemAssignment:
        """Create a new Assigned Item."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[ItemAssignment]:
        """Retrieve a list of all Assigned Items for an account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[ItemAssignment]:
        """Retrieve a list of all Assigned Items for an account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[ItemAssignment]:
        """Retrieve a list of all Assigned Items for an account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
