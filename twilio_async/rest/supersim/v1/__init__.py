# Generated from specs/twilio-oai/twilio_supersim_v1.json by codegen; do not edit.
"""Supersim v1 on supersim.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.supersim.v1.e_sim_profiles import EsimProfileList
    from twilio_async.rest.supersim.v1.fleets import FleetList
    from twilio_async.rest.supersim.v1.ip_commands import IpCommandList
    from twilio_async.rest.supersim.v1.network_access_profiles import NetworkAccessProfileList
    from twilio_async.rest.supersim.v1.networks import NetworkList
    from twilio_async.rest.supersim.v1.settings_updates import SettingsUpdateList
    from twilio_async.rest.supersim.v1.sims import SimList
    from twilio_async.rest.supersim.v1.sms_commands import SmsCommandList
    from twilio_async.rest.supersim.v1.usage_records import UsageRecordList

__all__ = ["SupersimV1"]


class SupersimV1(Resource):
    """``client.supersim.v1``."""

    @property
    def esim_profiles(self) -> EsimProfileList:
        """``ESimProfiles``."""
        from twilio_async.rest.supersim.v1.e_sim_profiles import EsimProfileList

        return EsimProfileList(self._transport)

    @property
    def fleets(self) -> FleetList:
        """``Fleets``."""
        from twilio_async.rest.supersim.v1.fleets import FleetList

        return FleetList(self._transport)

    @property
    def ip_commands(self) -> IpCommandList:
        """``IpCommands``."""
        from twilio_async.rest.supersim.v1.ip_commands import IpCommandList

        return IpCommandList(self._transport)

    @property
    def network_access_profiles(self) -> NetworkAccessProfileList:
        """``NetworkAccessProfiles``."""
        from twilio_async.rest.supersim.v1.network_access_profiles import NetworkAccessProfileList

        return NetworkAccessProfileList(self._transport)

    @property
    def networks(self) -> NetworkList:
        """``Networks``."""
        from twilio_async.rest.supersim.v1.networks import NetworkList

        return NetworkList(self._transport)

    @property
    def settings_updates(self) -> SettingsUpdateList:
        """``SettingsUpdates``."""
        from twilio_async.rest.supersim.v1.settings_updates import SettingsUpdateList

        return SettingsUpdateList(self._transport)

    @property
    def sims(self) -> SimList:
        """``Sims``."""
        from twilio_async.rest.supersim.v1.sims import SimList

        return SimList(self._transport)

    @property
    def sms_commands(self) -> SmsCommandList:
        """``SmsCommands``."""
        from twilio_async.rest.supersim.v1.sms_commands import SmsCommandList

        return SmsCommandList(self._transport)

    @property
    def usage_records(self) -> UsageRecordList:
        """``UsageRecords``."""
        from twilio_async.rest.supersim.v1.usage_records import UsageRecordList

        return UsageRecordList(self._transport)
