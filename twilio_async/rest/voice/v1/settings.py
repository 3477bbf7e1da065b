# Generated from specs/twilio-oai/twilio_voice_v1.json by codegen; do not edit.
"""Voice v1: Settings (Settings) on voice.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["DialingPermissionsSettings", "SettingsContext", "SettingsList", "SettingsUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class DialingPermissionsSettings(Record):
    """Record ``voice.v1.dialing_permissions.dialing_permissions_settings`` (every field but ``url`` may be ``None``)."""

    dialing_permissions_inheritance: bool | None = None
    url: str


class SettingsUpdateParams(TypedDict, total=False):
    """Keywords of ``voice.v1.dialing_permissions.settings.update`` (``UpdateDialingPermissionsSettings``)."""

    dialing_permissions_inheritance: bool
    """`true` for the sub-account to inherit voice dialing permissions from the Master Project; otherwise `false`."""


_CONTEXT_FETCH: Operation[DialingPermissionsSettings] = Operation(
    id="voice.v1.dialing_permissions.settings.fetch",
    method="GET",
    product="voice",
    path="/v1/Settings",
    spec="voice_v1",
    record=DialingPermissionsSettings,
)


_CONTEXT_UPDATE: Operation[DialingPermissionsSettings] = Operation(
    id="voice.v1.dialing_permissions.settings.update",
    method="POST",
    product="voice",
    path="/v1/Settings",
    spec="voice_v1",
    record=DialingPermissionsSettings,
    form={
        "dialing_permissions_inheritance": "DialingPermissionsInheritance",
    },
)


class SettingsContext(Resource):
    """One ``Settings`` record."""

    _path = "/v1/Settings"

    async def fetch(self) -> DialingPermissionsSettings:
        """Retrieve voice dialing permissions inheritance for the sub-account."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[SettingsUpdateParams]) -> DialingPermissionsSettings:
        """Update voice dialing permissions inheritance for the sub-account."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class SettingsList(Resource):
    """``Settings``."""

    def __call__(self) -> SettingsContext:
        """The one record of this resource."""
        return self._child(SettingsContext)
