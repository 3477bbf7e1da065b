# Generated from specs/twilio-oai/twilio_conversations_v1.json by codegen; do not edit.
"""Conversations v1: Webhook (Services/ChatServiceSid/Configuration/Webhooks) on conversations.twilio.com."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "ServiceWebhookConfiguration",
    "ServiceWebhookConfigurationMethod",
    "WebhookContext",
    "WebhookList",
    "WebhookUpdateParams",
]


class ServiceWebhookConfigurationMethod(OpenEnum):
    """``service_webhook_configuration_enum_method``."""

    GET = "GET"
    POST = "POST"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ServiceWebhookConfiguration(Record):
    """Record ``conversations.v1.service.service_configuration.service_webhook_configuration`` (every field but ``account_sid``, ``chat_service_sid``, ``url`` may be ``None``)."""

    account_sid: str
    chat_service_sid: str
    pre_webhook_url: str | None = None
    post_webhook_url: str | None = None
    filters: list[str] | None = None
    method: ServiceWebhookConfigurationMethod | None = None
    url: str


class WebhookUpdateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.services.configuration.webhooks.update`` (``UpdateServiceWebhookConfiguration``)."""

    pre_webhook_url: str
    """The absolute url the pre-event webhook request should be sent to."""
    post_webhook_url: str
    """The absolute url the post-event webhook request should be sent to."""
    filters: Sequence[str]
    """The list of events that your configured webhook targets will receive."""
    method: str
    """The HTTP method to be used when sending a webhook request."""


_CONTEXT_FETCH: Operation[ServiceWebhookConfiguration] = Operation(
    id="conversations.v1.services.configuration.webhooks.fetch",
    method="GET",
    product="conversations",
    path="/v1/Services/{ChatServiceSid}/Configuration/Webhooks",
    spec="conversations_v1",
    record=ServiceWebhookConfiguration,
)


_CONTEXT_UPDATE: Operation[ServiceWebhookConfiguration] = Operation(
    id="conversations.v1.services.configuration.webhooks.update",
    method="POST",
    product="conversations",
    path="/v1/Services/{ChatServiceSid}/Configuration/Webhooks",
    spec="conversations_v1",
    record=ServiceWebhookConfiguration,
    form={
        "pre_webhook_url": "PreWebhookUrl",
        "post_webhook_url": "PostWebhookUrl",
        "filters": "Filters",
        "method": "Method",
    },
)


class WebhookContext(Resource):
    """One ``Services/ChatServiceSid/Configuration/Webhooks`` record."""

    _path = "/v1/Services/{ChatServiceSid}/Configuration/Webhooks"

    async def fetch(self) -> ServiceWebhookConfiguration:
        """Fetch a specific service webhook configuration."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[WebhookUpdateParams]) -> ServiceWebhookConfiguration:
        """Update a specific Webhook."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class WebhookList(Resource):
    """``Services/ChatServiceSid/Configuration/Webhooks``."""

    def __call__(self) -> WebhookContext:
        """The one record of this resource."""
        return self._child(WebhookContext)
