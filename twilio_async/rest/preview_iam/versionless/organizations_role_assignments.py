# Generated from specs/twilio-oai/twilio_iam_organizations.json by codegen; do not edit.
"""PreviewIam versionless: RoleAssignment (Organizations/OrganizationSid/RoleAssignments) on preview-iam.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "RoleAssignment",
    "RoleAssignmentContext",
    "RoleAssignmentCreateParams",
    "RoleAssignmentList",
    "RoleAssignmentListParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RoleAssignment(Record):
    """Record ``PublicApiRoleAssignmentResponse`` (every field may be ``None``)."""

    sid: str | None = None
    role_sid: str | None = None
    scope: str | None = None
    identity: str | None = None


class RoleAssignmentListParams(TypedDict, total=False):
    """Keywords of ``preview_iam.versionless.organization.role_assignments.list`` (``ListRoleAssignments``)."""

    identity: str
    scope: str


class RoleAssignmentCreateParams(TypedDict, total=False):
    """Keywords of ``preview_iam.versionless.organization.role_assignments.create`` (``CreateRoleAssignment``)."""

    public_api_create_role_assignment_request: Required[Mapping[str, Any]]
    """JSON body."""


_LIST_LIST: Operation[RoleAssignment] = Operation(
    id="preview_iam.versionless.organization.role_assignments.list",
    method="GET",
    product="preview-iam",
    path="/Organizations/{OrganizationSid}/RoleAssignments",
    spec="iam_organizations",
    record=RoleAssignment,
    query={
        "identity": "Identity",
        "scope": "Scope",
    },
    paging="meta",
    envelope="content",
    max_page_size=100,
    auth="bearer",
)


_LIST_CREATE: Operation[RoleAssignment] = Operation(
    id="preview_iam.versionless.organization.role_assignments.create",
    method="POST",
    product="preview-iam",
    path="/Organizations/{OrganizationSid}/RoleAssignments",
    spec="iam_organizations",
    record=RoleAssignment,
    body="public_api_create_role_assignment_request",
    required=frozenset(["public_api_create_role_assignment_request"]),
    auth="bearer",
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="preview_iam.versionless.organization.role_assignments.delete",
    method="DELETE",
    product="preview-iam",
    path="/Organizations/{OrganizationSid}/RoleAssignments/{RoleAssignmentSid}",
    spec="iam_organizations",
    auth="bearer",
)


class RoleAssignmentContext(Resource):
    """One ``Organizations/OrganizationSid/RoleAssignments`` record: role_assignment_sid."""

    _path = "/Organizations/{OrganizationSid}/RoleAssignments/{RoleAssignmentSid}"

    @property
    def role_assignment_sid(self) -> str:
        """The ``role_assignment_sid`` this context points at."""
        return self._values[1]

    async def delete(self) -> bool:
        """Delete a role assignment."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class RoleAssignmentList(CreateMany[RoleAssignmentCreateParams, RoleAssignment], Resource):
    """``Organizations/OrganizationSid/RoleAssignments`` (call it with a role_assignment_sid)."""

    _path = "/Organizations/{OrganizationSid}/RoleAssignments"
    _create_operation = _LIST_CREATE

    def __call__(self, role_assignment_sid: str) -> RoleAssignmentContext:
        """The record with this ``role_assignment_sid``."""
        return self._child(RoleAssignmentContext, role_assignment_sid=role_assignment_sid)

    async def create(self, **params: Unpack[RoleAssignmentCreateParams]) -> RoleAssignment:
        """Create a role assignment."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[RoleAssignmentListParams],
    ) -> AsyncIterator[RoleAssignment]:
        """List role assignments. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[RoleAssignmentListParams],
    ) -> Page[RoleAssignment]:
        """List role assignments. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[RoleAssignmentListParams],
    ) -> list[RoleAssignment]:
        """List role assignments. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
