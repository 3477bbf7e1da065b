# Generated from specs/twilio-oai/twilio_monitor_v1.json, twilio_monitor_v2.json by codegen; do not edit.
"""``client.monitor``: Twilio's monitor.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.monitor.v1 import MonitorV1
    from twilio_async.rest.monitor.v2 import MonitorV2

__all__ = ["Monitor"]


class Monitor(Resource):
    """``client.monitor``."""

    @property
    def v1(self) -> MonitorV1:
        """Version ``v1``."""
        from twilio_async.rest.monitor.v1 import MonitorV1

        return MonitorV1(self._transport, self._values)

    @property
    def v2(self) -> MonitorV2:
        """Version ``v2``."""
        from twilio_async.rest.monitor.v2 import MonitorV2

        return MonitorV2(self._transport, self._values)
