# Generated from specs/twilio-oai/twilio_trusthub_v1.json by codegen; do not edit.
"""Trusthub v1: TrustProductsChannelEndpointAssignment (TrustProducts/TrustProductSid/ChannelEndpointAssignments) on trusthub.twilio.com."""

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
    "TrustProductChannelEndpointAssignment",
    "TrustProductsChannelEndpointAssignmentContext",
    "TrustProductsChannelEndpointAssignmentCreateParams",
    "TrustProductsChannelEndpointAssignmentList",
    "TrustProductsChannelEndpointAssignmentListParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class TrustProductChannelEndpointAssignment(Record):
    """Record ``trusthub.v1.trust_product.trust_product_channel_endpoint_assignment`` (every field but ``sid``, ``trust_product_sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    trust_product_sid: str
    account_sid: str
    channel_endpoint_type: str | None = None
    channel_endpoint_sid: str | None = None
    date_created: datetime
    url: str


class TrustProductsChannelEndpointAssignmentListParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.trust_products.trust_products_channel_endpoint_assignment.list`` (``ListTrustProductChannelEndpointAssignment``)."""

    channel_endpoint_sid: str
    """The SID of an channel endpoint."""
    channel_endpoint_sids: str
    """comma separated list of channel endpoint sids."""


class TrustProductsChannelEndpointAssignmentCreateParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.trust_products.trust_products_channel_endpoint_assignment.create`` (``CreateTrustProductChannelEndpointAssignment``)."""

    channel_endpoint_type: Required[str]
    """The type of channel endpoint."""
    channel_endpoint_sid: Required[str]
    """The SID of an channel endpoint."""


_LIST_LIST: Operation[TrustProductChannelEndpointAssignment] = Operation(
    id="trusthub.v1.trust_products.trust_products_channel_endpoint_assignment.list",
    method="GET",
    product="trusthub",
    path="/v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments",
    spec="trusthub_v1",
    record=TrustProductChannelEndpointAssignment,
    query={
        "channel_endpoint_sid": "ChannelEndpointSid",
        "channel_endpoint_sids": "ChannelEndpointSids",
    },
    paging="meta",
    envelope="results",
)


_LIST_CREATE: Operation[TrustProductChannelEndpointAssignment] = Operation(
    id="trusthub.v1.trust_products.trust_products_channel_endpoint_assignment.create",
    method="POST",
    product="trusthub",
    path="/v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments",
    spec="trusthub_v1",
    record=TrustProductChannelEndpointAssignment,
    form={
        "channel_endpoint_type": "ChannelEndpointType",
        "channel_endpoint_sid": "ChannelEndpointSid",
    },
    required=frozenset(["channel_endpoint_sid", "channel_endpoint_type"]),
)


_CONTEXT_FETCH: Operation[TrustProductChannelEndpointAssignment] = Operation(
    id="trusthub.v1.trust_products.trust_products_channel_endpoint_assignment.fetch",
    method="GET",
    product="trusthub",
    path="/v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments/{Sid}",
    spec="trusthub_v1",
    record=TrustProductChannelEndpointAssignment,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="trusthub.v1.trust_products.trust_products_channel_endpoint_assignment.delete",
    method="DELETE",
    product="trusthub",
    path="/v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments/{Sid}",
    spec="trusthub_v1",
)


class TrustProductsChannelEndpointAssignmentContext(Resource):
    """One ``TrustProducts/TrustProductSid/ChannelEndpointAssignments`` record: sid."""

    _path = "/v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> TrustProductChannelEndpointAssignment:
        """Fetch specific Assigned Item Instance."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Remove an Assignment Item Instance."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class TrustProductsChannelEndpointAssignmentList(
    CreateMany[
        TrustProductsChannelEndpointAssignmentCreateParams, TrustProductChannelEndpointAssignment
    ],
    Resource,
):
    """``TrustProducts/TrustProductSid/ChannelEndpointAssignments`` (call it with a sid)."""

    _path = "/v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> TrustProductsChannelEndpointAssignmentContext:
        """The record with this ``sid``."""
        return self._child(TrustProductsChannelEndpointAssignmentContext, sid=sid)

    async def create(
        self, **params: Unpack[TrustProductsChannelEndpointAssignmentCreateParams]
    ) -> TrustProductChannelEndpointAssignment:
        """Create a new Assigned Item."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[TrustProductsChannelEndpointAssignmentListParams],
    ) -> AsyncIterator[TrustProductChannelEndpointAssignment]:
        """Retrieve a list of all Assigned Items for an account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[TrustProductsChannelEndpointAssignmentListParams],
    ) -> Page[TrustProductChannelEndpointAssignment]:
        """Retrieve a list of all Assigned Items for an account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[TrustProductsChannelEndpointAssignmentListParams],
    ) -> list[TrustProductChannelEndpointAssignment]:
        """Retrieve a list of all Assigned Items for an account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
