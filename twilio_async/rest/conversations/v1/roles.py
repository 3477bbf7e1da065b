# Generated from specs/twilio-oai/twilio_conversations_v1.json by codegen; do not edit.
"""Conversations v1: Role (Roles) on conversations.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "Role",
    "RoleContext",
    "RoleCreateParams",
    "RoleList",
    "RoleRoleType",
    "RoleUpdateParams",
]


class RoleRoleType(OpenEnum):
    """``role_enum_role_type``."""

    CONVERSATION = "conversation"
    SERVICE = "service"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Role(Record):
    """Record ``conversations.v1.role`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    chat_service_sid: str | None = None
    friendly_name: str | None = None
    type: RoleRoleType | None = None
    permissions: list[str] | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class RoleCreateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.roles.create`` (``CreateRole``)."""

    friendly_name: Required[str]
    """A descriptive string that you create to describe the new resource."""
    type: Required[str]
    permission: Required[Sequence[str]]
    """A permission that you grant to the new role."""


class RoleUpdateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.roles.update`` (``UpdateRole``)."""

    permission: Required[Sequence[str]]
    """A permission that you grant to the role."""


_LIST_LIST: Operation[Role] = Operation(
    id="conversations.v1.roles.list",
    method="GET",
    product="conversations",
    path="/v1/Roles",
    spec="conversations_v1",
    record=Role,
    paging="meta",
    envelope="roles",
    max_page_size=50,
)


_LIST_CREATE: Operation[Role] = Operation(
    id="conversations.v1.roles.create",
    method="POST",
    product="conversations",
    path="/v1/Roles",
    spec="conversations_v1",
    record=Role,
    form={
        "friendly_name": "FriendlyName",
        "type": "Type",
        "permission": "Permission",
    },
    required=frozenset(["friendly_name", "permission", "type"]),
)


_CONTEXT_FETCH: Operation[Role] = Operation(
    id="conversations.v1.roles.fetch",
    method="GET",
    product="conversations",
    path="/v1/Roles/{Sid}",
    spec="conversations_v1",
    record=Role,
)


_CONTEXT_UPDATE: Operation[Role] = Operation(
    id="conversations.v1.roles.update",
    method="POST",
    product="conversations",
    path="/v1/Roles/{Sid}",
    spec="conversations_v1",
    record=Role,
    form={
        "permission": "Permission",
    },
    required=frozenset(["permission"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="conversations.v1.roles.delete",
    method="DELETE",
    product="conversations",
    path="/v1/Roles/{Sid}",
    spec="conversations_v1",
)


class RoleContext(Resource):
    """One ``Roles`` record: sid."""

    _path = "/v1/Roles/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Role:
        """Fetch a user role from your account's default service."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[RoleUpdateParams]) -> Role:
        """Update an existing user role in your account's default service."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Remove a user role from your account's default service."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class RoleList(CreateMany[RoleCreateParams, Role], Resource):
    """``Roles`` (call it with a sid)."""

    _path = "/v1/Roles"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> RoleContext:
        """The record with this ``sid``."""
        return self._child(RoleContext, sid=sid)

    async def create(self, **params: Unpack[RoleCreateParams]) -> Role:
        """Create a new user role in your account's default service."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Role]:
        """Retrieve a list of all user roles in your account's default service. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Role]:
        """Retrieve a list of all user roles in your account's default service. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(self, *, limit: int | None = None, page_size: int | None = None) -> list[Role]:
        """Retrieve a list of all user roles in your account's default service. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
