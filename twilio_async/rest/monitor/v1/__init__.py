# Generated from specs/twilio-oai/twilio_monitor_v1.json by codegen; do not edit.
"""Monitor v1 on monitor.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.monitor.v1.alerts import AlertList
    from twilio_async.rest.monitor.v1.events import EventList

__all__ = ["MonitorV1"]


class MonitorV1(Resource):
    """``client.monitor.v1``."""

    @property
    def alerts(self) -> AlertList:
        """``Alerts``."""
        from twilio_async.rest.monitor.v1.alerts import AlertList

        return AlertList(self._transport)

    @property
    def events(self) -> EventList:
        """``Events``."""
        from twilio_async.rest.monitor.v1.events import EventList

        return EventList(self._transport)
