# Generated from specs/twilio-oai/twilio_iam_organizations.json by codegen; do not edit.
"""PreviewIam versionless on preview-iam.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.preview_iam.versionless.organizations import OrganizationList

__all__ = ["PreviewIamVersionless"]


class PreviewIamVersionless(Resource):
    """``client.preview_iam.versionless``."""

    @property
    def organization(self) -> OrganizationList:
        """``Organizations``."""
        from twilio_async.rest.preview_iam.versionless.organizations import OrganizationList

        return OrganizationList(self._transport)
