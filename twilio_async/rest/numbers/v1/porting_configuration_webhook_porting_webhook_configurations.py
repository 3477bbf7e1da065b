# Generated from specs/twilio-oai/twilio_numbers_v1.json by codegen; do not edit.
"""Numbers v1: PortingWebhookConfiguration (Porting/Configuration/Webhook) on numbers.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "PortingWebhookConfiguration",
    "PortingWebhookConfigurationCreateParams",
    "PortingWebhookConfigurationList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PortingWebhookConfiguration(Record):
    """Record ``numbers.v1.porting_webhook_configuration`` (every field but ``url`` may be ``None``)."""

    url: str
    port_in_target_url: str | None = None
    port_out_target_url: str | None = None
    notifications_of: list[str] | None = None


class PortingWebhookConfigurationCreateParams(TypedDict, total=False):
    """Keywords of ``numbers.v1.porting_webhook_configurations.create`` (``CreatePortingWebhookConfiguration``)."""

    body: Mapping[str, Any]
    """JSON body."""


_LIST_CREATE: Operation[PortingWebhookConfiguration] = Operation(
    id="numbers.v1.porting_webhook_configurations.create",
    method="POST",
    product="numbers",
    path="/v1/Porting/Configuration/Webhook",
    spec="numbers_v1",
    record=PortingWebhookConfiguration,
    body="body",
)


class PortingWebhookConfigurationList(
    CreateMany[PortingWebhookConfigurationCreateParams, PortingWebhookConfiguration], Resource
):
    """``Porting/Configuration/Webhook``."""

    _path = "/v1/Porting/Configuration/Webhook"
    _create_operation = _LIST_CREATE

    async def create(
        self, **params: Unpack[PortingWebhookConfigurationCreateParams]
    ) -> PortingWebhookConfiguration:
        """Create a Webhook Configuration."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
