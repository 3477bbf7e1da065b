# Generated from specs/twilio-oai/twilio_insights_v1.json by codegen; do not edit.
"""Insights v1: Event (Voice/CallSid/Events) on insights.twilio.com."""

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

__all__ = ["Event", "EventLevel", "EventList", "EventListParams", "EventTwilioEdge"]


class EventLevel(OpenEnum):
    """``event_enum_level``."""

    UNKNOWN = "UNKNOWN"
    DEBUG = "DEBUG"
    INFO = "INFO"
    WARNING = "WARNING"
    ERROR = "ERROR"


class EventTwilioEdge(OpenEnum):
    """``event_enum_twilio_edge``."""

    UNKNOWN_EDGE = "unknown_edge"
    CARRIER_EDGE = "carrier_edge"
    SIP_EDGE = "sip_edge"
    SDK_EDGE = "sdk_edge"
    CLIENT_EDGE = "client_edge"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Event(Record):
    """Record ``insights.v1.call.event`` (every field may be ``None``)."""

    timestamp: str | None = None
    call_sid: str | None = None
    account_sid: str | None = None
    edge: EventTwilioEdge | None = None
    group: str | None = None
    level: EventLevel | None = None
    name: str | None = None
    carrier_edge: Any | None = None
    sip_edge: Any | None = None
    sdk_edge: Any | None = None
    client_edge: Any | None = None


class EventListParams(TypedDict, total=False):
    """Keywords of ``insights.v1.calls.events.list`` (``ListEvent``)."""

    edge: str
    """The Edge of this Event."""


_LIST_LIST: Operation[Event] = Operation(
    id="insights.v1.calls.events.list",
    method="GET",
    product="insights",
    path="/v1/Voice/{CallSid}/Events",
    spec="insights_v1",
    record=Event,
    query={
        "edge": "Edge",
    },
    paging="meta",
    envelope="events",
)


class EventList(Resource):
    """``Voice/CallSid/Events``."""

    _path = "/v1/Voice/{CallSid}/Events"

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[EventListParams],
    ) -> AsyncIterator[Event]:
        """Get a list of Call Insight Events for a Call. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[EventListParams],
    ) -> Page[Event]:
        """Get a list of Call Insight Events for a Call. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[EventListParams],
    ) -> list[Event]:
        """Get a list of Call Insight Events for a Call. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
