# Generated from specs/twilio-oai/twilio_trusthub_v1.json by codegen; do not edit.
"""Trusthub v1: TrustProducts (TrustProducts) on trusthub.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.trusthub.v1.trust_products_channel_endpoint_assignments import (
        TrustProductsChannelEndpointAssignmentList,
    )
    from twilio_async.rest.trusthub.v1.trust_products_entity_assignments import (
        TrustProductsEntityAssignmentsList,
    )
    from twilio_async.rest.trusthub.v1.trust_products_evaluations import (
        TrustProductsEvaluationsList,
    )

__all__ = [
    "TrustProduct",
    "TrustProductStatus",
    "TrustProductsContext",
    "TrustProductsCreateParams",
    "TrustProductsList",
    "TrustProductsListParams",
    "TrustProductsUpdateParams",
]


class TrustProductStatus(OpenEnum):
    """``trust_product_enum_status``."""

    DRAFT = "draft"
    PENDING_REVIEW = "pending-review"
    IN_REVIEW = "in-review"
    TWILIO_REJECTED = "twilio-rejected"
    TWILIO_APPROVED = "twilio-approved"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class TrustProduct(Record):
    """Record ``trusthub.v1.trust_product`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    policy_sid: str | None = None
    friendly_name: str | None = None
    status: TrustProductStatus | None = None
    valid_until: datetime | None = None
    email: str | None = None
    status_callback: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None
    errors: list[Any] | None = None


class TrustProductsListParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.trust_products.list`` (``ListTrustProduct``)."""

    status: str
    """The verification status of the Trust Product resource."""
    friendly_name: str
    """The string that you assigned to describe the resource."""
    policy_sid: str
    """The unique string of a policy that is associated to the Trust Product resource."""


class TrustProductsCreateParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.trust_products.create`` (``CreateTrustProduct``)."""

    friendly_name: Required[str]
    """The string that you assigned to describe the resource."""
    email: Required[str]
    """The email address that will receive updates when the Trust Product resource changes status."""
    policy_sid: Required[str]
    """The unique string of a policy that is associated to the Trust Product resource."""
    status_callback: str
    """The URL we call to inform your application of status changes."""


class TrustProductsUpdateParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.trust_products.update`` (``UpdateTrustProduct``)."""

    status: str
    status_callback: str
    """The URL we call to inform your application of status changes."""
    friendly_name: str
    """The string that you assigned to describe the resource."""
    email: str
    """The email address that will receive updates when the Trust Product resource changes status."""


_LIST_LIST: Operation[TrustProduct] = Operation(
    id="trusthub.v1.trust_products.list",
    method="GET",
    product="trusthub",
    path="/v1/TrustProducts",
    spec="trusthub_v1",
    record=TrustProduct,
    query={
        "status": "Status",
        "friendly_name": "FriendlyName",
        "policy_sid": "PolicySid",
    },
    paging="meta",
    envelope="results",
)


_LIST_CREATE: Operation[TrustProduct] = Operation(
    id="trusthub.v1.trust_products.create",
    method="POST",
    product="trusthub",
    path="/v1/TrustProducts",
    spec="trusthub_v1",
    record=TrustProduct,
    form={
        "friendly_name": "FriendlyName",
        "email": "Email",
        "policy_sid": "PolicySid",
        "status_callback": "StatusCallback",
    },
    required=frozenset(["email", "friendly_name", "policy_sid"]),
)


_CONTEXT_FETCH: Operation[TrustProduct] = Operation(
    id="trusthub.v1.trust_products.fetch",
    method="GET",
    product="trusthub",
    path="/v1/TrustProducts/{Sid}",
    spec="trusthub_v1",
    record=TrustProduct,
)


_CONTEXT_UPDATE: Operation[TrustProduct] = Operation(
    id="trusthub.v1.trust_products.update",
    method="POST",
    product="trusthub",
    path="/v1/TrustProducts/{Sid}",
    spec="trusthub_v1",
    record=TrustProduct,
    form={
        "status": "Status",
        "status_callback": "StatusCallback",
        "friendly_name": "FriendlyName",
        "email": "Email",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="trusthub.v1.trust_products.delete",
    method="DELETE",
    product="trusthub",
    path="/v1/TrustProducts/{Sid}",
    spec="trusthub_v1",
)


class TrustProductsContext(Resource):
    """One ``TrustProducts`` record: sid."""

    _path = "/v1/TrustProducts/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> TrustProduct:
        """Fetch a specific Trust Product instance."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[TrustProductsUpdateParams]) -> TrustProduct:
        """Updates a Trust Product in an account."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Trust Product."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def trust_products_channel_endpoint_assignment(
        self,
    ) -> TrustProductsChannelEndpointAssignmentList:
        """``TrustProducts/TrustProductSid/ChannelEndpointAssignments``."""
        from twilio_async.rest.trusthub.v1.trust_products_channel_endpoint_assignments import (
            TrustProductsChannelEndpointAssignmentList,
        )

        return self._child(TrustProductsChannelEndpointAssignmentList)

    @property
    def trust_products_entity_assignments(self) -> TrustProductsEntityAssignmentsList:
        """``TrustProducts/TrustProductSid/EntityAssignments``."""
        from twilio_async.rest.trusthub.v1.trust_products_entity_assignments import (
            TrustProductsEntityAssignmentsList,
        )

        return self._child(TrustProductsEntityAssignmentsList)

    @property
    def trust_products_evaluations(self) -> TrustProductsEvaluationsList:
        """``TrustProducts/TrustProductSid/Evaluations``."""
        from twilio_async.rest.trusthub.v1.trust_products_evaluations import (
            TrustProductsEvaluationsList,
        )

        return self._child(TrustProductsEvaluationsList)


class TrustProductsList(CreateMany[TrustProductsCreateParams, TrustProduct], Resource):
    """``TrustProducts`` (call it with a sid)."""

    _path = "/v1/TrustProducts"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> TrustProductsContext:
        """The record with this ``sid``."""
        return self._child(TrustProductsContext, sid=sid)

    async def create(self, **params: Unpack[TrustProductsCreateParams]) -> TrustProduct:
        """Create a new Trust Product."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[TrustProductsListParams],
    ) -> AsyncIterator[TrustProduct]:
        """Retrieve a list of all Trust Products for an account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[TrustProductsListParams],
    ) -> Page[TrustProduct]:
        """Retrieve a list of all Trust Products for an account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[TrustProductsListParams],
    ) -> list[TrustProduct]:
        """Retrieve a list of all Trust Products for an account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
