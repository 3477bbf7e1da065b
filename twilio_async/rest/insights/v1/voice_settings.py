# Generated from specs/twilio-oai/twilio_insights_v1.json by codegen; do not edit.
"""Insights v1: Setting (Voice/Settings) on insights.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "AccountSettings",
    "SettingContext",
    "SettingFetchParams",
    "SettingList",
    "SettingUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AccountSettings(Record):
    """Record ``insights.v1.account_settings`` (every field but ``account_sid``, ``url`` may be ``None``)."""

    account_sid: str
    advanced_features: bool | None = None
    voice_trace: bool | None = None
    url: str


class SettingFetchParams(TypedDict, total=False):
    """Keywords of ``insights.v1.settings.fetch`` (``FetchAccountSettings``)."""

    subaccount_sid: str
    """The unique SID identifier of the Subaccount."""


class SettingUpdateParams(TypedDict, total=False):
    """Keywords of ``insights.v1.settings.update`` (``UpdateAccountSettings``)."""

    advanced_features: bool
    """A boolean flag to enable Advanced Features for Voice Insights."""
    voice_trace: bool
    """A boolean flag to enable Voice Trace."""
    subaccount_sid: str
    """The unique SID identifier of the Subaccount."""


_CONTEXT_FETCH: Operation[AccountSettings] = Operation(
    id="insights.v1.settings.fetch",
    method="GET",
    product="insights",
    path="/v1/Voice/Settings",
    spec="insights_v1",
    record=AccountSettings,
    query={
        "subaccount_sid": "SubaccountSid",
    },
)


_CONTEXT_UPDATE: Operation[AccountSettings] = Operation(
    id="insights.v1.settings.update",
    method="POST",
    product="insights",
    path="/v1/Voice/Settings",
    spec="insights_v1",
    record=AccountSettings,
    form={
        "advanced_features": "AdvancedFeatures",
        "voice_trace": "VoiceTrace",
        "subaccount_sid": "SubaccountSid",
    },
)


class SettingContext(Resource):
    """One ``Voice/Settings`` record."""

    _path = "/v1/Voice/Settings"

    async def fetch(self, **params: Unpack[SettingFetchParams]) -> AccountSettings:
        """Get the Voice Insights Settings."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[SettingUpdateParams]) -> AccountSettings:
        """Update a specific Voice Insights Setting."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class SettingList(Resource):
    """``Voice/Settings``."""

    def __call__(self) -> SettingContext:
        """The one record of this resource."""
        return self._child(SettingContext)
