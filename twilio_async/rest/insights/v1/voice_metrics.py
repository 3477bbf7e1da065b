# Generated from specs/twilio-oai/twilio_insights_v1.json by codegen; do not edit.
"""Insights v1: Metric (Voice/CallSid/Metrics) on insights.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource
from twilio_async._typing import TypedDict, Unpack

__all__ = ["Metric", "MetricList", "MetricListParams", "MetricStreamDirection", "MetricTwilioEdge"]


class MetricStreamDirection(OpenEnum):
    """``metric_enum_stream_direction``."""

    UNKNOWN = "unknown"
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    BOTH = "both"


class MetricTwilioEdge(OpenEnum):
    """``metric_enum_twilio_edge``."""

    UNKNOWN_EDGE = "unknown_edge"
    CARRIER_EDGE = "carrier_edge"
    SIP_EDGE = "sip_edge"
    SDK_EDGE = "sdk_edge"
    CLIENT_EDGE = "client_edge"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Metric(Record):
    """Record ``insights.v1.call.metric`` (every field may be ``None``)."""

    timestamp: str | None = None
    call_sid: str | None = None
    account_sid: str | None = None
    edge: MetricTwilioEdge | None = None
    direction: MetricStreamDirection | None = None
    carrier_edge: Any | None = None
    sip_edge: Any | None = None
    sdk_edge: Any | None = None
    client_edge: Any | None = None


class MetricListParams(TypedDict, total=False):
    """Keywords of ``insights.v1.calls.metrics.list`` (``ListMetric``)."""

    edge: str
    """The Edge of this Metric."""
    direction: str
    """The Direction of this Metric."""


_LIST_LIST: Operation[Metric] = Operation(
    id="insights.v1.calls.metrics.list",
    method="GET",
    product="insights",
    path="/v1/Voice/{CallSid}/Metrics",
    spec="insights_v1",
    record=Metric,
    query={
        "edge": "Edge",
        "direction": "Direction",
    },
    paging="meta",
    envelope="metrics",
)


class MetricList(Resource):
    """``Voice/CallSid/Metrics``."""

    _path = "/v1/Voice/{CallSid}/Metrics"

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[MetricListParams],
    ) -> AsyncIterator[Metric]:
        """Get a list of Call Metrics for a Call. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[MetricListParams],
    ) -> Page[Metric]:
        """Get a list of Call Metrics for a Call. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[MetricListParams],
    ) -> list[Metric]:
        """Get a list of Call Metrics for a Call. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
