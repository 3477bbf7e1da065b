# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: PluginConfigurationArchive (PluginService/Configurations/Sid/Archive) on flex-api.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "PluginConfigurationArchive",
    "PluginConfigurationArchiveContext",
    "PluginConfigurationArchiveList",
    "PluginConfigurationArchiveUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PluginConfigurationArchive(Record):
    """Record ``flex.v1.plugin_configuration_archive`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    name: str | None = None
    description: str | None = None
    archived: bool | None = None
    date_created: datetime
    url: str


class PluginConfigurationArchiveUpdateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.plugin_configuration_archive.update`` (``UpdatePluginConfigurationArchive``)."""

    flex_metadata: str
    """The Flex-Metadata HTTP request header."""


_CONTEXT_UPDATE: Operation[PluginConfigurationArchive] = Operation(
    id="flex_api.v1.plugin_configuration_archive.update",
    method="POST",
    product="flex-api",
    path="/v1/PluginService/Configurations/{Sid}/Archive",
    spec="flex_v1",
    record=PluginConfigurationArchive,
    headers={
        "flex_metadata": "Flex-Metadata",
    },
)


class PluginConfigurationArchiveContext(Resource):
    """One ``PluginService/Configurations/Sid/Archive`` record."""

    _path = "/v1/PluginService/Configurations/{Sid}/Archive"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def update(
        self, **params: Unpack[PluginConfigurationArchiveUpdateParams]
    ) -> PluginConfigurationArchive:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class PluginConfigurationArchiveList(Resource):
    """``PluginService/Configurations/Sid/Archive``."""

    def __call__(self, sid: str) -> PluginConfigurationArchiveContext:
        """The record with this ``sid``."""
        return self._child(PluginConfigurationArchiveContext, sid=sid)
