# Generated from specs/twilio-oai/twilio_conversations_v1.json by codegen; do not edit.
"""Conversations v1: Configuration (Configuration) on conversations.twilio.com."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.conversations.v1.configuration_webhooks import WebhookList

__all__ = [
    "Configuration",
    "ConfigurationContext",
    "ConfigurationList",
    "ConfigurationUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Configuration(Record):
    """Record ``conversations.v1.configuration`` (every field but ``account_sid``, ``url`` may be ``None``)."""

    account_sid: str
    default_chat_service_sid: str | None = None
    default_messaging_service_sid: str | None = None
    default_inactive_timer: str | None = None
    default_closed_timer: str | None = None
    url: str
    links: dict[str, Any] | None = None


class ConfigurationUpdateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.configuration.update`` (``UpdateConfiguration``)."""

    default_chat_service_sid: str
    """The SID of the default Conversation Service to use when creating a conversation."""
    default_messaging_service_sid: str
    """The SID of the default Messaging Service to use when creating a conversation."""
    default_inactive_timer: str
    """Default ISO8601 duration when conversation will be switched to `inactive` state."""
    default_closed_timer: str
    """Default ISO8601 duration when conversation will be switched to `closed` state."""


_CONTEXT_FETCH: Operation[Configuration] = Operation(
    id="conversations.v1.configuration.fetch",
    method="GET",
    product="conversations",
    path="/v1/Configuration",
    spec="conversations_v1",
    record=Configuration,
)


_CONTEXT_UPDATE: Operation[Configuration] = Operation(
    id="conversations.v1.configuration.update",
    method="POST",
    product="conversations",
    path="/v1/Configuration",
    spec="conversations_v1",
    record=Configuration,
    form={
        "default_chat_service_sid": "DefaultChatServiceSid",
        "default_messaging_service_sid": "DefaultMessagingServiceSid",
        "default_inactive_timer": "DefaultInactiveTimer",
        "default_closed_timer": "DefaultClosedTimer",
    },
)


class ConfigurationContext(Resource):
    """One ``Configuration`` record."""

    _path = "/v1/Configuration"

    async def fetch(self) -> Configuration:
        """Fetch the global configuration of conversations on your account."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ConfigurationUpdateParams]) -> Configuration:
        """Update the global configuration of conversations on your account."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class ConfigurationList(Resource):
    """``Configuration``."""

    def __call__(self) -> ConfigurationContext:
        """The one record of this resource."""
        return self._child(ConfigurationContext)

    @property
    def webhooks(self) -> WebhookList:
        """``Configuration/Webhooks``."""
        from twilio_async.rest.conversations.v1.configuration_webhooks import WebhookList

        return self._child(WebhookList)
