# Generated from specs/twilio-oai/twilio_sync_v1.json by codegen; do not edit.
"""``client.sync``: Twilio's sync.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.sync.v1 import SyncV1

__all__ = ["Sync"]


class Sync(Resource):
    """``client.sync``."""

    @property
    def v1(self) -> SyncV1:
        """Version ``v1``."""
        from twilio_async.rest.sync.v1 import SyncV1

        return SyncV1(self._transport, self._values)
