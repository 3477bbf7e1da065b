# Generated from specs/twilio-oai/twilio_voice_v1.json by codegen; do not edit.
"""Voice v1: DialingPermissions (DialingPermissions) on voice.twilio.com."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.voice.v1.dialing_permissions_bulk_country_updates import (
        BulkCountryUpdateList,
    )
    from twilio_async.rest.voice.v1.dialing_permissions_countries import CountryList
    from twilio_async.rest.voice.v1.settings import SettingsList

__all__ = ["DialingPermissionsList"]


class DialingPermissionsList(Resource):
    """``DialingPermissions``."""

    _path = "/v1/DialingPermissions"

    @property
    def countries(self) -> CountryList:
        """``DialingPermissions/Countries``."""
        from twilio_async.rest.voice.v1.dialing_permissions_countries import CountryList

        return self._child(CountryList)

    @property
    def bulk_country_updates(self) -> BulkCountryUpdateList:
        """``DialingPermissions/BulkCountryUpdates``."""
        from twilio_async.rest.voice.v1.dialing_permissions_bulk_country_updates import (
            BulkCountryUpdateList,
        )

        return self._child(BulkCountryUpdateList)

    @property
    def settings(self) -> SettingsList:
        """``Settings``."""
        from twilio_async.rest.voice.v1.settings import SettingsList

        return self._child(SettingsList)
