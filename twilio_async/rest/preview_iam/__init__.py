# Generated from specs/twilio-oai/twilio_iam_organizations.json by codegen; do not edit.
"""``client.preview_iam``: Twilio's preview-iam.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.preview_iam.v1 import PreviewIamV1
    from twilio_async.rest.preview_iam.v1.authorize import AuthorizeList as PreviewIamV1_authorize
    from twilio_async.rest.preview_iam.v1.token import TokenList as PreviewIamV1_token
    from twilio_async.rest.preview_iam.versionless import PreviewIamVersionless
    from twilio_async.rest.preview_iam.versionless.organizations import (
        OrganizationList as PreviewIamVersionless_organization,
    )

__all__ = ["PreviewIam"]


class PreviewIam(Resource):
    """``client.preview_iam``."""

    @property
    def v1(self) -> PreviewIamV1:
        """Version ``v1``."""
        from twilio_async.rest.preview_iam.v1 import PreviewIamV1

        return PreviewIamV1(self._transport, self._values)

    @property
    def versionless(self) -> PreviewIamVersionless:
        """Version ``versionless``."""
        from twilio_async.rest.preview_iam.versionless import PreviewIamVersionless

        return PreviewIamVersionless(self._transport, self._values)

    @property
    def authorize(self) -> PreviewIamV1_authorize:
        """``v1.authorize``."""
        return self.v1.authorize

    @property
    def token(self) -> PreviewIamV1_token:
        """``v1.token``."""
        return self.v1.token

    @property
    def organization(self) -> PreviewIamVersionless_organization:
        """``versionless.organization``."""
        return self.versionless.organization
