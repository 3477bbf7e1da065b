# Generated from specs/twilio-oai/twilio_insights_v1.json by codegen; do not edit.
"""Insights v1: Call (Voice) on insights.twilio.com."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

if TYPE_CHECKING:
    from twilio_async.rest.insights.v1.voice_annotation import AnnotationList
    from twilio_async.rest.insights.v1.voice_events import EventList
    from twilio_async.rest.insights.v1.voice_metrics import MetricList
    from twilio_async.rest.insights.v1.voice_summary import CallSummaryList

__all__ = ["Call", "CallContext", "CallList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Call(Record):
    """Record ``insights.v1.call`` (every field but ``sid``, ``url`` may be ``None``)."""

    sid: str
    url: str
    links: dict[str, Any] | None = None


_CONTEXT_FETCH: Operation[Call] = Operation(
    id="insights.v1.calls.fetch",
    method="GET",
    product="insights",
    path="/v1/Voice/{Sid}",
    spec="insights_v1",
    record=Call,
)


class CallContext(Resource):
    """One ``Voice`` record: sid."""

    _path = "/v1/Voice/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Call:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    @property
    def annotation(self) -> AnnotationList:
        """``Voice/CallSid/Annotation``."""
        from twilio_async.rest.insights.v1.voice_annotation import AnnotationList

        return self._child(AnnotationList)

    @property
    def events(self) -> EventList:
        """``Voice/CallSid/Events``."""
        from twilio_async.rest.insights.v1.voice_events import EventList

        return self._child(EventList)

    @property
    def metrics(self) -> MetricList:
        """``Voice/CallSid/Metrics``."""
        from twilio_async.rest.insights.v1.voice_metrics import MetricList

        return self._child(MetricList)

    @property
    def summary(self) -> CallSummaryList:
        """``Voice/CallSid/Summary``."""
        from twilio_async.rest.insights.v1.voice_summary import CallSummaryList

        return self._child(CallSummaryList)


class CallList(Resource):
    """``Voice`` (call it with a sid)."""

    def __call__(self, sid: str) -> CallContext:
        """The record with this ``sid``."""
        return self._child(CallContext, sid=sid)
