# Generated from specs/twilio-oai/twilio_trusthub_v1.json by codegen; do not edit.
"""Trusthub v1: CustomerProfilesEntityAssignments (CustomerProfiles/CustomerProfileSid/EntityAssignments) on trusthub.twilio.com."""

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
    "CustomerProfileEntityAssignment",
    "CustomerProfilesEntityAssignmentsContext",
    "CustomerProfilesEntityAssignmentsCreateParams",
    "CustomerProfilesEntityAssignmentsList",
    "CustomerProfilesEntityAssignmentsListParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class CustomerProfileEntityAssignment(Record):
    """Record ``trusthub.v1.customer_profile.customer_profile_entity_assignment`` (every field but ``sid``, ``customer_profile_sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    customer_profile_sid: str
    account_sid: str
    object_sid: str | None = None
    date_created: datetime
    url: str


class CustomerProfilesEntityAssignmentsListParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.customer_profiles.customer_profiles_entity_assignments.list`` (``ListCustomerProfileEntityAssignment``)."""

    object_type: str
    """A string to filter the results by (EndUserType or SupportingDocumentType) machine-name."""


class CustomerProfilesEntityAssignmentsCreateParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.customer_profiles.customer_profiles_entity_assignments.create`` (``CreateCustomerProfileEntityAssignment``)."""

    object_sid: Required[str]
    """The SID of an object bag that holds information of the different items."""


_LIST_LIST: Operation[CustomerProfileEntityAssignment] = Operation(
    id="trusthub.v1.customer_profiles.customer_profiles_entity_assignments.list",
    method="GET",
    product="trusthub",
    path="/v1/CustomerProfiles/{CustomerProfileSid}/EntityAssignments",
    spec="trusthub_v1",
    record=CustomerProfileEntityAssignment,
    query={
        "object_type": "ObjectType",
    },
    paging="meta",
    envelope="results",
)


_LIST_CREATE: Operation[CustomerProfileEntityAssignment] = Operation(
    id="trusthub.v1.customer_profiles.customer_profiles_entity_assignments.create",
    method="POST",
    product="trusthub",
    path="/v1/CustomerProfiles/{CustomerProfileSid}/EntityAssignments",
    spec="trusthub_v1",
    record=CustomerProfileEntityAssignment,
    form={
        "object_sid": "ObjectSid",
    },
    required=frozenset(["object_sid"]),
)


_CONTEXT_FETCH: Operation[CustomerProfileEntityAssignment] = Operation(
    id="trusthub.v1.customer_profiles.customer_profiles_entity_assignments.fetch",
    method="GET",
    product="trusthub",
    path="/v1/CustomerProfiles/{CustomerProfileSid}/EntityAssignments/{Sid}",
    spec="trusthub_v1",
    record=CustomerProfileEntityAssignment,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="trusthub.v1.customer_profiles.customer_profiles_entity_assignments.delete",
    method="DELETE",
    product="trusthub",
    path="/v1/CustomerProfiles/{CustomerProfileSid}/EntityAssignments/{Sid}",
    spec="trusthub_v1",
)


class CustomerProfilesEntityAssignmentsContext(Resource):
    """One ``CustomerProfiles/CustomerProfileSid/EntityAssignments`` record: sid."""

    _path = "/v1/CustomerProfiles/{CustomerProfileSid}/EntityAssignments/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> CustomerProfileEntityAssignment:
        """Fetch specific Assigned Item Instance."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Remove an Assignment Item Instance."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class CustomerProfilesEntityAssignmentsList(
    CreateMany[CustomerProfilesEntityAssignmentsCreateParams, CustomerProfileEntityAssignment],
    Resource,
):
    """``CustomerProfiles/CustomerProfileSid/EntityAssignments`` (call it with a sid)."""

    _path = "/v1/CustomerProfiles/{CustomerProfileSid}/EntityAssignments"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> CustomerProfilesEntityAssignmentsContext:
        """The record with this ``sid``."""
        return self._child(CustomerProfilesEntityAssignmentsContext, sid=sid)

    async def create(
        self, **params: Unpack[CustomerProfilesEntityAssignmentsCreateParams]
    ) -> CustomerProfileEntityAssignment:
        """Create a new Assigned Item."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CustomerProfilesEntityAssignmentsListParams],
    ) -> AsyncIterator[CustomerProfileEntityAssignment]:
        """Retrieve a list of all Assigned Items for an account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[CustomerProfilesEntityAssignmentsListParams],
    ) -> Page[CustomerProfileEntityAssignment]:
        """Retrieve a list of all Assigned Items for an account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CustomerProfilesEntityAssignmentsListParams],
    ) -> list[CustomerProfileEntityAssignment]:
        """Retrieve a list of all Assigned Items for an account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
