# Generated from specs/twilio-oai/twilio_frontline_v1.json by codegen; do not edit.
"""FrontlineApi v1: User (Users) on frontline-api.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["User", "UserContext", "UserList", "UserStateType", "UserUpdateParams"]


class UserStateType(OpenEnum):
    """``user_enum_state_type``."""

    ACTIVE = "active"
    DEACTIVATED = "deactivated"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class User(Record):
    """Record ``frontline.v1.user`` (every field but ``sid``, ``url`` may be ``None``)."""

    sid: str
    identity: str | None = None
    friendly_name: str | None = None
    avatar: str | None = None
    state: UserStateType | None = None
    is_available: bool | None = None
    url: str


class UserUpdateParams(TypedDict, total=False):
    """Keywords of ``frontline_api.v1.users.update`` (``UpdateUser``)."""

    friendly_name: str
    """The string that you assigned to describe the User."""
    avatar: str
    """The avatar URL which will be shown in Frontline application."""
    state: str
    is_available: bool
    """Whether the User is available for new conversations."""


_CONTEXT_FETCH: Operation[User] = Operation(
    id="frontline_api.v1.users.fetch",
    method="GET",
    product="frontline-api",
    path="/v1/Users/{Sid}",
    spec="frontline_v1",
    record=User,
)


_CONTEXT_UPDATE: Operation[User] = Operation(
    id="frontline_api.v1.users.update",
    method="POST",
    product="frontline-api",
    path="/v1/Users/{Sid}",
    spec="frontline_v1",
    record=User,
    form={
        "friendly_name": "FriendlyName",
        "avatar": "Avatar",
        "state": "State",
        "is_available": "IsAvailable",
    },
)


class UserContext(Resource):
    """One ``Users`` record: sid."""

    _path = "/v1/Users/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> User:
        """Fetch a frontline user."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[UserUpdateParams]) -> User:
        """Update an existing frontline user."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class UserList(Resource):
    """``Users`` (call it with a sid)."""

    def __call__(self, sid: str) -> UserContext:
        """The record with this ``sid``."""
        return self._child(UserContext, sid=sid)
