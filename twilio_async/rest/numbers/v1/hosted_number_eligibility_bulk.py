# Generated from specs/twilio-oai/twilio_numbers_v1.json by codegen; do not edit.
"""Numbers v1: BulkEligibility (HostedNumber/Eligibility/Bulk) on numbers.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "BulkEligibility",
    "BulkEligibilityContext",
    "BulkEligibilityCreateParams",
    "BulkEligibilityList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class BulkEligibility(Record):
    """Record ``numbers.v1.bulk_eligibility`` (every field but ``request_id``, ``url``, ``date_created`` may be ``None``)."""

    request_id: str
    url: str
    results: list[Any] | None = None
    friendly_name: str | None = None
    status: str | None = None
    date_created: datetime
    date_completed: datetime | None = None


class BulkEligibilityCreateParams(TypedDict, total=False):
    """Keywords of ``numbers.v1.bulk_eligibilities.create`` (``CreateBulkEligibility``)."""

    body: Mapping[str, Any]
    """JSON body."""


_LIST_CREATE: Operation[BulkEligibility] = Operation(
    id="numbers.v1.bulk_eligibilities.create",
    method="POST",
    product="numbers",
    path="/v1/HostedNumber/Eligibility/Bulk",
    spec="numbers_v1",
    record=BulkEligibility,
    body="body",
)


_CONTEXT_FETCH: Operation[BulkEligibility] = Operation(
    id="numbers.v1.bulk_eligibilities.fetch",
    method="GET",
    product="numbers",
    path="/v1/HostedNumber/Eligibility/Bulk/{RequestId}",
    spec="numbers_v1",
    record=BulkEligibility,
)


class BulkEligibilityContext(Resource):
    """One ``HostedNumber/Eligibility/Bulk`` record: request_id."""

    _path = "/v1/HostedNumber/Eligibility/Bulk/{RequestId}"

    @property
    def request_id(self) -> str:
        """The ``request_id`` this context points at."""
        return self._values[0]

    async def fetch(self) -> BulkEligibility:
        """Fetch an eligibility bulk check that you requested to host in Twilio."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class BulkEligibilityList(CreateMany[BulkEligibilityCreateParams, BulkEligibility], Resource):
    """``HostedNumber/Eligibility/Bulk`` (call it with a request_id)."""

    _path = "/v1/HostedNumber/Eligibility/Bulk"
    _create_operation = _LIST_CREATE

    def __call__(self, request_id: str) -> BulkEligibilityContext:
        """The record with this ``request_id``."""
        return self._child(BulkEligibilityContext, request_id=request_id)

    async def create(self, **params: Unpack[BulkEligibilityCreateParams]) -> BulkEligibility:
        """Create a bulk eligibility check for a set of numbers that you want to host in Twilio."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
