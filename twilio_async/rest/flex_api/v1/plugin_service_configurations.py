# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: PluginConfiguration (PluginService/Configurations) on flex-api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.flex_api.v1.plugin_service_configurations_plugins import (
        ConfiguredPluginList,
    )

__all__ = [
    "PluginConfiguration",
    "PluginConfigurationContext",
    "PluginConfigurationCreateParams",
    "PluginConfigurationFetchParams",
    "PluginConfigurationList",
    "PluginConfigurationListParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PluginConfiguration(Record):
    """Record ``flex.v1.plugin_configuration`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    name: str | None = None
    description: str | None = None
    archived: bool | None = None
    date_created: datetime
    url: str
    links: dict[str, Any] | None = None


class PluginConfigurationListParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.plugin_configurations.list`` (``ListPluginConfiguration``)."""

    flex_metadata: str
    """The Flex-Metadata HTTP request header."""


class PluginConfigurationCreateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.plugin_configurations.create`` (``CreatePluginConfiguration``)."""

    flex_metadata: str
    """The Flex-Metadata HTTP request header."""
    name: Required[str]
    """The Flex Plugin Configuration's name."""
    plugins: Sequence[Any]
    """A list of objects that describe the plugin versions included in the configuration."""
    description: str
    """The Flex Plugin Configuration's description."""


class PluginConfigurationFetchParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.plugin_configurations.fetch`` (``FetchPluginConfiguration``)."""

    flex_metadata: str
    """The Flex-Metadata HTTP request header."""


_LIST_LIST: Operation[PluginConfiguration] = Operation(
    id="flex_api.v1.plugin_configurations.list",
    method="GET",
    product="flex-api",
    path="/v1/PluginService/Configurations",
    spec="flex_v1",
    record=PluginConfiguration,
    headers={
        "flex_metadata": "Flex-Metadata",
    },
    header_in_query=frozenset(["flex_metadata"]),
    paging="meta",
    envelope="configurations",
)


_LIST_CREATE: Operation[PluginConfiguration] = Operation(
    id="flex_api.v1.plugin_configurations.create",
    method="POST",
    product="flex-api",
    path="/v1/PluginService/Configurations",
    spec="flex_v1",
    record=PluginConfiguration,
    form={
        "name": "Name",
        "plugins": "Plugins",
        "description": "Description",
    },
    headers={
        "flex_metadata": "Flex-Metadata",
    },
    required=frozenset(["name"]),
    encode={
        "plugins": "json_items",
    },
)


_CONTEXT_FETCH: Operation[PluginConfiguration] = Operation(
    id="flex_api.v1.plugin_configurations.fetch",
    method="GET",
    product="flex-api",
    path="/v1/PluginService/Configurations/{Sid}",
    spec="flex_v1",
    record=PluginConfiguration,
    headers={
        "flex_metadata": "Flex-Metadata",
    },
)


class PluginConfigurationContext(Resource):
    """One ``PluginService/Configurations`` record: sid."""

    _path = "/v1/PluginService/Configurations/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self, **params: Unpack[PluginConfigurationFetchParams]) -> PluginConfiguration:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    @property
    def plugins(self) -> ConfiguredPluginList:
        """``PluginService/Configurations/ConfigurationSid/Plugins``."""
        from twilio_async.rest.flex_api.v1.plugin_service_configurations_plugins import (
            ConfiguredPluginList,
        )

        return self._child(ConfiguredPluginList)


class PluginConfigurationList(
    CreateMany[PluginConfigurationCreateParams, PluginConfiguration], Resource
):
    """``PluginService/Configurations`` (call it with a sid)."""

    _path = "/v1/PluginService/Configurations"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> PluginConfigurationContext:
        """The record with this ``sid``."""
        return self._child(PluginConfigurationContext, sid=sid)

    async def create(
        self, **params: Unpack[PluginConfigurationCreateParams]
    ) -> PluginConfiguration:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[PluginConfigurationListParams],
    ) -> AsyncIterator[PluginConfiguration]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[PluginConfigurationListParams],
    ) -> Page[PluginConfiguration]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[PluginConfigurationListParams],
    ) -> list[PluginConfiguration]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
