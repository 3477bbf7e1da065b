# Generated from specs/twilio-oai/twilio_conversations_v1.json by codegen; do not edit.
"""Conversations v1 on conversations.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.conversations.v1.configuration import ConfigurationList
    from twilio_async.rest.conversations.v1.configuration_addresses import AddressConfigurationList
    from twilio_async.rest.conversations.v1.conversation_with_participants import (
        ConversationWithParticipantsList,
    )
    from twilio_async.rest.conversations.v1.conversations import ConversationList
    from twilio_async.rest.conversations.v1.credentials import CredentialList
    from twilio_async.rest.conversations.v1.participant_conversations import (
        ParticipantConversationList,
    )
    from twilio_async.rest.conversations.v1.roles import RoleList
    from twilio_async.rest.conversations.v1.services import ServiceList
    from twilio_async.rest.conversations.v1.users import UserList

__all__ = ["ConversationsV1"]


class ConversationsV1(Resource):
    """``client.conversations.v1``."""

    @property
    def address_configurations(self) -> AddressConfigurationList:
        """``Configuration/Addresses``."""
        from twilio_async.rest.conversations.v1.configuration_addresses import (
            AddressConfigurationList,
        )

        return AddressConfigurationList(self._transport)

    @property
    def configuration(self) -> ConfigurationList:
        """``Configuration``."""
        from twilio_async.rest.conversations.v1.configuration import ConfigurationList

        return ConfigurationList(self._transport)

    @property
    def conversation_with_participants(self) -> ConversationWithParticipantsList:
        """``ConversationWithParticipants``."""
        from twilio_async.rest.conversations.v1.conversation_with_participants import (
            ConversationWithParticipantsList,
        )

        return ConversationWithParticipantsList(self._transport)

    @property
    def conversations(self) -> ConversationList:
        """``Conversations``."""
        from twilio_async.rest.conversations.v1.conversations import ConversationList

        return ConversationList(self._transport)

    @property
    def credentials(self) -> CredentialList:
        """``Credentials``."""
        from twilio_async.rest.conversations.v1.credentials import CredentialList

        return CredentialList(self._transport)

    @property
    def participant_conversations(self) -> ParticipantConversationList:
        """``ParticipantConversations``."""
        from twilio_async.rest.conversations.v1.participant_conversations import (
            ParticipantConversationList,
        )

        return ParticipantConversationList(self._transport)

    @property
    def roles(self) -> RoleList:
        """``Roles``."""
        from twilio_async.rest.conversations.v1.roles import RoleList

        return RoleList(self._transport)

    @property
    def services(self) -> ServiceList:
        """``Services``."""
        from twilio_async.rest.conversations.v1.services import ServiceList

        return ServiceList(self._transport)

    @property
    def users(self) -> UserList:
        """``Users``."""
        from twilio_async.rest.conversations.v1.users import UserList

        return UserList(self._transport)
