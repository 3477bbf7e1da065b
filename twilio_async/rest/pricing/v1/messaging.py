# Generated from specs/twilio-oai/twilio_pricing_v1.json by codegen; do not edit.
"""Pricing v1: Messaging (Messaging) on pricing.twilio.com."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.pricing.v1.messaging_countries import CountryList

__all__ = ["MessagingContext", "MessagingList"]


class MessagingContext(Resource):
    """One ``Messaging`` record."""

    _path = "/v1/Messaging"


class MessagingList(Resource):
    """``Messaging``."""

    def __call__(self) -> MessagingContext:
        """The one record of this resource."""
        return self._child(MessagingContext)

    @property
    def countries(self) -> CountryList:
        """``Messaging/Countries``."""
        from twilio_async.rest.pricing.v1.messaging_countries import CountryList

        return self._child(CountryList)
