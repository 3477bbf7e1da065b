# Generated from specs/twilio-oai/twilio_trusthub_v1.json by codegen; do not edit.
"""Trusthub v1: CustomerProfilesEvaluations (CustomerProfiles/CustomerProfileSid/Evaluations) on trusthub.twilio.com."""

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
    "CustomerProfileEvaluation",
    "CustomerProfileEvaluationStatus",
    "CustomerProfilesEvaluationsContext",
    "CustomerProfilesEvaluationsCreateParams",
    "CustomerProfilesEvaluationsList",
]


class CustomerProfileEvaluationStatus(OpenEnum):
    """``customer_profile_evaluation_enum_status``."""

    COMPLIANT = "compliant"
    NONCOMPLIANT = "noncompliant"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class CustomerProfileEvaluation(Record):
    """Record ``trusthub.v1.customer_profile.customer_profile_evaluation`` (every field but ``sid``, ``account_sid``, ``customer_profile_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    policy_sid: str | None = None
    customer_profile_sid: str
    status: CustomerProfileEvaluationStatus | None = None
    results: list[Any] | None = None
    date_created: datetime
    url: str


class CustomerProfilesEvaluationsCreateParams(TypedDict, total=False):
    """Keywords of ``trusthub.v1.customer_profiles.customer_profiles_evaluations.create`` (``CreateCustomerProfileEvaluation``)."""

    policy_sid: Required[str]
    """The unique string of a policy that is associated to the customer_profile resource."""


_LIST_LIST: Operation[CustomerProfileEvaluation] = Operation(
    id="trusthub.v1.customer_profiles.customer_profiles_evaluations.list",
    method="GET",
    product="trusthub",
    path="/v1/CustomerProfiles/{CustomerProfileSid}/Evaluations",
    spec="trusthub_v1",
    record=CustomerProfileEvaluation,
    paging="meta",
    envelope="results",
)


_LIST_CREATE: Operation[CustomerProfileEvaluation] = Operation(
    id="trusthub.v1.customer_profiles.customer_profiles_evaluations.create",
    method="POST",
    product="trusthub",
    path="/v1/CustomerProfiles/{CustomerProfileSid}/Evaluations",
    spec="trusthub_v1",
    record=CustomerProfileEvaluation,
    form={
        "policy_sid": "PolicySid",
    },
    required=frozenset(["policy_sid"]),
)


_CONTEXT_FETCH: Operation[CustomerProfileEvaluation] = Operation(
    id="trusthub.v1.customer_profiles.customer_profiles_evaluations.fetch",
    method="GET",
    product="trusthub",
    path="/v1/CustomerProfiles/{CustomerProfileSid}/Evaluations/{Sid}",
    spec="trusthub_v1",
    record=CustomerProfileEvaluation,
)


class CustomerProfilesEvaluationsContext(Resource):
    """One ``CustomerProfiles/CustomerProfileSid/Evaluations`` record: sid."""

    _path = "/v1/CustomerProfiles/{CustomerProfileSid}/Evaluations/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> CustomerProfileEvaluation:
        """Fetch specific Evaluation Instance."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class CustomerProfilesEvaluationsList(
    CreateMany[CustomerProfilesEvaluationsCreateParams, CustomerProfileEvaluation], Resource
):
    """``CustomerProfiles/CustomerProfileSid/Evaluations`` (call it with a sid)."""

    _path = "/v1/CustomerProfiles/{CustomerProfileSid}/Evaluations"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> CustomerProfilesEvaluationsContext:
        """The record with this ``sid``."""
        return self._child(CustomerProfilesEvaluationsContext, sid=sid)

    async def create(
        self, **params: Unpack[CustomerProfilesEvaluationsCreateParams]
    ) -> CustomerProfileEvaluation:
        """Create a new Evaluation."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[CustomerProfileEvaluation]:
        """Retrieve a list of Evaluations associated to the customer_profile resource. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[CustomerProfileEvaluation]:
        """Retrieve a list of Evaluations associated to the customer_profile resource. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[CustomerProfileEvaluation]:
        """Retrieve a list of Evaluations associated to the customer_profile resource. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
