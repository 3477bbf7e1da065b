# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: ConfiguredPlugin (PluginService/Configurations/ConfigurationSid/Plugins) on flex-api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "ConfiguredPlugin",
    "ConfiguredPluginContext",
    "ConfiguredPluginFetchParams",
    "ConfiguredPluginList",
    "ConfiguredPluginListParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ConfiguredPlugin(Record):
    """Record ``flex.v1.plugin_configuration.configured_plugin`` (every field but ``account_sid``, ``configuration_sid``, ``plugin_sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    configuration_sid: str
    plugin_sid: str
    plugin_version_sid: str | None = None
    phase: int | None = None
    plugin_url: str | None = None
    unique_name: str | None = None
    friendly_name: str | None = None
    description: str | None = None
    plugin_archived: bool | None = None
    version: str | None = None
    changelog: str | None = None
    plugin_version_archived: bool | None = None
    private: bool | None = None
    date_created: datetime
    url: str


class ConfiguredPluginListParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.plugin_configurations.plugins.list`` (``ListConfiguredPlugin``)."""

    flex_metadata: str
    """The Flex-Metadata HTTP request header."""


class ConfiguredPluginFetchParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.plugin_configurations.plugins.fetch`` (``FetchConfiguredPlugin``)."""

    flex_metadata: str
    """The Flex-Metadata HTTP request header."""


_LIST_LIST: Operation[ConfiguredPlugin] = Operation(
    id="flex_api.v1.plugin_configurations.plugins.list",
    method="GET",
    product="flex-api",
    path="/v1/PluginService/Configurations/{ConfigurationSid}/Plugins",
    spec="flex_v1",
    record=ConfiguredPlugin,
    headers={
        "flex_metadata": "Flex-Metadata",
    },
    header_in_query=frozenset(["flex_metadata"]),
    paging="meta",
    envelope="plugins",
)


_CONTEXT_FETCH: Operation[ConfiguredPlugin] = Operation(
    id="flex_api.v1.plugin_configurations.plugins.fetch",
    method="GET",
    product="flex-api",
    path="/v1/PluginService/Configurations/{ConfigurationSid}/Plugins/{PluginSid}",
    spec="flex_v1",
    record=ConfiguredPlugin,
    headers={
        "flex_metadata": "Flex-Metadata",
    },
)


class ConfiguredPluginContext(Resource):
    """One ``PluginService/Configurations/ConfigurationSid/Plugins`` record: plugin_sid."""

    _path = "/v1/PluginService/Configurations/{ConfigurationSid}/Plugins/{PluginSid}"

    @property
    def plugin_sid(self) -> str:
        """The ``plugin_sid`` this context points at."""
        return self._values[1]

    async def fetch(self, **params: Unpack[ConfiguredPluginFetchParams]) -> ConfiguredPlugin:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class ConfiguredPluginList(Resource):
    """``PluginService/Configurations/ConfigurationSid/Plugins`` (call it with a plugin_sid)."""

    _path = "/v1/PluginService/Configurations/{ConfigurationSid}/Plugins"

    def __call__(self, plugin_sid: str) -> ConfiguredPluginContext:
        """The record with this ``plugin_sid``."""
        return self._child(ConfiguredPluginContext, plugin_sid=plugin_sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ConfiguredPluginListParams],
    ) -> AsyncIterator[ConfiguredPlugin]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[ConfiguredPluginListParams],
    ) -> Page[ConfiguredPlugin]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ConfiguredPluginListParams],
    ) -> list[ConfiguredPlugin]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
