# Generated from specs/twilio-oai/twilio_iam_organizations.json by codegen; do not edit.
"""PreviewIam versionless: User (Organizations/OrganizationSid/scim/Users) on preview-iam.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "ScimEmailAddress",
    "ScimMeta",
    "ScimName",
    "User",
    "UserContext",
    "UserCreateParams",
    "UserList",
    "UserListParams",
    "UserPatchParams",
    "UserUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ScimEmailAddress(Record):
    """Record ``ScimEmailAddress`` (every field may be ``None``)."""

    primary: bool | None = None
    value: str | None = None
    type: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ScimMeta(Record):
    """Record ``ScimMeta`` (every field may be ``None``)."""

    resource_type: str | None = attrs.field(default=None, metadata={"json": "resourceType"})
    created: datetime | None = None
    last_modified: datetime | None = attrs.field(default=None, metadata={"json": "lastModified"})
    version: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ScimName(Record):
    """Record ``ScimName`` (every field may be ``None``)."""

    given_name: str | None = attrs.field(default=None, metadata={"json": "givenName"})
    family_name: str | None = attrs.field(default=None, metadata={"json": "familyName"})


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class User(Record):
    """Record ``ScimUser`` (every field may be ``None``)."""

    id: str | None = None
    external_id: str | None = attrs.field(default=None, metadata={"json": "externalId"})
    user_name: str | None = attrs.field(default=None, metadata={"json": "userName"})
    display_name: str | None = attrs.field(default=None, metadata={"json": "displayName"})
    name: ScimName | None = None
    emails: list[ScimEmailAddress] | None = None
    active: bool | None = None
    locale: str | None = None
    timezone: str | None = None
    schemas: list[str] | None = None
    meta: ScimMeta | None = None


class UserListParams(TypedDict, total=False):
    """Keywords of ``preview_iam.versionless.organization.users.list`` (``ListOrganizationUsers``)."""

    filter: str


class UserCreateParams(TypedDict, total=False):
    """Keywords of ``preview_iam.versionless.organization.users.create`` (``CreateOrganizationUser``)."""

    scim_user: Required[Mapping[str, Any]]
    """JSON body."""


class UserUpdateParams(TypedDict, total=False):
    """Keywords of ``preview_iam.versionless.organization.users.update`` (``UpdateOrganizationUser``)."""

    if_match: str
    scim_user: Required[Mapping[str, Any]]
    """JSON body."""


class UserPatchParams(TypedDict, total=False):
    """Keywords of ``preview_iam.versionless.organization.users.patch`` (``PatchOrganizationUser``)."""

    if_match: str
    scim_patch_request: Required[Mapping[str, Any]]
    """JSON body."""


_LIST_LIST: Operation[User] = Operation(
    id="preview_iam.versionless.organization.users.list",
    method="GET",
    product="preview-iam",
    path="/Organizations/{OrganizationSid}/scim/Users",
    spec="iam_organizations",
    record=User,
    query={
        "filter": "filter",
    },
    envelope="Resources",
    auth="bearer",
)


_LIST_CREATE: Operation[User] = Operation(
    id="preview_iam.versionless.organization.users.create",
    method="POST",
    product="preview-iam",
    path="/Organizations/{OrganizationSid}/scim/Users",
    spec="iam_organizations",
    record=User,
    body="scim_user",
    required=frozenset(["scim_user"]),
    auth="bearer",
)


_CONTEXT_FETCH: Operation[User] = Operation(
    id="preview_iam.versionless.organization.users.fetch",
    method="GET",
    product="preview-iam",
    path="/Organizations/{OrganizationSid}/scim/Users/{UserSid}",
    spec="iam_organizations",
    record=User,
    auth="bearer",
)


_CONTEXT_UPDATE: Operation[User] = Operation(
    id="preview_iam.versionless.organization.users.update",
    method="PUT",
    product="preview-iam",
    path="/Organizations/{OrganizationSid}/scim/Users/{UserSid}",
    spec="iam_organizations",
    record=User,
    body="scim_user",
    headers={
        "if_match": "If-Match",
    },
    required=frozenset(["scim_user"]),
    auth="bearer",
)


_CONTEXT_PATCH: Operation[User] = Operation(
    id="preview_iam.versionless.organization.users.patch",
    method="PATCH",
    product="preview-iam",
    path="/Organizations/{OrganizationSid}/scim/Users/{UserSid}",
    spec="iam_organizations",
    record=User,
    body="scim_patch_request",
    headers={
        "if_match": "If-Match",
    },
    required=frozenset(["scim_patch_request"]),
    auth="bearer",
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="preview_iam.versionless.organization.users.delete",
    method="DELETE",
    product="preview-iam",
    path="/Organizations/{OrganizationSid}/scim/Users/{UserSid}",
    spec="iam_organizations",
    auth="bearer",
)


class UserContext(Resource):
    """One ``Organizations/OrganizationSid/scim/Users`` record: user_sid."""

    _path = "/Organizations/{OrganizationSid}/scim/Users/{UserSid}"

    @property
    def user_sid(self) -> str:
        """The ``user_sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> User:
        """Get SCIM User."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[UserUpdateParams]) -> User:
        """Update SCIM User."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def patch(self, **params: Unpack[UserPatchParams]) -> User:
        """Patch SCIM User."""
        return await self._call(_CONTEXT_PATCH, params)

    patch_with_http_info = with_http_info(_CONTEXT_PATCH, patch)

    async def delete(self) -> bool:
        """Delete SCIM User."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class UserList(CreateMany[UserCreateParams, User], Resource):
    """``Organizations/OrganizationSid/scim/Users`` (call it with a user_sid)."""

    _path = "/Organizations/{OrganizationSid}/scim/Users"
    _create_operation = _LIST_CREATE

    def __call__(self, user_sid: str) -> UserContext:
        """The record with this ``user_sid``."""
        return self._child(UserContext, user_sid=user_sid)

    async def create(self, **params: Unpack[UserCreateParams]) -> User:
        """Create SCIM User."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[UserListParams],
    ) -> AsyncIterator[User]:
        """List SCIM Users. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[UserListParams],
    ) -> Page[User]:
        """List SCIM Users. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[UserListParams],
    ) -> list[User]:
        """List SCIM Users. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
