# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: Plugin (PluginService/Plugins) on flex-api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
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
    from twilio_async.rest.flex_api.v1.plugin_service_plugins_versions import PluginVersionsList

__all__ = [
    "Plugin",
    "PluginContext",
    "PluginCreateParams",
    "PluginFetchParams",
    "PluginList",
    "PluginListParams",
    "PluginUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Plugin(Record):
    """Record ``flex.v1.plugin`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    unique_name: str | None = None
    friendly_name: str | None = None
    description: str | None = None
    archived: bool | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


class PluginListParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.plugins.list`` (``ListPlugin``)."""

    flex_metadata: str
    """The Flex-Metadata HTTP request header."""


class PluginCreateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.plugins.create`` (``CreatePlugin``)."""

    flex_metadata: str
    """The Flex-Metadata HTTP request header."""
    unique_name: Required[str]
    """The Flex Plugin's unique name."""
    friendly_name: str
    """The Flex Plugin's friendly name."""
    description: str
    """A descriptive string that you create to describe the plugin resource."""


class PluginFetchParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.plugins.fetch`` (``FetchPlugin``)."""

    flex_metadata: str
    """The Flex-Metadata HTTP request header."""


class PluginUpdateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.plugins.update`` (``UpdatePlugin``)."""

    flex_metadata: str
    """The Flex-Metadata HTTP request header."""
    friendly_name: str
    """The Flex Plugin's friendly name."""
    description: str
    """A descriptive string that you update to describe the plugin resource."""


_LIST_LIST: Operation[Plugin] = Operation(
    id="flex_api.v1.plugins.list",
    method="GET",
    product="flex-api",
    path="/v1/PluginService/Plugins",
    spec="flex_v1",
    record=Plugin,
    headers={
        "flex_metadata": "Flex-Metadata",
    },
    header_in_query=frozenset(["flex_metadata"]),
    paging="meta",
    envelope="plugins",
)


_LIST_CREATE: Operation[Plugin] = Operation(
    id="flex_api.v1.plugins.create",
    method="POST",
    product="flex-api",
    path="/v1/PluginService/Plugins",
    spec="flex_v1",
    record=Plugin,
    form={
        "unique_name": "UniqueName",
        "friendly_name": "FriendlyName",
        "description": "Description",
    },
    headers={
        "flex_metadata": "Flex-Metadata",
    },
    required=frozenset(["unique_name"]),
)


_CONTEXT_FETCH: Operation[Plugin] = Operation(
    id="flex_api.v1.plugins.fetch",
    method="GET",
    product="flex-api",
    path="/v1/PluginService/Plugins/{Sid}",
    spec="flex_v1",
    record=Plugin,
    headers={
        "flex_metadata": "Flex-Metadata",
    },
)


_CONTEXT_UPDATE: Operation[Plugin] = Operation(
    id="flex_api.v1.plugins.update",
    method="POST",
    product="flex-api",
    path="/v1/PluginService/Plugins/{Sid}",
    spec="flex_v1",
    record=Plugin,
    form={
        "friendly_name": "FriendlyName",
        "description": "Description",
    },
    headers={
        "flex_metadata": "Flex-Metadata",
    },
)


class PluginContext(Resource):
    """One ``PluginService/Plugins`` record: sid."""

    _path = "/v1/PluginService/Plugins/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self, **params: Unpack[PluginFetchParams]) -> Plugin:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[PluginUpdateParams]) -> Plugin:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    @property
    def plugin_versions(self) -> PluginVersionsList:
        """``PluginService/Plugins/PluginSid/Versions``."""
        from twilio_async.rest.flex_api.v1.plugin_service_plugins_versions import PluginVersionsList

        return self._child(PluginVersionsList)


class PluginList(CreateMany[PluginCreateParams, Plugin], Resource):
    """``PluginService/Plugins`` (call it with a sid)."""

    _path = "/v1/PluginService/Plugins"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> PluginContext:
        """The record with this ``sid``."""
        return self._child(PluginContext, sid=sid)

    async def create(self, **params: Unpack[PluginCreateParams]) -> Plugin:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[PluginListParams],
    ) -> AsyncIterator[Plugin]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[PluginListParams],
    ) -> Page[Plugin]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[PluginListParams],
    ) -> list[Plugin]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
