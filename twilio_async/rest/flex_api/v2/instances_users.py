# Generated from specs/twilio-oai/twilio_flex_v2.json by codegen; do not edit.
"""FlexApi v2: FlexUser (Instances/InstanceSid/Users) on flex-api.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["FlexUser", "FlexUserContext", "FlexUserList", "FlexUserUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class FlexUser(Record):
    """Record ``flex.v2.flex_user`` (every field but ``account_sid``, ``instance_sid``, ``flex_user_sid``, ``url`` may be ``None``)."""

    account_sid: str
    instance_sid: str
    user_sid: str | None = None
    flex_user_sid: str
    worker_sid: str | None = None
    workspace_sid: str | None = None
    flex_team_sid: str | None = None
    username: str | None = None
    email: str | None = None
    locale: str | None = None
    roles: list[str] | None = None
    created_date: datetime | None = None
    updated_date: datetime | None = None
    version: int | None = None
    url: str


class FlexUserUpdateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v2.flex_user.update`` (``UpdateFlexUser``)."""

    email: str
    """Email of the User."""
    user_sid: str
    """The unique SID identifier of the Twilio Unified User."""
    locale: str
    """The locale preference of the user."""


_CONTEXT_FETCH: Operation[FlexUser] = Operation(
    id="flex_api.v2.flex_user.fetch",
    method="GET",
    product="flex-api",
    path="/v2/Instances/{InstanceSid}/Users/{FlexUserSid}",
    spec="flex_v2",
    record=FlexUser,
)


_CONTEXT_UPDATE: Operation[FlexUser] = Operation(
    id="flex_api.v2.flex_user.update",
    method="POST",
    product="flex-api",
    path="/v2/Instances/{InstanceSid}/Users/{FlexUserSid}",
    spec="flex_v2",
    record=FlexUser,
    form={
        "email": "Email",
        "user_sid": "UserSid",
        "locale": "Locale",
    },
)


class FlexUserContext(Resource):
    """One ``Instances/InstanceSid/Users`` record: flex_user_sid."""

    _path = "/v2/Instances/{InstanceSid}/Users/{FlexUserSid}"

    @property
    def instance_sid(self) -> str:
        """The ``instance_sid`` this context points at."""
        return self._values[0]

    @property
    def flex_user_sid(self) -> str:
        """The ``flex_user_sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> FlexUser:
        """Fetch flex user for the given flex user sid."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[FlexUserUpdateParams]) -> FlexUser:
        """Update flex user for the given flex user sid."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class FlexUserList(Resource):
    """``Instances/InstanceSid/Users`` (call it with a flex_user_sid)."""

    def __call__(self, instance_sid: str, flex_user_sid: str) -> FlexUserContext:
        """The record with this ``instance_sid``, ``flex_user_sid``."""
        return self._child(FlexUserContext, instance_sid=instance_sid, flex_user_sid=flex_user_sid)
