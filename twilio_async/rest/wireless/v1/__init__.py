# Generated from specs/twilio-oai/twilio_wireless_v1.json by codegen; do not edit.
"""Wireless v1 on wireless.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.wireless.v1.commands import CommandList
    from twilio_async.rest.wireless.v1.rate_plans import RatePlanList
    from twilio_async.rest.wireless.v1.sims import SimList
    from twilio_async.rest.wireless.v1.usage_records import UsageRecordList

__all__ = ["WirelessV1"]


class WirelessV1(Resource):
    """``client.wireless.v1``."""

    @property
    def commands(self) -> CommandList:
        """``Commands``."""
        from twilio_async.rest.wireless.v1.commands import CommandList

        return CommandList(self._transport)

    @property
    def rate_plans(self) -> RatePlanList:
        """``RatePlans``."""
        from twilio_async.rest.wireless.v1.rate_plans import RatePlanList

        return RatePlanList(self._transport)

    @property
    def sims(self) -> SimList:
        """``Sims``."""
        from twilio_async.rest.wireless.v1.sims import SimList

        return SimList(self._transport)

    @property
    def usage_records(self) -> UsageRecordList:
        """``UsageRecords``."""
        from twilio_async.rest.wireless.v1.usage_records import UsageRecordList

        return UsageRecordList(self._transport)
