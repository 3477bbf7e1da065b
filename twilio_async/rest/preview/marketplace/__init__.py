# Generated from specs/twilio-oai/twilio_preview.json by codegen; do not edit.
"""Preview marketplace on preview.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.preview.marketplace.available_add_ons import AvailableAddOnList
    from twilio_async.rest.preview.marketplace.installed_add_ons import InstalledAddOnList

__all__ = ["PreviewMarketplace"]


class PreviewMarketplace(Resource):
    """``client.preview.marketplace``."""

    @property
    def available_add_ons(self) -> AvailableAddOnList:
        """``AvailableAddOns``."""
        from twilio_async.rest.preview.marketplace.available_add_ons import AvailableAddOnList

        return AvailableAddOnList(self._transport)

    @property
    def installed_add_ons(self) -> InstalledAddOnList:
        """``InstalledAddOns``."""
        from twilio_async.rest.preview.marketplace.installed_add_ons import InstalledAddOnList

        return InstalledAddOnList(self._transport)
