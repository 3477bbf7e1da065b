# Generated from specs/twilio-oai/twilio_iam_v1.json by codegen; do not edit.
"""Iam v1: RolePermission (Roles/RoleSid/Permissions) on iam.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource

__all__ = ["RolePermission", "RolePermissionList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RolePermission(Record):
    """Record ``iam.v1.role_permission`` (every field may be ``None``)."""

    sid: str | None = None
    namespace: str | None = None
    product: str | None = None
    resource: str | None = None
    action: str | None = None
    external_description: str | None = attrs.field(
        default=None, metadata={"json": "externalDescription"}
    )


_LIST_LIST: Operation[RolePermission] = Operation(
    id="iam.v1.role_permission.list",
    method="GET",
    product="iam",
    path="/v1/Roles/{RoleSid}/Permissions",
    spec="iam_v1",
    record=RolePermission,
    paging="meta",
    envelope="permissions",
    max_page_size=100,
    auth="optional",
)


class RolePermissionList(Resource):
    """``Roles/RoleSid/Permissions``."""

    _path = "/v1/Roles/{RoleSid}/Permissions"

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[RolePermission]:
        """List resolved permissions for a role. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[RolePermission]:
        """List resolved permissions for a role. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[RolePermission]:
        """List resolved permissions for a role. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
