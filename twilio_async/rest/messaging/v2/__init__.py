# Generated from specs/twilio-oai/twilio_messaging_v2.json by codegen; do not edit.
"""Messaging v2 on messaging.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.messaging.v2.channels_senders import ChannelsSenderList
    from twilio_async.rest.messaging.v2.indicators_typing import TypingIndicatorList
    from twilio_async.rest.messaging.v2.link_shortening_domains_certificate import DomainCertsList

__all__ = ["MessagingV2"]


class MessagingV2(Resource):
    """``client.messaging.v2``."""

    @property
    def channels_senders(self) -> ChannelsSenderList:
        """``Channels/Senders``."""
        from twilio_async.rest.messaging.v2.channels_senders import ChannelsSenderList

        return ChannelsSenderList(self._transport)

    @property
    def domain_certs(self) -> DomainCertsList:
        """``LinkShortening/Domains/DomainSid/Certificate``."""
        from twilio_async.rest.messaging.v2.link_shortening_domains_certificate import (
            DomainCertsList,
        )

        return DomainCertsList(self._transport)

    @property
    def typing_indicator(self) -> TypingIndicatorList:
        """``Indicators/Typing``."""
        from twilio_async.rest.messaging.v2.indicators_typing import TypingIndicatorList

        return TypingIndicatorList(self._transport)
