# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: Configuration (Configuration) on flex-api.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "Configuration",
    "ConfigurationContext",
    "ConfigurationFetchParams",
    "ConfigurationList",
    "ConfigurationStatus",
    "ConfigurationUpdateParams",
]


class ConfigurationStatus(OpenEnum):
    """``configuration_enum_status``."""

    OK = "ok"
    INPROGRESS = "inprogress"
    NOTSTARTED = "notstarted"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Configuration(Record):
    """Record ``flex.v1.configuration`` (every field but ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    attributes: Any | None = None
    status: ConfigurationStatus | None = None
    taskrouter_workspace_sid: str | None = None
    taskrouter_target_workflow_sid: str | None = None
    taskrouter_target_taskqueue_sid: str | None = None
    taskrouter_taskqueues: list[Any] | None = None
    taskrouter_skills: list[Any] | None = None
    taskrouter_worker_channels: Any | None = None
    taskrouter_worker_attributes: Any | None = None
    taskrouter_offline_activity_sid: str | None = None
    runtime_domain: str | None = None
    messaging_service_instance_sid: str | None = None
    chat_service_instance_sid: str | None = None
    flex_service_instance_sid: str | None = None
    flex_instance_sid: str | None = None
    ui_language: str | None = None
    ui_attributes: Any | None = None
    ui_dependencies: Any | None = None
    ui_version: str | None = None
    service_version: str | None = None
    call_recording_enabled: bool | None = None
    call_recording_webhook_url: str | None = None
    crm_enabled: bool | None = None
    crm_type: str | None = None
    crm_callback_url: str | None = None
    crm_fallback_url: str | None = None
    crm_attributes: Any | None = None
    public_attributes: Any | None = None
    plugin_service_enabled: bool | None = None
    plugin_service_attributes: Any | None = None
    integrations: list[Any] | None = None
    outbound_call_flows: Any | None = None
    serverless_service_sids: list[str] | None = None
    queue_stats_configuration: Any | None = None
    notifications: Any | None = None
    markdown: Any | None = None
    url: str
    flex_insights_hr: Any | None = None
    flex_insights_drilldown: bool | None = None
    flex_url: str | None = None
    channel_configs: list[Any] | None = None
    debugger_integration: Any | None = None
    flex_ui_status_report: Any | None = None
    agent_conv_end_methods: Any | None = None
    citrix_voice_vdi: Any | None = None
    offline_config: Any | None = None


class ConfigurationFetchParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.configuration.fetch`` (``FetchConfiguration``)."""

    ui_version: str
    """The Pinned UI version of the Configuration resource to fetch."""


class ConfigurationUpdateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.configuration.update`` (``UpdateConfiguration``)."""

    body: Mapping[str, Any]
    """JSON body."""


_CONTEXT_FETCH: Operation[Configuration] = Operation(
    id="flex_api.v1.configuration.fetch",
    method="GET",
    product="flex-api",
    path="/v1/Configuration",
    spec="flex_v1",
    record=Configuration,
    query={
        "ui_version": "UiVersion",
    },
)


_CONTEXT_UPDATE: Operation[Configuration] = Operation(
    id="flex_api.v1.configuration.update",
    method="POST",
    product="flex-api",
    path="/v1/Configuration",
    spec="flex_v1",
    record=Configuration,
    body="body",
)


class ConfigurationContext(Resource):
    """One ``Configuration`` record."""

    _path = "/v1/Configuration"

    async def fetch(self, **params: Unpack[ConfigurationFetchParams]) -> Configuration:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ConfigurationUpdateParams]) -> Configuration:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class ConfigurationList(Resource):
    """``Configuration``."""

    def __call__(self) -> ConfigurationContext:
        """The one record of this resource."""
        return self._child(ConfigurationContext)
