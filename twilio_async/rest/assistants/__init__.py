# Generated from specs/twilio-oai/twilio_assistants_v1.json by codegen; do not edit.
"""``client.assistants``: Twilio's assistants.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.assistants.v1 import AssistantsV1

__all__ = ["Assistants"]


class Assistants(Resource):
    """``client.assistants``."""

    @property
    def v1(self) -> AssistantsV1:
        """Version ``v1``."""
        from twilio_async.rest.assistants.v1 import AssistantsV1

        return AssistantsV1(self._transport, self._values)
