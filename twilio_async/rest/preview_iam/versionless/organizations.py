# Generated from specs/twilio-oai/twilio_iam_organizations.json by codegen; do not edit.
"""PreviewIam versionless: Organization (Organizations) on preview-iam.twilio.com."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.preview_iam.versionless.organizations_accounts import AccountList
    from twilio_async.rest.preview_iam.versionless.organizations_role_assignments import (
        RoleAssignmentList,
    )
    from twilio_async.rest.preview_iam.versionless.organizations_scim_users import UserList

__all__ = ["OrganizationContext", "OrganizationList"]


class OrganizationContext(Resource):
    """One ``Organizations`` record: organization_sid."""

    _path = "/Organizations/{OrganizationSid}"

    @property
    def organization_sid(self) -> str:
        """The ``organization_sid`` this context points at."""
        return self._values[0]

    @property
    def users(self) -> UserList:
        """``Organizations/OrganizationSid/scim/Users``."""
        from twilio_async.rest.preview_iam.versionless.organizations_scim_users import UserList

        return self._child(UserList)

    @property
    def accounts(self) -> AccountList:
        """``Organizations/OrganizationSid/Accounts``."""
        from twilio_async.rest.preview_iam.versionless.organizations_accounts import AccountList

        return self._child(AccountList)

    @property
    def role_assignments(self) -> RoleAssignmentList:
        """``Organizations/OrganizationSid/RoleAssignments``."""
        from twilio_async.rest.preview_iam.versionless.organizations_role_assignments import (
            RoleAssignmentList,
        )

        return self._child(RoleAssignmentList)


class OrganizationList(Resource):
    """``Organizations`` (call it with a organization_sid)."""

    def __call__(self, organization_sid: str) -> OrganizationContext:
        """The record with this ``organization_sid``."""
        return self._child(OrganizationContext, organization_sid=organization_sid)
