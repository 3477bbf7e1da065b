# Generated from specs/twilio-oai/twilio_marketplace_v1.json by codegen; do not edit.
"""Marketplace v1 on marketplace.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.marketplace.v1.available_add_ons import AvailableAddOnList
    from twilio_async.rest.marketplace.v1.installed_add_ons import InstalledAddOnList
    from twilio_async.rest.marketplace.v1.listing import ModuleDataManagementList
    from twilio_async.rest.marketplace.v1.listings import ModuleDataList
    from twilio_async.rest.marketplace.v1.referral_conversion import ReferralConversionList

__all__ = ["MarketplaceV1"]


class MarketplaceV1(Resource):
    """``client.marketplace.v1``."""

    @property
    def available_add_ons(self) -> AvailableAddOnList:
        """``AvailableAddOns``."""
        from twilio_async.rest.marketplace.v1.available_add_ons import AvailableAddOnList

        return AvailableAddOnList(self._transport)

    @property
    def installed_add_ons(self) -> InstalledAddOnList:
        """``InstalledAddOns``."""
        from twilio_async.rest.marketplace.v1.installed_add_ons import InstalledAddOnList

        return InstalledAddOnList(self._transport)

    @property
    def module_data(self) -> ModuleDataList:
        """``Listings``."""
        from twilio_async.rest.marketplace.v1.listings import ModuleDataList

        return ModuleDataList(self._transport)

    @property
    def module_data_management(self) -> ModuleDataManagementList:
        """``Listing``."""
        from twilio_async.rest.marketplace.v1.listing import ModuleDataManagementList

        return ModuleDataManagementList(self._transport)

    @property
    def referral_conversion(self) -> ReferralConversionList:
        """``ReferralConversion``."""
        from twilio_async.rest.marketplace.v1.referral_conversion import ReferralConversionList

        return ReferralConversionList(self._transport)
