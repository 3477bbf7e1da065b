# Generated from specs/twilio-oai/twilio_events_v1.json by codegen; do not edit.
"""``client.events``: Twilio's events.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.events.v1 import EventsV1

__all__ = ["Events"]


class Events(Resource):
    """``client.events``."""

    @property
    def v1(self) -> EventsV1:
        """Version ``v1``."""
        from twilio_async.rest.events.v1 import EventsV1

        return EventsV1(self._transport, self._values)
