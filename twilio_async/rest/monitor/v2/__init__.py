# Generated from specs/twilio-oai/twilio_monitor_v2.json by codegen; do not edit.
"""Monitor v2 on monitor.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.monitor.v2.alarms import AlarmList
    from twilio_async.rest.monitor.v2.alarms_status import StatusList

__all__ = ["MonitorV2"]


class MonitorV2(Resource):
    """``client.monitor.v2``."""

    @property
    def alarms(self) -> AlarmList:
        """``Alarms``."""
        from twilio_async.rest.monitor.v2.alarms import AlarmList

        return AlarmList(self._transport)

    @property
    def status(self) -> StatusList:
        """``Alarms/Sid/status``."""
        from twilio_async.rest.monitor.v2.alarms_status import StatusList

        return StatusList(self._transport)
