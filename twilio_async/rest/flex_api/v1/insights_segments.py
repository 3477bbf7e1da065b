# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: InsightsSegments (Insights/Segments) on flex-api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource
from twilio_async._typing import TypedDict, Unpack

__all__ = ["InsightsSegments", "InsightsSegmentsList", "InsightsSegmentsListParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class InsightsSegments(Record):
    """Record ``flex.v1.insights_segments`` (every field may be ``None``)."""

    segment_id: str | None = None
    external_id: str | None = None
    queue: str | None = None
    external_contact: str | None = None
    external_segment_link_id: str | None = None
    date: str | None = None
    account_id: str | None = None
    external_segment_link: str | None = None
    agent_id: str | None = None
    agent_phone: str | None = None
    agent_name: str | None = None
    agent_team_name: str | None = None
    agent_team_name_in_hierarchy: str | None = None
    agent_link: str | None = None
    customer_phone: str | None = None
    customer_name: str | None = None
    customer_link: str | None = None
    segment_recording_offset: str | None = None
    media: Any | None = None
    assessment_type: Any | None = None
    assessment_percentage: Any | None = None
    url: str | None = None


class InsightsSegmentsListParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.insights_segments.list`` (``ListInsightsSegments``)."""

    authorization: str
    """The Authorization HTTP request header."""
    segment_id: str
    """To unique id of the segment."""
    reservation_id: Sequence[str]
    """The list of reservation Ids."""


_LIST_LIST: Operation[InsightsSegments] = Operation(
    id="flex_api.v1.insights_segments.list",
    method="GET",
    product="flex-api",
    path="/v1/Insights/Segments",
    spec="flex_v1",
    record=InsightsSegments,
    query={
        "segment_id": "SegmentId",
        "reservation_id": "ReservationId",
    },
    headers={
        "authorization": "Authorization",
    },
    paging="meta",
    envelope="segments",
)


class InsightsSegmentsList(Resource):
    """``Insights/Segments``."""

    _path = "/v1/Insights/Segments"

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[InsightsSegmentsListParams],
    ) -> AsyncIterator[InsightsSegments]:
        """To get segments for given reservation Ids. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[InsightsSegmentsListParams],
    ) -> Page[InsightsSegments]:
        """To get segments for given reservation Ids. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[InsightsSegmentsListParams],
    ) -> list[InsightsSegments]:
        """To get segments for given reservation Ids. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
