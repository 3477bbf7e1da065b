# Generated from specs/twilio-oai/twilio_events_v1.json by codegen; do not edit.
"""Events v1: SinkTest (Sinks/Sid/Test) on events.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["SinkTest", "SinkTestList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SinkTest(Record):
    """Record ``events.v1.sink.sink_test`` (every field may be ``None``)."""

    result: str | None = None


_LIST_CREATE: Operation[SinkTest] = Operation(
    id="events.v1.sinks.sink_test.create",
    method="POST",
    product="events",
    path="/v1/Sinks/{Sid}/Test",
    spec="events_v1",
    record=SinkTest,
)


class SinkTestList(Resource):
    """``Sinks/Sid/Test``."""

    _path = "/v1/Sinks/{Sid}/Test"

    async def create(self) -> SinkTest:
        """Create a new Sink Test Event for the given Sink."""
        return await self._call(_LIST_CREATE, {})

    create_with_http_info = with_http_info(_LIST_CREATE, create)
