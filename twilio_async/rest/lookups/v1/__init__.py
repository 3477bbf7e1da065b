# Generated from specs/twilio-oai/twilio_lookups_v1.json by codegen; do not edit.
"""Lookups v1 on lookups.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.lookups.v1.phone_numbers import PhoneNumberList

__all__ = ["LookupsV1"]


class LookupsV1(Resource):
    """``client.lookups.v1``."""

    @property
    def phone_numbers(self) -> PhoneNumberList:
        """``PhoneNumbers``."""
        from twilio_async.rest.lookups.v1.phone_numbers import PhoneNumberList

        return PhoneNumberList(self._transport)
