# Generated from specs/twilio-oai/twilio_iam_organizations.json by codegen; do not edit.
"""PreviewIam versionless on preview-iam.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.preview_iam.versionless.organizations_accounts import AccountList
    from twilio_async.rest.preview_iam.versionless.organizations_role_assignments import (
        RoleAssignmentList,
    )
    from twilio_async.rest.preview_iam.versionless.organizations_scim_users import UserList

__all__ = ["PreviewIamVersionless"]


class PreviewIamVersionless(Resource):
    """``client.preview_iam.versionless``."""

    @property
    def accounts(self) -> AccountList:
        """``Organizations/OrganizationSid/Accounts``."""
        from twilio_async.rest.preview_iam.versionless.organizations_accounts import AccountList

        return AccountList(self._transport)

    @property
    def role_assignments(self) -> RoleAssignmentList:
        """``Organizations/OrganizationSid/RoleAssignments``."""
        from twilio_async.rest.preview_iam.versionless.organizations_role_assignments import (
            RoleAssignmentList,
        )

        return RoleAssignmentList(self._transport)

    @property
    def users(self) -> UserList:
        """``Organizations/OrganizationSid/scim/Users``."""
        from twilio_async.rest.preview_iam.versionless.organizations_scim_users import UserList

        return UserList(self._transport)
