# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: PluginArchive (PluginService/Plugins/Sid/Archive) on flex-api.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "PluginArchive",
    "PluginArchiveContext",
    "PluginArchiveList",
    "PluginArchiveUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PluginArchive(Record):
    """Record ``flex.v1.plugin_archive`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    unique_name: str | None = None
    friendly_name: str | None = None
    description: str | None = None
    archived: bool | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class PluginArchiveUpdateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.plugin_archive.update`` (``UpdatePluginArchive``)."""

    flex_metadata: str
    """The Flex-Metadata HTTP request header."""


_CONTEXT_UPDATE: Operation[PluginArchive] = Operation(
    id="flex_api.v1.plugin_archive.update",
    method="POST",
    product="flex-api",
    path="/v1/PluginService/Plugins/{Sid}/Archive",
    spec="flex_v1",
    record=PluginArchive,
    headers={
        "flex_metadata": "Flex-Metadata",
    },
)


class PluginArchiveContext(Resource):
    """One ``PluginService/Plugins/Sid/Archive`` record."""

    _path = "/v1/PluginService/Plugins/{Sid}/Archive"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def update(self, **params: Unpack[PluginArchiveUpdateParams]) -> PluginArchive:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class PluginArchiveList(Resource):
    """``PluginService/Plugins/Sid/Archive``."""

    def __call__(self, sid: str) -> PluginArchiveContext:
        """The record with this ``sid``."""
        return self._child(PluginArchiveContext, sid=sid)
