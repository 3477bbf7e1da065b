# Generated from specs/twilio-oai/twilio_numbers_v1.json, twilio_numbers_v2.json, twilio_numbers_v3.json by codegen; do not edit.
"""``client.numbers``: Twilio's numbers.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.numbers.v1 import NumbersV1
    from twilio_async.rest.numbers.v2 import NumbersV2
    from twilio_async.rest.numbers.v3 import NumbersV3

__all__ = ["Numbers"]


class Numbers(Resource):
    """``client.numbers``."""

    @property
    def v1(self) -> NumbersV1:
        """Version ``v1``."""
        from twilio_async.rest.numbers.v1 import NumbersV1

        return NumbersV1(self._transport, self._values)

    @property
    def v2(self) -> NumbersV2:
        """Version ``v2``."""
        from twilio_async.rest.numbers.v2 import NumbersV2

        return NumbersV2(self._transport, self._values)

    @property
    def v3(self) -> NumbersV3:
        """Version ``v3``."""
        from twilio_async.rest.numbers.v3 import NumbersV3

        return NumbersV3(self._transport, self._values)
