# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: PluginVersions (PluginService/Plugins/PluginSid/Versions) on flex-api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "PluginVersion",
    "PluginVersionsContext",
    "PluginVersionsCreateParams",
    "PluginVersionsFetchParams",
    "PluginVersionsList",
    "PluginVersionsListParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PluginVersion(Record):
    """Record ``flex.v1.plugin.plugin_version`` (every field but ``sid``, ``plugin_sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    plugin_sid: str
    account_sid: str
    version: str | None = None
    plugin_url: str | None = None
    changelog: str | None = None
    private: bool | None = None
    archived: bool | None = None
    validated: bool | None = None
    date_created: datetime
    url: str


class PluginVersionsListParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.plugins.plugin_versions.list`` (``ListPluginVersion``)."""

    flex_metadata: str
    """The Flex-Metadata HTTP request header."""


class PluginVersionsCreateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.plugins.plugin_versions.create`` (``CreatePluginVersion``)."""

    flex_metadata: str
    """The Flex-Metadata HTTP request header."""
    version: Required[str]
    """The Flex Plugin Version's version."""
    plugin_url: Required[str]
    """The URL of the Flex Plugin Version bundle."""
    changelog: str
    """The changelog of the Flex Plugin Version."""
    private: bool
    """Whether this Flex Plugin Version requires authorization."""
    cli_version: str
    """The version of Flex Plugins CLI used to create this plugin."""
    validate_status: str
    """The validation status of the plugin, indicating whether it has been validated."""


class PluginVersionsFetchParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.plugins.plugin_versions.fetch`` (``FetchPluginVersion``)."""

    flex_metadata: str
    """The Flex-Metadata HTTP request header."""


_LIST_LIST: Operation[PluginVersion] = Operation(
    id="flex_api.v1.plugins.plugin_versions.list",
    method="GET",
    product="flex-api",
    path="/v1/PluginService/Plugins/{PluginSid}/Versions",
    spec="flex_v1",
    record=PluginVersion,
    headers={
        "flex_metadata": "Flex-Metadata",
    },
    header_in_query=frozenset(["flex_metadata"]),
    paging="meta",
    envelope="plugin_versions",
)


_LIST_CREATE: Operation[PluginVersion] = Operation(
    id="flex_api.v1.plugins.plugin_versions.create",
    method="POST",
    product="flex-api",
    path="/v1/PluginService/Plugins/{PluginSid}/Versions",
    spec="flex_v1",
    record=PluginVersion,
    form={
        "version": "Version",
        "plugin_url": "PluginUrl",
        "changelog": "Changelog",
        "private": "Private",
        "cli_version": "CliVersion",
        "validate_status": "ValidateStatus",
    },
    headers={
        "flex_metadata": "Flex-Metadata",
    },
    required=frozenset(["plugin_url", "version"]),
)


_CONTEXT_FETCH: Operation[PluginVersion] = Operation(
    id="flex_api.v1.plugins.plugin_versions.fetch",
    method="GET",
    product="flex-api",
    path="/v1/PluginService/Plugins/{PluginSid}/Versions/{Sid}",
    spec="flex_v1",
    record=PluginVersion,
    headers={
        "flex_metadata": "Flex-Metadata",
    },
)


class PluginVersionsContext(Resource):
    """One ``PluginService/Plugins/PluginSid/Versions`` record: sid."""

    _path = "/v1/PluginService/Plugins/{PluginSid}/Versions/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self, **params: Unpack[PluginVersionsFetchParams]) -> PluginVersion:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class PluginVersionsList(CreateMany[PluginVersionsCreateParams, PluginVersion], Resource):
    """``PluginService/Plugins/PluginSid/Versions`` (call it with a sid)."""

    _path = "/v1/PluginService/Plugins/{PluginSid}/Versions"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> PluginVersionsContext:
        """The record with this ``sid``."""
        return self._child(PluginVersionsContext, sid=sid)

    async def create(self, **params: Unpack[PluginVersionsCreateParams]) -> PluginVersion:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[PluginVersionsListParams],
    ) -> AsyncIterator[PluginVersion]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[PluginVersionsListParams],
    ) -> Page[PluginVersion]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[PluginVersionsListParams],
    ) -> list[PluginVersion]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
