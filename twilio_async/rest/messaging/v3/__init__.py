# Generated from specs/twilio-oai/twilio_messaging_v3.json by codegen; do not edit.
"""Messaging v3 on messaging.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.messaging.v3.indicators_typing import TypingIndicatorList

__all__ = ["MessagingV3"]


class MessagingV3(Resource):
    """``client.messaging.v3``."""

    @property
    def typing_indicator(self) -> TypingIndicatorList:
        """``Indicators/Typing``."""
        from twilio_async.rest.messaging.v3.indicators_typing import TypingIndicatorList

        return TypingIndicatorList(self._transport)
