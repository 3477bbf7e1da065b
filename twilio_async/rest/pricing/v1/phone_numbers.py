# Generated from specs/twilio-oai/twilio_pricing_v1.json by codegen; do not edit.
"""Pricing v1: PhoneNumber (PhoneNumbers) on pricing.twilio.com."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.pricing.v1.phone_numbers_countries import CountryList

__all__ = ["PhoneNumberList"]


class PhoneNumberList(Resource):
    """``PhoneNumbers``."""

    _path = "/v1/PhoneNumbers"

    @property
    def countries(self) -> CountryList:
        """``PhoneNumbers/Countries``."""
        from twilio_async.rest.pricing.v1.phone_numbers_countries import CountryList

        return self._child(CountryList)
