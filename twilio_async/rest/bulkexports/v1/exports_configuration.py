# Generated from specs/twilio-oai/twilio_bulkexports_v1.json by codegen; do not edit.
"""Bulkexports v1: ExportConfiguration (Exports/ResourceType/Configuration) on bulkexports.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "ExportConfiguration",
    "ExportConfigurationContext",
    "ExportConfigurationList",
    "ExportConfigurationUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ExportConfiguration(Record):
    """Record ``bulkexports.v1.export_configuration`` (every field but ``resource_type``, ``url`` may be ``None``)."""

    enabled: bool | None = None
    webhook_url: str | None = None
    webhook_method: str | None = None
    resource_type: str
    url: str


class ExportConfigurationUpdateParams(TypedDict, total=False):
    """Keywords of ``bulkexports.v1.export_configuration.update`` (``UpdateExportConfiguration``)."""

    enabled: bool
    """If true, Twilio will automatically generate every day's file when the day is over."""
    webhook_url: str
    """Stores the URL destination for the method specified in webhook_method."""
    webhook_method: str
    """Sets whether Twilio should call a webhook URL when the automatic generation is complete, using GET or POST."""


_CONTEXT_FETCH: Operation[ExportConfiguration] = Operation(
    id="bulkexports.v1.export_configuration.fetch",
    method="GET",
    product="bulkexports",
    path="/v1/Exports/{ResourceType}/Configuration",
    spec="bulkexports_v1",
    record=ExportConfiguration,
)


_CONTEXT_UPDATE: Operation[ExportConfiguration] = Operation(
    id="bulkexports.v1.export_configuration.update",
    method="POST",
    product="bulkexports",
    path="/v1/Exports/{ResourceType}/Configuration",
    spec="bulkexports_v1",
    record=ExportConfiguration,
    form={
        "enabled": "Enabled",
        "webhook_url": "WebhookUrl",
        "webhook_method": "WebhookMethod",
    },
)


class ExportConfigurationContext(Resource):
    """One ``Exports/ResourceType/Configuration`` record."""

    _path = "/v1/Exports/{ResourceType}/Configuration"

    @property
    def resource_type(self) -> str:
        """The ``resource_type`` this context points at."""
        return self._values[0]

    async def fetch(self) -> ExportConfiguration:
        """Fetch a specific Export Configuration."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(
        self, **params: Unpack[ExportConfigurationUpdateParams]
    ) -> ExportConfiguration:
        """Update a specific Export Configuration."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class ExportConfigurationList(Resource):
    """``Exports/ResourceType/Configuration``."""

    def __call__(self, resource_type: str) -> ExportConfigurationContext:
        """The record with this ``resource_type``."""
        return self._child(ExportConfigurationContext, resource_type=resource_type)
