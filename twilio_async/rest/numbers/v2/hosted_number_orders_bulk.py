# Generated from specs/twilio-oai/twilio_numbers_v2.json by codegen; do not edit.
"""Numbers v2: BulkHostedNumberOrder (HostedNumber/Orders/Bulk) on numbers.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "BulkHostedNumberOrder",
    "BulkHostedNumberOrderContext",
    "BulkHostedNumberOrderCreateParams",
    "BulkHostedNumberOrderFetchParams",
    "BulkHostedNumberOrderList",
    "BulkHostedNumberOrderRequestStatus",
]


class BulkHostedNumberOrderRequestStatus(OpenEnum):
    """``bulk_hosted_number_order_enum_request_status``."""

    QUEUED = "QUEUED"
    IN_PROGRESS = "IN_PROGRESS"
    PROCESSED = "PROCESSED"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class BulkHostedNumberOrder(Record):
    """Record ``numbers.v2.bulk_hosted_number_order`` (every field but ``bulk_hosting_sid``, ``date_created``, ``url`` may be ``None``)."""

    bulk_hosting_sid: str
    request_status: BulkHostedNumberOrderRequestStatus | None = None
    friendly_name: str | None = None
    notification_email: str | None = None
    date_created: datetime
    date_completed: datetime | None = None
    url: str
    total_count: int | None = None
    results: list[Any] | None = None


class BulkHostedNumberOrderFetchParams(TypedDict, total=False):
    """Keywords of ``numbers.v2.bulk_hosted_number_orders.fetch`` (``FetchBulkHostedNumberOrder``)."""

    order_status: str
    """Order status can be used for filtering on Hosted Number Order status values."""


class BulkHostedNumberOrderCreateParams(TypedDict, total=False):
    """Keywords of ``numbers.v2.bulk_hosted_number_orders.create`` (``CreateBulkHostedNumberOrder``)."""

    body: Mapping[str, Any]
    """JSON body."""


_CONTEXT_FETCH: Operation[BulkHostedNumberOrder] = Operation(
    id="numbers.v2.bulk_hosted_number_orders.fetch",
    method="GET",
    product="numbers",
    path="/v2/HostedNumber/Orders/Bulk/{BulkHostingSid}",
    spec="numbers_v2",
    record=BulkHostedNumberOrder,
    query={
        "order_status": "OrderStatus",
    },
)


_LIST_CREATE: Operation[BulkHostedNumberOrder] = Operation(
    id="numbers.v2.bulk_hosted_number_orders.create",
    method="POST",
    product="numbers",
    path="/v2/HostedNumber/Orders/Bulk",
    spec="numbers_v2",
    record=BulkHostedNumberOrder,
    body="body",
)


class BulkHostedNumberOrderContext(Resource):
    """One ``HostedNumber/Orders/Bulk`` record: bulk_hosting_sid."""

    _path = "/v2/HostedNumber/Orders/Bulk/{BulkHostingSid}"

    @property
    def bulk_hosting_sid(self) -> str:
        """The ``bulk_hosting_sid`` this context points at."""
        return self._values[0]

    async def fetch(
        self, **params: Unpack[BulkHostedNumberOrderFetchParams]
    ) -> BulkHostedNumberOrder:
        """Fetch a specific BulkHostedNumberOrder."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class BulkHostedNumberOrderList(
    CreateMany[BulkHostedNumberOrderCreateParams, BulkHostedNumberOrder], Resource
):
    """``HostedNumber/Orders/Bulk`` (call it with a bulk_hosting_sid)."""

    _path = "/v2/HostedNumber/Orders/Bulk"
    _create_operation = _LIST_CREATE

    def __call__(self, bulk_hosting_sid: str) -> BulkHostedNumberOrderContext:
        """The record with this ``bulk_hosting_sid``."""
        return self._child(BulkHostedNumberOrderContext, bulk_hosting_sid=bulk_hosting_sid)

    async def create(
        self, **params: Unpack[BulkHostedNumberOrderCreateParams]
    ) -> BulkHostedNumberOrder:
        """Host multiple phone numbers on Twilio's platform."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
