# Generated from specs/twilio-oai/twilio_conversations_v1.json by codegen; do not edit.
"""Conversations v1: Configuration (Services/ChatServiceSid/Configuration) on conversations.twilio.com."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.conversations.v1.services_configuration_notifications import (
        NotificationList,
    )
    from twilio_async.rest.conversations.v1.services_configuration_webhooks import WebhookList

__all__ = [
    "ConfigurationContext",
    "ConfigurationList",
    "ConfigurationUpdateParams",
    "ServiceConfiguration",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ServiceConfiguration(Record):
    """Record ``conversations.v1.service.service_configuration`` (every field but ``chat_service_sid``, ``url`` may be ``None``)."""

    chat_service_sid: str
    default_conversation_creator_role_sid: str | None = None
    default_conversation_role_sid: str | None = None
    default_chat_service_role_sid: str | None = None
    url: str
    links: dict[str, Any] | None = None
    reachability_enabled: bool | None = None


class ConfigurationUpdateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.services.configuration.update`` (``UpdateServiceConfiguration``)."""

    default_conversation_creator_role_sid: str
    """The conversation-level role assigned to a conversation creator when they join a new conversation."""
    default_conversation_role_sid: str
    """The conversation-level role assigned to users when they are added to a conversation."""
    default_chat_service_role_sid: str
    """The service-level role assigned to users when they are added to the service."""
    reachability_enabled: bool
    """Whether the Reachability Indicator is enabled for this Conversations Service."""


_CONTEXT_FETCH: Operation[ServiceConfiguration] = Operation(
    id="conversations.v1.services.configuration.fetch",
    method="GET",
    product="conversations",
    path="/v1/Services/{ChatServiceSid}/Configuration",
    spec="conversations_v1",
    record=ServiceConfiguration,
)


_CONTEXT_UPDATE: Operation[ServiceConfiguration] = Operation(
    id="conversations.v1.services.configuration.update",
    method="POST",
    product="conversations",
    path="/v1/Services/{ChatServiceSid}/Configuration",
    spec="conversations_v1",
    record=ServiceConfiguration,
    form={
        "default_conversation_creator_role_sid": "DefaultConversationCreatorRoleSid",
        "default_conversation_role_sid": "DefaultConversationRoleSid",
        "default_chat_service_role_sid": "DefaultChatServiceRoleSid",
        "reachability_enabled": "ReachabilityEnabled",
    },
)


class ConfigurationContext(Resource):
    """One ``Services/ChatServiceSid/Configuration`` record."""

    _path = "/v1/Services/{ChatServiceSid}/Configuration"

    async def fetch(self) -> ServiceConfiguration:
        """Fetch the configuration of a conversation service."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ConfigurationUpdateParams]) -> ServiceConfiguration:
        """Update configuration settings of a conversation service."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class ConfigurationList(Resource):
    """``Services/ChatServiceSid/Configuration``."""

    def __call__(self) -> ConfigurationContext:
        """The one record of this resource."""
        return self._child(ConfigurationContext)

    @property
    def notifications(self) -> NotificationList:
        """``Services/ChatServiceSid/Configuration/Notifications``."""
        from twilio_async.rest.conversations.v1.services_configuration_notifications import (
            NotificationList,
        )

        return self._child(NotificationList)

    @property
    def webhooks(self) -> WebhookList:
        """``Services/ChatServiceSid/Configuration/Webhooks``."""
        from twilio_async.rest.conversations.v1.services_configuration_webhooks import WebhookList

        return self._child(WebhookList)
