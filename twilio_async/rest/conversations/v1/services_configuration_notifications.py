# Generated from specs/twilio-oai/twilio_conversations_v1.json by codegen; do not edit.
"""Conversations v1: Notification (Services/ChatServiceSid/Configuration/Notifications) on conversations.twilio.com."""

from __future__ import annotations

from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "NotificationContext",
    "NotificationList",
    "NotificationUpdateParams",
    "ServiceNotification",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ServiceNotification(Record):
    """Record ``conversations.v1.service.service_configuration.service_notification`` (every field but ``account_sid``, ``chat_service_sid``, ``url`` may be ``None``)."""

    account_sid: str
    chat_service_sid: str
    new_message: Any | None = None
    added_to_conversation: Any | None = None
    removed_from_conversation: Any | None = None
    log_enabled: bool | None = None
    url: str


class NotificationUpdateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.services.configuration.notifications.update`` (``UpdateServiceNotification``)."""

    log_enabled: bool
    """Weather the notification logging is enabled."""
    new_message_enabled: bool
    """Whether to send a notification when a new message is added to a conversation."""
    new_message_template: str
    """The template to use to create the notification text displayed when a new message is added to a conversation and `new_message.enabled` is `true`."""
    new_message_sound: str
    """The name of the sound to play when a new message is added to a conversation and `new_message.enabled` is `true`."""
    new_message_badge_count_enabled: bool
    """Whether the new message badge is enabled."""
    added_to_conversation_enabled: bool
    """Whether to send a notification when a participant is added to a conversation."""
    added_to_conversation_template: str
    """The template to use to create the notification text displayed when a participant is added to a conversation and `added_to_conversation.enabled` is..."""
    added_to_conversation_sound: str
    """The name of the sound to play when a participant is added to a conversation and `added_to_conversation.enabled` is `true`."""
    removed_from_conversation_enabled: bool
    """Whether to send a notification to a user when they are removed from a conversation."""
    removed_from_conversation_template: str
    """The template to use to create the notification text displayed to a user when they are removed from a conversation and `removed_from_conversation.en..."""
    removed_from_conversation_sound: str
    """The name of the sound to play to a user when they are removed from a conversation and `removed_from_conversation.enabled` is `true`."""
    new_message_with_media_enabled: bool
    """Whether to send a notification when a new message with media/file attachments is added to a conversation."""
    new_message_with_media_template: str
    """The template to use to create the notification text displayed when a new message with media/file attachments is added to a conversation and `new_me..."""


_CONTEXT_FETCH: Operation[ServiceNotification] = Operation(
    id="conversations.v1.services.configuration.notifications.fetch",
    method="GET",
    product="conversations",
    path="/v1/Services/{ChatServiceSid}/Configuration/Notifications",
    spec="conversations_v1",
    record=ServiceNotification,
)


_CONTEXT_UPDATE: Operation[ServiceNotification] = Operation(
    id="conversations.v1.services.configuration.notifications.update",
    method="POST",
    product="conversations",
    path="/v1/Services/{ChatServiceSid}/Configuration/Notifications",
    spec="conversations_v1",
    record=ServiceNotification,
    form={
        "log_enabled": "LogEnabled",
        "new_message_enabled": "NewMessage.Enabled",
        "new_message_template": "NewMessage.Template",
        "new_message_sound": "NewMessage.Sound",
        "new_message_badge_count_enabled": "NewMessage.BadgeCountEnabled",
        "added_to_conversation_enabled": "AddedToConversation.Enabled",
        "added_to_conversation_template": "AddedToConversation.Template",
        "added_to_conversation_sound": "AddedToConversation.Sound",
        "removed_from_conversation_enabled": "RemovedFromConversation.Enabled",
        "removed_from_conversation_template": "RemovedFromConversation.Template",
        "removed_from_conversation_sound": "RemovedFromConversation.Sound",
        "new_message_with_media_enabled": "NewMessage.WithMedia.Enabled",
        "new_message_with_media_template": "NewMessage.WithMedia.Template",
    },
)


class NotificationContext(Resource):
    """One ``Services/ChatServiceSid/Configuration/Notifications`` record."""

    _path = "/v1/Services/{ChatServiceSid}/Configuration/Notifications"

    async def fetch(self) -> ServiceNotification:
        """Fetch push notification service settings."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[NotificationUpdateParams]) -> ServiceNotification:
        """Update push notification service settings."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class NotificationList(Resource):
    """``Services/ChatServiceSid/Configuration/Notifications``."""

    def __call__(self) -> NotificationContext:
        """The one record of this resource."""
        return self._child(NotificationContext)
