# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: PluginVersionArchive (PluginService/Plugins/PluginSid/Versions/Sid/Archive) on flex-api.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "PluginVersionArchive",
    "PluginVersionArchiveContext",
    "PluginVersionArchiveList",
    "PluginVersionArchiveUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PluginVersionArchive(Record):
    """Record ``flex.v1.plugin_version_archive`` (every field but ``sid``, ``plugin_sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    plugin_sid: str
    account_sid: str
    version: str | None = None
    plugin_url: str | None = None
    changelog: str | None = None
    private: bool | None = None
    archived: bool | None = None
    date_created: datetime
    url: str


class PluginVersionArchiveUpdateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.plugin_version_archive.update`` (``UpdatePluginVersionArchive``)."""

    flex_metadata: str
    """The Flex-Metadata HTTP request header."""


_CONTEXT_UPDATE: Operation[PluginVersionArchive] = Operation(
    id="flex_api.v1.plugin_version_archive.update",
    method="POST",
    product="flex-api",
    path="/v1/PluginService/Plugins/{PluginSid}/Versions/{Sid}/Archive",
    spec="flex_v1",
    record=PluginVersionArchive,
    headers={
        "flex_metadata": "Flex-Metadata",
    },
)


class PluginVersionArchiveContext(Resource):
    """One ``PluginService/Plugins/PluginSid/Versions/Sid/Archive`` record."""

    _path = "/v1/PluginService/Plugins/{PluginSid}/Versions/{Sid}/Archive"

    @property
    def plugin_sid(self) -> str:
        """The ``plugin_sid`` this context points at."""
        return self._values[0]

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def update(
        self, **params: Unpack[PluginVersionArchiveUpdateParams]
    ) -> PluginVersionArchive:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class PluginVersionArchiveList(Resource):
    """``PluginService/Plugins/PluginSid/Versions/Sid/Archive``."""

    def __call__(self, plugin_sid: str, sid: str) -> PluginVersionArchiveContext:
        """The record with this ``plugin_sid``, ``sid``."""
        return self._child(PluginVersionArchiveContext, plugin_sid=plugin_sid, sid=sid)
