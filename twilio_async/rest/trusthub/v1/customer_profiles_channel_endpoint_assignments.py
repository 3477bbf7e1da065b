# Generated from specs/twilio-oai/twilio_trusthub_v1.json by codegen; do not edit.
"""Trusthub v1: CustomerProfilesChannelEndpointAssignment (CustomerProfiles/CustomerProfileSid/ChannelEndpointAssignments) on trusthub.twilio.com."""

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
    "CustomerProfileChannelEndpointAssignment",
    "CustomerProfilesChannelEndpointAssignmentContext",
    "CustomerProfilesChannelEndpointAssignmentCreateParams",
    "CustomerProfilesChannelEndpointAssignmentList",
    "CustomerProfilesChannelEndpointAssignmentListParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class CustomerProfileChannelEndpointAssignment(Record):
    """Record ``trusthub.v1.customer_profile.customer_profile_channel_endpoint_assignment`` (every field but ``sid``, ``customer_profile_sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    customer_profile_sid: str
    account_sid: str
    channel_endpoint_type: str | None = None
    channel_endpoint_sid: str | None = None
    date_created: datetime
    url: str


class CustomerProfilesChannelEndpointAssignmentListParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.customer_profiles.customer_profiles_channel_endpoint_assignment.list`` (``ListCustomerProfileChannelEndpointAssignment``)."""

    channel_endpoint_sid: str
    """The SID of an channel endpoint."""
    channel_endpoint_sids: str
    """comma separated list of channel endpoint sids."""


class CustomerProfilesChannelEndpointAssignmentCreateParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.customer_profiles.customer_profiles_channel_endpoint_assignment.create`` (``CreateCustomerProfileChannelEndpointAssignment``)."""

    channel_endpoint_type: Required[str]
    """The type of channel endpoint."""
    channel_endpoint_sid: Required[str]
    """The SID of an channel endpoint."""


_LIST_LIST: Operation[CustomerProfileChannelEndpointAssignment] = Operation(
    id="trusthub.v1.customer_profiles.customer_profiles_channel_endpoint_assignment.list",
    method="GET",
    product="trusthub",
    path="/v1/CustomerProfiles/{CustomerProfileSid}/ChannelEndpointAssignments",
    spec="trusthub_v1",
    record=CustomerProfileChannelEndpointAssignment,
    query={
        "channel_endpoint_sid": "ChannelEndpointSid",
        "channel_endpoint_sids": "ChannelEndpointSids",
    },
    paging="meta",
    envelope="results",
)


_LIST_CREATE: Operation[CustomerProfileChannelEndpointAssignment] = Operation(
    id="trusthub.v1.customer_profiles.customer_profiles_channel_endpoint_assignment.create",
    method="POST",
    product="trusthub",
    path="/v1/CustomerProfiles/{CustomerProfileSid}/ChannelEndpointAssignments",
    spec="trusthub_v1",
    record=CustomerProfileChannelEndpointAssignment,
    form={
        "channel_endpoint_type": "ChannelEndpointType",
        "channel_endpoint_sid": "ChannelEndpointSid",
    },
    required=frozenset(["channel_endpoint_sid", "channel_endpoint_type"]),
)


_CONTEXT_FETCH: Operation[CustomerProfileChannelEndpointAssignment] = Operation(
    id="trusthub.v1.customer_profiles.customer_profiles_channel_endpoint_assignment.fetch",
    method="GET",
    product="trusthub",
    path="/v1/CustomerProfiles/{CustomerProfileSid}/ChannelEndpointAssignments/{Sid}",
    spec="trusthub_v1",
    record=CustomerProfileChannelEndpointAssignment,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="trusthub.v1.customer_profiles.customer_profiles_channel_endpoint_assignment.delete",
    method="DELETE",
    product="trusthub",
    path="/v1/CustomerProfiles/{CustomerProfileSid}/ChannelEndpointAssignments/{Sid}",
    spec="trusthub_v1",
)


class CustomerProfilesChannelEndpointAssignmentContext(Resource):
    """One ``CustomerProfiles/CustomerProfileSid/ChannelEndpointAssignments`` record: sid."""

    _path = "/v1/CustomerProfiles/{CustomerProfileSid}/ChannelEndpointAssignments/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> CustomerProfileChannelEndpointAssignment:
        """Fetch specific Assigned Item Instance."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Remove an Assignment Item Instance."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class CustomerProfilesChannelEndpointAssignmentList(
    CreateMany[
        CustomerProfilesChannelEndpointAssignmentCreateParams,
        CustomerProfileChannelEndpointAssignment,
    ],
    Resource,
):
    """``CustomerProfiles/CustomerProfileSid/ChannelEndpointAssignments`` (call it with a sid)."""

    _path = "/v1/CustomerProfiles/{CustomerProfileSid}/ChannelEndpointAssignments"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> CustomerProfilesChannelEndpointAssignmentContext:
        """The record with this ``sid``."""
        return self._child(CustomerProfilesChannelEndpointAssignmentContext, sid=sid)

    async def create(
        self, **params: Unpack[CustomerProfilesChannelEndpointAssignmentCreateParams]
    ) -> CustomerProfileChannelEndpointAssignment:
        """Create a new Assigned Item."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CustomerProfilesChannelEndpointAssignmentListParams],
    ) -> AsyncIterator[CustomerProfileChannelEndpointAssignment]:
        """Retrieve a list of all Assigned Items for an account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[CustomerProfilesChannelEndpointAssignmentListParams],
    ) -> Page[CustomerProfileChannelEndpointAssignment]:
        """Retrieve a list of all Assigned Items for an account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CustomerProfilesChannelEndpointAssignmentListParams],
    ) -> list[CustomerProfileChannelEndpointAssignment]:
        """Retrieve a list of all Assigned Items for an account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
