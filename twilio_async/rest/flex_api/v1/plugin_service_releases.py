# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: PluginRelease (PluginService/Releases) on flex-api.twilio.com."""

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
    "PluginRelease",
    "PluginReleaseContext",
    "PluginReleaseCreateParams",
    "PluginReleaseFetchParams",
    "PluginReleaseList",
    "PluginReleaseListParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PluginRelease(Record):
    """Record ``flex.v1.plugin_release`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    configuration_sid: str | None = None
    date_created: datetime
    url: str


class PluginReleaseListParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.plugin_releases.list`` (``ListPluginRelease``)."""

    flex_metadata: str
    """The Flex-Metadata HTTP request header."""


class PluginReleaseCreateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.plugin_releases.create`` (``CreatePluginRelease``)."""

    flex_metadata: str
    """The Flex-Metadata HTTP request header."""
    configuration_id: Required[str]
    """The SID or the Version of the Flex Plugin Configuration to release."""


class PluginReleaseFetchParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.plugin_releases.fetch`` (``FetchPluginRelease``)."""

    flex_metadata: str
    """The Flex-Metadata HTTP request header."""


_LIST_LIST: Operation[PluginRelease] = Operation(
    id="flex_api.v1.plugin_releases.list",
    method="GET",
    product="flex-api",
    path="/v1/PluginService/Releases",
    spec="flex_v1",
    record=PluginRelease,
    headers={
        "flex_metadata": "Flex-Metadata",
    },
    header_in_query=frozenset(["flex_metadata"]),
    paging="meta",
    envelope="releases",
)


_LIST_CREATE: Operation[PluginRelease] = Operation(
    id="flex_api.v1.plugin_releases.create",
    method="POST",
    product="flex-api",
    path="/v1/PluginService/Releases",
    spec="flex_v1",
    record=PluginRelease,
    form={
        "configuration_id": "ConfigurationId",
    },
    headers={
        "flex_metadata": "Flex-Metadata",
    },
    required=frozenset(["configuration_id"]),
)


_CONTEXT_FETCH: Operation[PluginRelease] = Operation(
    id="flex_api.v1.plugin_releases.fetch",
    method="GET",
    product="flex-api",
    path="/v1/PluginService/Releases/{Sid}",
    spec="flex_v1",
    record=PluginRelease,
    headers={
        "flex_metadata": "Flex-Metadata",
    },
)


class PluginReleaseContext(Resource):
    """One ``PluginService/Releases`` record: sid."""

    _path = "/v1/PluginService/Releases/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self, **params: Unpack[PluginReleaseFetchParams]) -> PluginRelease:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class PluginReleaseList(CreateMany[PluginReleaseCreateParams, PluginRelease], Resource):
    """``PluginService/Releases`` (call it with a sid)."""

    _path = "/v1/PluginService/Releases"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> PluginReleaseContext:
        """The record with this ``sid``."""
        return self._child(PluginReleaseContext, sid=sid)

    async def create(self, **params: Unpack[PluginReleaseCreateParams]) -> PluginRelease:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[PluginReleaseListParams],
    ) -> AsyncIterator[PluginRelease]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[PluginReleaseListParams],
    ) -> Page[PluginRelease]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[PluginReleaseListParams],
    ) -> list[PluginRelease]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
