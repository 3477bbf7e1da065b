# Generated from specs/twilio-oai/twilio_numbers_v1.json by codegen; do not edit.
"""Numbers v1: Webhook (Porting/Configuration/Webhook) on numbers.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["PortingWebhookConfigurationFetch", "WebhookList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PortingWebhookConfigurationFetch(Record):
    """Record ``numbers.v1.porting_webhook_configuration_fetch`` (every field but ``url`` may be ``None``)."""

    url: str
    port_in_target_url: str | None = None
    port_out_target_url: str | None = None
    notifications_of: list[str] | None = None
    port_in_target_date_created: datetime | None = None
    port_out_target_date_created: datetime | None = None


_LIST_FETCH: Operation[PortingWebhookConfigurationFetch] = Operation(
    id="numbers.v1.webhook.fetch",
    method="GET",
    product="numbers",
    path="/v1/Porting/Configuration/Webhook",
    spec="numbers_v1",
    record=PortingWebhookConfigurationFetch,
)


class WebhookList(Resource):
    """``Porting/Configuration/Webhook``."""

    _path = "/v1/Porting/Configuration/Webhook"

    async def fetch(self) -> PortingWebhookConfigurationFetch:
        """Allows to fetch the webhook configuration."""
        return await self._call(_LIST_FETCH, {})

    fetch_with_http_info = with_http_info(_LIST_FETCH, fetch)
