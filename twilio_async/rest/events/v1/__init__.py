# Generated from specs/twilio-oai/twilio_events_v1.json by codegen; do not edit.
"""Events v1 on events.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.events.v1.schemas import SchemaList
    from twilio_async.rest.events.v1.sinks import SinkList
    from twilio_async.rest.events.v1.subscriptions import SubscriptionList
    from twilio_async.rest.events.v1.types import EventTypeList

__all__ = ["EventsV1"]


class EventsV1(Resource):
    """``client.events.v1``."""

    @property
    def event_types(self) -> EventTypeList:
        """``Types``."""
        from twilio_async.rest.events.v1.types import EventTypeList

        return EventTypeList(self._transport)

    @property
    def schemas(self) -> SchemaList:
        """``Schemas``."""
        from twilio_async.rest.events.v1.schemas import SchemaList

        return SchemaList(self._transport)

    @property
    def sinks(self) -> SinkList:
        """``Sinks``."""
        from twilio_async.rest.events.v1.sinks import SinkList

        return SinkList(self._transport)

    @property
    def subscriptions(self) -> SubscriptionList:
        """``Subscriptions``."""
        from twilio_async.rest.events.v1.subscriptions import SubscriptionList

        return SubscriptionList(self._transport)
