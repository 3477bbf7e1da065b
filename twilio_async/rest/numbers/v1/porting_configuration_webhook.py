# Generated from specs/twilio-oai/twilio_numbers_v1.json by codegen; do not edit.
"""Numbers v1: PortingWebhookConfigurationDelete (Porting/Configuration/Webhook) on numbers.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._operation import HttpInfo, Operation, Resource

__all__ = [
    "PortingWebhookConfigurationDeleteContext",
    "PortingWebhookConfigurationDeleteList",
    "PortingWebhookConfigurationFetch",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PortingWebhookConfigurationFetch:
    """Record ``numbers.v1.porting_webhook_configuration_fetch`` (every field may be ``None``)."""

    url: str | None = None
    port_in_target_url: str | None = None
    port_out_target_url: str | None = None
    notifications_of: list[str] | None = None
    port_in_target_date_created: datetime | None = None
    port_out_target_date_created: datetime | None = None


_LIST_FETCH: Operation[PortingWebhookConfigurationFetch] = Operation(
    id="numbers.v1.porting_webhook_configurations_delete.fetch",
    method="GET",
    product="numbers",
    path="/v1/Porting/Configuration/Webhook",
    spec="numbers_v1",
    record=PortingWebhookConfigurationFetch,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="numbers.v1.porting_webhook_configurations_delete.delete",
    method="DELETE",
    product="numbers",
    path="/v1/Porting/Configuration/Webhook/{WebhookType}",
    spec="numbers_v1",
)


class PortingWebhookConfigurationDeleteContext(Resource):
    """One ``Porting/Configuration/Webhook`` record: webhook_type."""

    _path = "/v1/Porting/Configuration/Webhook/{WebhookType}"

    @property
    def webhook_type(self) -> str:
        """The ``webhook_type`` this context points at."""
        return self._values[0]

    async def delete(self) -> bool:
        """Allows the client to delete a webhook configuration."""
        return await self._call(_CONTEXT_DELETE, {})

    async def delete_with_http_info(self) -> HttpInfo[bool]:
        """Like ``delete``, with the status code and response headers."""
        return await self._call_info(_CONTEXT_DELETE, {})


class PortingWebhookConfigurationDeleteList(Resource):
    """``Porting/Configuration/Webhook`` (call it with a webhook_type)."""

    _path = "/v1/Porting/Configuration/Webhook"

    def __call__(self, webhook_type: str) -> PortingWebhookConfigurationDeleteContext:
        """The record with this ``webhook_type``."""
        return self._child(PortingWebhookConfigurationDeleteContext, webhook_type=webhook_type)

    async def fetch(self) -> PortingWebhookConfigurationFetch:
        """Allows to fetch the webhook configuration."""
        return await self._call(_LIST_FETCH, {})

    async def fetch_with_http_info(self) -> HttpInfo[PortingWebhookConfigurationFetch]:
        """Like ``fetch``, with the status code and response headers."""
        return await self._call_info(_LIST_FETCH, {})
