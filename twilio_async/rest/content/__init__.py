# Generated from specs/twilio-oai/twilio_content_v1.json, twilio_content_v2.json by codegen; do not edit.
"""``client.content``: Twilio's content.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.content.v1 import ContentV1
    from twilio_async.rest.content.v2 import ContentV2

__all__ = ["Content"]


class Content(Resource):
    """``client.content``."""

    @property
    def v1(self) -> ContentV1:
        """Version ``v1``."""
        from twilio_async.rest.content.v1 import ContentV1

        return ContentV1(self._transport, self._values)

    @property
    def v2(self) -> ContentV2:
        """Version ``v2``."""
        from twilio_async.rest.content.v2 import ContentV2

        return ContentV2(self._transport, self._values)
