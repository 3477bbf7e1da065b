# Generated from specs/twilio-oai/twilio_conversations_v1.json by codegen; do not edit.
"""Conversations v1: User (Users) on conversations.twilio.com."""

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
    from twilio_async.rest.conversations.v1.users_conversations import UserConversationList

__all__ = [
    "User",
    "UserContext",
    "UserCreateParams",
    "UserDeleteParams",
    "UserList",
    "UserUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class User(Record):
    """Record ``conversations.v1.user`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    chat_service_sid: str | None = None
    role_sid: str | None = None
    identity: str | None = None
    friendly_name: str | None = None
    attributes: str | None = attrs.field(default=None, repr=False)
    is_online: bool | None = None
    is_notifiable: bool | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


class UserCreateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.users.create`` (``CreateUser``)."""

    x_twilio_webhook_enabled: bool
    """The X-Twilio-Webhook-Enabled HTTP request header."""
    identity: Required[str]
    """The application-defined string that uniquely identifies the resource's User within the Conversation Service."""
    friendly_name: str
    """The string that you assigned to describe the resource."""
    attributes: str
    """The JSON Object string that stores application-specific data."""
    role_sid: str
    """The SID of a service-level Role to assign to the user."""


class UserUpdateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.users.update`` (``UpdateUser``)."""

    x_twilio_webhook_enabled: bool
    """The X-Twilio-Webhook-Enabled HTTP request header."""
    friendly_name: str
    """The string that you assigned to describe the resource."""
    attributes: str
    """The JSON Object string that stores application-specific data."""
    role_sid: str
    """The SID of a service-level Role to assign to the user."""


class UserDeleteParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.users.delete`` (``DeleteUser``)."""

    x_twilio_webhook_enabled: bool
    """The X-Twilio-Webhook-Enabled HTTP request header."""


_LIST_LIST: Operation[User] = Operation(
    id="conversations.v1.users.list",
    method="GET",
    product="conversations",
    path="/v1/Users",
    spec="conversations_v1",
    record=User,
    paging="meta",
    envelope="users",
    max_page_size=50,
)


_LIST_CREATE: Operation[User] = Operation(
    id="conversations.v1.users.create",
    method="POST",
    product="conversations",
    path="/v1/Users",
    spec="conversations_v1",
    record=User,
    form={
        "identity": "Identity",
        "friendly_name": "FriendlyName",
        "attributes": "Attributes",
        "role_sid": "RoleSid",
    },
    headers={
        "x_twilio_webhook_enabled": "X-Twilio-Webhook-Enabled",
    },
    required=frozenset(["identity"]),
)


_CONTEXT_FETCH: Operation[User] = Operation(
    id="conversations.v1.users.fetch",
    method="GET",
    product="conversations",
    path="/v1/Users/{Sid}",
    spec="conversations_v1",
    record=User,
)


_CONTEXT_UPDATE: Operation[User] = Operation(
    id="conversations.v1.users.update",
    method="POST",
    product="conversations",
    path="/v1/Users/{Sid}",
    spec="conversations_v1",
    record=User,
    form={
        "friendly_name": "FriendlyName",
        "attributes": "Attributes",
        "role_sid": "RoleSid",
    },
    headers={
        "x_twilio_webhook_enabled": "X-Twilio-Webhook-Enabled",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="conversations.v1.users.delete",
    method="DELETE",
    product="conversations",
    path="/v1/Users/{Sid}",
    spec="conversations_v1",
    headers={
        "x_twilio_webhook_enabled": "X-Twilio-Webhook-Enabled",
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
        """Fetch a conversation user from your account's default service."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[UserUpdateParams]) -> User:
        """Update an existing conversation user in your account's default service."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self, **params: Unpack[UserDeleteParams]) -> bool:
        """Remove a conversation user from your account's default service."""
        return await self._call(_CONTEXT_DELETE, params)

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def user_conversations(self) -> UserConversationList:
        """``Users/UserSid/Conversations``."""
        from twilio_async.rest.conversations.v1.users_conversations import UserConversationList

        return self._child(UserConversationList)


class UserList(CreateMany[UserCreateParams, User], Resource):
    """``Users`` (call it with a sid)."""

    _path = "/v1/Users"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> UserContext:
        """The record with this ``sid``."""
        return self._child(UserContext, sid=sid)

    async def create(self, **params: Unpack[UserCreateParams]) -> User:
        """Add a new conversation user to your account's default service."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[User]:
        """Retrieve a list of all conversation users in your account's default service. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[User]:
        """Retrieve a list of all conversation users in your account's default service. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(self, *, limit: int | None = None, page_size: int | None = None) -> list[User]:
        """Retrieve a list of all conversation users in your account's default service. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
