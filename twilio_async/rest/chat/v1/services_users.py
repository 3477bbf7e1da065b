# Generated from specs/twilio-oai/twilio_chat_v1.json by codegen; do not edit.
"""Chat v1: User (Services/ServiceSid/Users) on chat.twilio.com."""

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
    from twilio_async.rest.chat.v1.services_users_channels import UserChannelList

__all__ = ["User", "UserContext", "UserCreateParams", "UserList", "UserUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class User(Record):
    """Record ``chat.v1.service.user`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    attributes: str | None = attrs.field(default=None, repr=False)
    friendly_name: str | None = None
    role_sid: str | None = None
    identity: str | None = None
    is_online: bool | None = None
    is_notifiable: bool | None = None
    date_created: datetime
    date_updated: datetime | None = None
    joined_channels_count: int | None = None
    links: dict[str, Any] | None = None
    url: str


class UserUpdateParams(TypedDict, total=False):
    """Keywords of ``chat.v1.services.users.update`` (``UpdateUser``)."""

    role_sid: str
    """The SID of the Role assigned to this user."""
    attributes: str
    """A valid JSON string that contains application-specific data."""
    friendly_name: str
    """A descriptive string that you create to describe the resource."""


class UserCreateParams(TypedDict, total=False):
    """Keywords of ``chat.v1.services.users.create`` (``CreateUser``)."""

    identity: Required[str]
    """The `identity` value that uniquely identifies the new resource's User within the Service."""
    role_sid: str
    """The SID of the Role assigned to the new User."""
    attributes: str
    """A valid JSON string that contains application-specific data."""
    friendly_name: str
    """A descriptive string that you create to describe the new resource."""


_CONTEXT_FETCH: Operation[User] = Operation(
    id="chat.v1.services.users.fetch",
    method="GET",
    product="chat",
    path="/v1/Services/{ServiceSid}/Users/{Sid}",
    spec="chat_v1",
    record=User,
)


_CONTEXT_UPDATE: Operation[User] = Operation(
    id="chat.v1.services.users.update",
    method="POST",
    product="chat",
    path="/v1/Services/{ServiceSid}/Users/{Sid}",
    spec="chat_v1",
    record=User,
    form={
        "role_sid": "RoleSid",
        "attributes": "Attributes",
        "friendly_name": "FriendlyName",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="chat.v1.services.users.delete",
    method="DELETE",
    product="chat",
    path="/v1/Services/{ServiceSid}/Users/{Sid}",
    spec="chat_v1",
)


_LIST_LIST: Operation[User] = Operation(
    id="chat.v1.services.users.list",
    method="GET",
    product="chat",
    path="/v1/Services/{ServiceSid}/Users",
    spec="chat_v1",
    record=User,
    paging="meta",
    envelope="users",
)


_LIST_CREATE: Operation[User] = Operation(
    id="chat.v1.services.users.create",
    method="POST",
    product="chat",
    path="/v1/Services/{ServiceSid}/Users",
    spec="chat_v1",
    record=User,
    form={
        "identity": "Identity",
        "role_sid": "RoleSid",
        "attributes": "Attributes",
        "friendly_name": "FriendlyName",
    },
    required=frozenset(["identity"]),
)


class UserContext(Resource):
    """One ``Services/ServiceSid/Users`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/Users/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> User:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[UserUpdateParams]) -> User:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def user_channels(self) -> UserChannelList:
        """``Services/ServiceSid/Users/UserSid/Channels``."""
        from twilio_async.rest.chat.v1.services_users_channels import UserChannelList

        return self._child(UserChannelList)


class UserList(CreateMany[UserCreateParams, User], Resource):
    """``Services/ServiceSid/Users`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/Users"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> UserContext:
        """The record with this ``sid``."""
        return self._child(UserContext, sid=sid)

    async def create(self, **params: Unpack[UserCreateParams]) -> User:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[User]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[User]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(self, *, limit: int | None = None, page_size: int | None = None) -> list[User]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
