# Generated from specs/twilio-oai/twilio_preview.json by codegen; do not edit.
"""Preview wireless on preview.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.preview.wireless.commands import CommandList
    from twilio_async.rest.preview.wireless.rate_plans import RatePlanList
    from twilio_async.rest.preview.wireless.sims import SimList

__all__ = ["PreviewWireless"]


class PreviewWireless(Resource):
    """``client.preview.wireless``."""

    @property
    def commands(self) -> CommandList:
        """``Commands``."""
        from twilio_async.rest.preview.wireless.commands import CommandList

        return CommandList(self._transport)

    @property
    def rate_plans(self) -> RatePlanList:
        """``RatePlans``."""
        from twilio_async.rest.preview.wireless.rate_plans import RatePlanList

        return RatePlanList(self._transport)

    @property
    def sims(self) -> SimList:
        """``Sims``."""
        from twilio_async.rest.preview.wireless.sims import SimList

        return SimList(self._transport)
