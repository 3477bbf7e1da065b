# Generated from specs/twilio-oai/twilio_bulkexports_v1.json by codegen; do not edit.
"""``client.bulkexports``: Twilio's bulkexports.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.bulkexports.v1 import BulkexportsV1

__all__ = ["Bulkexports"]


class Bulkexports(Resource):
    """``client.bulkexports``."""

    @property
    def v1(self) -> BulkexportsV1:
        """Version ``v1``."""
        from twilio_async.rest.bulkexports.v1 import BulkexportsV1

        return BulkexportsV1(self._transport, self._values)
