# Generated from specs/twilio-oai/twilio_numbers_v1.json by codegen; do not edit.
"""Numbers v1: PortingAllPortIn (Porting/PortIn/PortInRequests) on numbers.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource
from twilio_async._typing import TypedDict, Unpack

__all__ = ["PortInRequestList", "PortingAllPortInList", "PortingAllPortInListParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PortInRequestList(Record):
    """Record ``numbers.v1.port_in_request_list`` (every field may be ``None``)."""

    port_in_request_sid: str | None = None
    port_in_request_status: str | None = None
    status_last_updated_timestamp: str | None = None
    phone_numbers_requested: int | None = None
    phone_numbers_ported: int | None = None
    suggested_action: str | None = None


class PortingAllPortInListParams(TypedDict, total=False):
    """Keywords of ``numbers.v1.porting_all_port_ins.list`` (``ListPortInRequests``)."""

    token: str
    """Page start token, if null then it will start from the beginning."""
    size: int
    """Number of items per page."""
    port_in_request_sid: str
    """Filter by Port in request SID, supports multiple values separated by comma."""
    port_in_request_status: str
    """Filter by Port In request status."""
    created_before: str
    """Find all created before a certain date."""
    created_after: str
    """Find all created after a certain date."""


_LIST_LIST: Operation[PortInRequestList] = Operation(
    id="numbers.v1.porting_all_port_ins.list",
    method="GET",
    product="numbers",
    path="/v1/Porting/PortIn/PortInRequests",
    spec="numbers_v1",
    record=PortInRequestList,
    query={
        "token": "Token",
        "size": "Size",
        "port_in_request_sid": "PortInRequestSid",
        "port_in_request_status": "PortInRequestStatus",
        "created_before": "CreatedBefore",
        "created_after": "CreatedAfter",
    },
    paging="token",
    envelope="port_in_requests",
)


class PortingAllPortInList(Resource):
    """``Porting/PortIn/PortInRequests``."""

    _path = "/v1/Porting/PortIn/PortInRequests"

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[PortingAllPortInListParams],
    ) -> AsyncIterator[PortInRequestList]:
        """Fetch all PortInRequests for a user. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[PortingAllPortInListParams],
    ) -> Page[PortInRequestList]:
        """Fetch all PortInRequests for a user. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[PortingAllPortInListParams],
    ) -> list[PortInRequestList]:
        """Fetch all PortInRequests for a user. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
