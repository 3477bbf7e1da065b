# Generated from specs/twilio-oai/twilio_routes_v2.json by codegen; do not edit.
"""Routes v2 on routes.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.routes.v2.phone_numbers import PhoneNumberList
    from twilio_async.rest.routes.v2.sip_domains import SipDomainList
    from twilio_async.rest.routes.v2.trunks import TrunkList

__all__ = ["RoutesV2"]


class RoutesV2(Resource):
    """``client.routes.v2``."""

    @property
    def phone_numbers(self) -> PhoneNumberList:
        """``PhoneNumbers``."""
        from twilio_async.rest.routes.v2.phone_numbers import PhoneNumberList

        return PhoneNumberList(self._transport)

    @property
    def sip_domains(self) -> SipDomainList:
        """``SipDomains``."""
        from twilio_async.rest.routes.v2.sip_domains import SipDomainList

        return SipDomainList(self._transport)

    @property
    def trunks(self) -> TrunkList:
        """``Trunks``."""
        from twilio_async.rest.routes.v2.trunks import TrunkList

        return TrunkList(self._transport)
