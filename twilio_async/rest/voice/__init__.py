# Generated from specs/twilio-oai/twilio_voice_v1.json by codegen; do not edit.
"""``client.voice``: Twilio's voice.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.voice.v1 import VoiceV1

__all__ = ["Voice"]


class Voice(Resource):
    """``client.voice``."""

    @property
    def v1(self) -> VoiceV1:
        """Version ``v1``."""
        from twilio_async.rest.voice.v1 import VoiceV1

        return VoiceV1(self._transport, self._values)
