# Generated from specs/twilio-oai/twilio_supersim_v1.json by codegen; do not edit.
"""``client.supersim``: Twilio's supersim.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.supersim.v1 import SupersimV1

__all__ = ["Supersim"]


class Supersim(Resource):
    """``client.supersim``."""

    @property
    def v1(self) -> SupersimV1:
        """Version ``v1``."""
        from twilio_async.rest.supersim.v1 import SupersimV1

        return SupersimV1(self._transport, self._values)
