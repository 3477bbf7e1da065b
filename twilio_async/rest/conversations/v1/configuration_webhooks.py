# Generated from specs/twilio-oai/twilio_conversations_v1.json by codegen; do not edit.
"""Conversations v1: Webhook (Configuration/Webhooks) on conversations.twilio.com."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "ConfigurationWebhook",
    "ConfigurationWebhookMethod",
    "ConfigurationWebhookTarget",
    "WebhookContext",
    "WebhookList",
    "WebhookUpdateParams",
]


class ConfigurationWebhookMethod(OpenEnum):
    """``configuration_webhook_enum_method``."""

    GET = "GET"
    POST = "POST"


class ConfigurationWebhookTarget(OpenEnum):
    """``configuration_webhook_enum_target``."""

    WEBHOOK = "webhook"
    FLEX = "flex"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ConfigurationWebhook(Record):
    """Record ``conversations.v1.configuration.configuration_webhook`` (every field but ``account_sid``, ``url`` may be ``None``)."""

    account_sid: str
    method: ConfigurationWebhookMethod | None = None
    filters: list[str] | None = None
    pre_webhook_url: str | None = None
    post_webhook_url: str | None = None
    target: ConfigurationWebhookTarget | None = None
    url: str


class WebhookUpdateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.configuration.webhooks.update`` (``UpdateConfigurationWebhook``)."""

    method: str
    """The HTTP method to be used when sending a webhook request."""
    filters: Sequence[str]
    """The list of webhook event triggers that are enabled for this Service: `onMessageAdded`, `onMessageUpdated`, `onMessageRemoved`, `onMessageAdd`, `on..."""
    pre_webhook_url: str
    """The absolute url the pre-event webhook request should be sent to."""
    post_webhook_url: str
    """The absolute url the post-event webhook request should be sent to."""
    target: str


_CONTEXT_FETCH: Operation[ConfigurationWebhook] = Operation(
    id="conversations.v1.configuration.webhooks.fetch",
    method="GET",
    product="conversations",
    path="/v1/Configuration/Webhooks",
    spec="conversations_v1",
    record=ConfigurationWebhook,
)


_CONTEXT_UPDATE: Operation[ConfigurationWebhook] = Operation(
    id="conversations.v1.configuration.webhooks.update",
    method="POST",
    product="conversations",
    path="/v1/Configuration/Webhooks",
    spec="conversations_v1",
    record=ConfigurationWebhook,
    form={
        "method": "Method",
        "filters": "Filters",
        "pre_webhook_url": "PreWebhookUrl",
        "post_webhook_url": "PostWebhookUrl",
        "target": "Target",
    },
)


class WebhookContext(Resource):
    """One ``Configuration/Webhooks`` record."""

    _path = "/v1/Configuration/Webhooks"

    async def fetch(self) -> ConfigurationWebhook:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[WebhookUpdateParams]) -> ConfigurationWebhook:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class WebhookList(Resource):
    """``Configuration/Webhooks``."""

    def __call__(self) -> WebhookContext:
        """The one record of this resource."""
        return self._child(WebhookContext)
