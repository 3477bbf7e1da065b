# Generated from specs/twilio-oai/twilio_chat_v2.json by codegen; do not edit.
"""Chat v2 on chat.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.chat.v2.credentials import CredentialList
    from twilio_async.rest.chat.v2.services import ServiceList

__all__ = ["ChatV2"]


class ChatV2(Resource):
    """``client.chat.v2``."""

    @property
    def credentials(self) -> CredentialList:
        """``Credentials``."""
        from twilio_async.rest.chat.v2.credentials import CredentialList

        return CredentialList(self._transport)

    @property
    def services(self) -> ServiceList:
        """``Services``."""
        from twilio_async.rest.chat.v2.services import ServiceList

        return ServiceList(self._transport)
