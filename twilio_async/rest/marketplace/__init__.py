# Generated from specs/twilio-oai/twilio_marketplace_v1.json by codegen; do not edit.
"""``client.marketplace``: Twilio's marketplace.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.marketplace.v1 import MarketplaceV1
    from twilio_async.rest.marketplace.v1.available_add_ons import (
        AvailableAddOnList as MarketplaceV1_available_add_ons,
    )
    from twilio_async.rest.marketplace.v1.installed_add_ons import (
        InstalledAddOnList as MarketplaceV1_installed_add_ons,
    )
    from twilio_async.rest.marketplace.v1.listing import (
        ModuleDataManagementList as MarketplaceV1_module_data_management,
    )
    from twilio_async.rest.marketplace.v1.listings import (
        ModuleDataList as MarketplaceV1_module_data,
    )
    from twilio_async.rest.marketplace.v1.referral_conversion import (
        ReferralConversionList as MarketplaceV1_referral_conversion,
    )

__all__ = ["Marketplace"]


class Marketplace(Resource):
    """``client.marketplace``."""

    @property
    def v1(self) -> MarketplaceV1:
        """Version ``v1``."""
        from twilio_async.rest.marketplace.v1 import MarketplaceV1

        return MarketplaceV1(self._transport, self._values)

    @property
    def available_add_ons(self) -> MarketplaceV1_available_add_ons:
        """``v1.available_add_ons``."""
        return self.v1.available_add_ons

    @property
    def installed_add_ons(self) -> MarketplaceV1_installed_add_ons:
        """``v1.installed_add_ons``."""
        return self.v1.installed_add_ons

    @property
    def module_data(self) -> MarketplaceV1_module_data:
        """``v1.module_data``."""
        return self.v1.module_data

    @property
    def module_data_management(self) -> MarketplaceV1_module_data_management:
        """``v1.module_data_management``."""
        return self.v1.module_data_management

    @property
    def referral_conversion(self) -> MarketplaceV1_referral_conversion:
        """``v1.referral_conversion``."""
        return self.v1.referral_conversion
