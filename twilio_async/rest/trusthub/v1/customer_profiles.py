# Generated from specs/twilio-oai/twilio_trusthub_v1.json by codegen; do not edit.
"""Trusthub v1: CustomerProfiles (CustomerProfiles) on trusthub.twilio.com."""

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
    from twilio_async.rest.trusthub.v1.customer_profiles_channel_endpoint_assignments import (
        CustomerProfilesChannelEndpointAssignmentList,
    )
    from twilio_async.rest.trusthub.v1.customer_profiles_entity_assignments import (
        CustomerProfilesEntityAssignmentsList,
    )
    from twilio_async.rest.trusthub.v1.customer_profiles_evaluations import (
        CustomerProfilesEvaluationsList,
    )

__all__ = [
    "CustomerProfile",
    "CustomerProfileStatus",
    "CustomerProfilesContext",
    "CustomerProfilesCreateParams",
    "CustomerProfilesList",
    "CustomerProfilesListParams",
    "CustomerProfilesUpdateParams",
]


class CustomerProfileStatus(OpenEnum):
    """``customer_profile_enum_status``."""

    DRAFT = "draft"
    PENDING_REVIEW = "pending-review"
    IN_REVIEW = "in-review"
    TWILIO_REJECTED = "twilio-rejected"
    TWILIO_APPROVED = "twilio-approved"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class CustomerProfile(Record):
    """Record ``trusthub.v1.customer_profile`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    policy_sid: str | None = None
    friendly_name: str | None = None
    status: CustomerProfileStatus | None = None
    valid_until: datetime | None = None
    email: str | None = None
    status_callback: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None
    errors: list[Any] | None = None


class CustomerProfilesListParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.customer_profiles.list`` (``ListCustomerProfile``)."""

    status: str
    """The verification status of the Customer-Profile resource."""
    friendly_name: str
    """The string that you assigned to describe the resource."""
    policy_sid: str
    """The unique string of a policy that is associated to the Customer-Profile resource."""


class CustomerProfilesCreateParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.customer_profiles.create`` (``CreateCustomerProfile``)."""

    friendly_name: Required[str]
    """The string that you assigned to describe the resource."""
    email: Required[str]
    """The email address that will receive updates when the Customer-Profile resource changes status."""
    policy_sid: Required[str]
    """The unique string of a policy that is associated to the Customer-Profile resource."""
    status_callback: str
    """The URL we call to inform your application of status changes."""


class CustomerProfilesUpdateParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.customer_profiles.update`` (``UpdateCustomerProfile``)."""

    status: str
    status_callback: str
    """The URL we call to inform your application of status changes."""
    friendly_name: str
    """The string that you assigned to describe the resource."""
    email: str
    """The email address that will receive updates when the Customer-Profile resource changes status."""


_LIST_LIST: Operation[CustomerProfile] = Operation(
    id="trusthub.v1.customer_profiles.list",
    method="GET",
    product="trusthub",
    path="/v1/CustomerProfiles",
    spec="trusthub_v1",
    record=CustomerProfile,
    query={
        "status": "Status",
        "friendly_name": "FriendlyName",
        "policy_sid": "PolicySid",
    },
    paging="meta",
    envelope="results",
)


_LIST_CREATE: Operation[CustomerProfile] = Operation(
    id="trusthub.v1.customer_profiles.create",
    method="POST",
    product="trusthub",
    path="/v1/CustomerProfiles",
    spec="trusthub_v1",
    record=CustomerProfile,
    form={
        "friendly_name": "FriendlyName",
        "email": "Email",
        "policy_sid": "PolicySid",
        "status_callback": "StatusCallback",
    },
    required=frozenset(["email", "friendly_name", "policy_sid"]),
)


_CONTEXT_FETCH: Operation[CustomerProfile] = Operation(
    id="trusthub.v1.customer_profiles.fetch",
    method="GET",
    product="trusthub",
    path="/v1/CustomerProfiles/{Sid}",
    spec="trusthub_v1",
    record=CustomerProfile,
)


_CONTEXT_UPDATE: Operation[CustomerProfile] = Operation(
    id="trusthub.v1.customer_profiles.update",
    method="POST",
    product="trusthub",
    path="/v1/CustomerProfiles/{Sid}",
    spec="trusthub_v1",
    record=CustomerProfile,
    form={
        "status": "Status",
        "status_callback": "StatusCallback",
        "friendly_name": "FriendlyName",
        "email": "Email",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="trusthub.v1.customer_profiles.delete",
    method="DELETE",
    product="trusthub",
    path="/v1/CustomerProfiles/{Sid}",
    spec="trusthub_v1",
)


class CustomerProfilesContext(Resource):
    """One ``CustomerProfiles`` record: sid."""

    _path = "/v1/CustomerProfiles/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> CustomerProfile:
        """Fetch a specific Customer-Profile instance."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[CustomerProfilesUpdateParams]) -> CustomerProfile:
        """Updates a Customer-Profile in an account."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Customer-Profile."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def customer_profiles_channel_endpoint_assignment(
        self,
    ) -> CustomerProfilesChannelEndpointAssignmentList:
        """``CustomerProfiles/CustomerProfileSid/ChannelEndpointAssignments``."""
        from twilio_async.rest.trusthub.v1.customer_profiles_channel_endpoint_assignments import (
            CustomerProfilesChannelEndpointAssignmentList,
        )

        return self._child(CustomerProfilesChannelEndpointAssignmentList)

    @property
    def customer_profiles_entity_assignments(self) -> CustomerProfilesEntityAssignmentsList:
        """``CustomerProfiles/CustomerProfileSid/EntityAssignments``."""
        from twilio_async.rest.trusthub.v1.customer_profiles_entity_assignments import (
            CustomerProfilesEntityAssignmentsList,
        )

        return self._child(CustomerProfilesEntityAssignmentsList)

    @property
    def customer_profiles_evaluations(self) -> CustomerProfilesEvaluationsList:
        """``CustomerProfiles/CustomerProfileSid/Evaluations``."""
        from twilio_async.rest.trusthub.v1.customer_profiles_evaluations import (
            CustomerProfilesEvaluationsList,
        )

        return self._child(CustomerProfilesEvaluationsList)


class CustomerProfilesList(CreateMany[CustomerProfilesCreateParams, CustomerProfile], Resource):
    """``CustomerProfiles`` (call it with a sid)."""

    _path = "/v1/CustomerProfiles"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> CustomerProfilesContext:
        """The record with this ``sid``."""
        return self._child(CustomerProfilesContext, sid=sid)

    async def create(self, **params: Unpack[CustomerProfilesCreateParams]) -> CustomerProfile:
        """Create a new Customer-Profile."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CustomerProfilesListParams],
    ) -> AsyncIterator[CustomerProfile]:
        """Retrieve a list of all Customer-Profiles for an account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[CustomerProfilesListParams],
    ) -> Page[CustomerProfile]:
        """Retrieve a list of all Customer-Profiles for an account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CustomerProfilesListParams],
    ) -> list[CustomerProfile]:
        """Retrieve a list of all Customer-Profiles for an account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
