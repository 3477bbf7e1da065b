# Generated from specs/twilio-oai/twilio_numbers_v1.json by codegen; do not edit.
"""Numbers v1: PortingWebhookConfigurationDelete (Porting/Configuration/Webhook) on numbers.twilio.com."""

from __future__ import annotations

from twilio_async._operation import Operation
from twilio_async._resource import Resource, with_http_info

__all__ = ["PortingWebhookConfigurationDeleteContext", "PortingWebhookConfigurationDeleteList"]


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

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class PortingWebhookConfigurationDeleteList(Resource):
    """``Porting/Configuration/Webhook`` (call it with a webhook_type)."""

    def __call__(self, webhook_type: str) -> PortingWebhookConfigurationDeleteContext:
        """The record with this ``webhook_type``."""
        return self._child(PortingWebhookConfigurationDeleteContext, webhook_type=webhook_type)
