# Generated from specs/twilio-oai/twilio_numbers_v3.json by codegen; do not edit.
"""Numbers v3 on numbers.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.numbers.v3.hosted_numbers_hosted_number_orders import (
        HostedNumberOrderList,
    )

__all__ = ["NumbersV3"]


class NumbersV3(Resource):
    """``client.numbers.v3``."""

    @property
    def hosted_number_orders(self) -> HostedNumberOrderList:
        """``HostedNumbers/HostedNumberOrders``."""
        from twilio_async.rest.numbers.v3.hosted_numbers_hosted_number_orders import (
            HostedNumberOrderList,
        )

        return HostedNumberOrderList(self._transport)
