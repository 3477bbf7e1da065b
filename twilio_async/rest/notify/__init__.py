# Generated from specs/twilio-oai/twilio_notify_v1.json by codegen; do not edit.
"""``client.notify``: Twilio's notify.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.notify.v1 import NotifyV1

__all__ = ["Notify"]


class Notify(Resource):
    """``client.notify``."""

    @property
    def v1(self) -> NotifyV1:
        """Version ``v1``."""
        from twilio_async.rest.notify.v1 import NotifyV1

        return NotifyV1(self._transport, self._values)
