# Generated from specs/twilio-oai/twilio_iam_organizations.json by codegen; do not edit.
"""PreviewIam v1 on preview-iam.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.preview_iam.v1.authorize import AuthorizeList
    from twilio_async.rest.preview_iam.v1.token import TokenList

__all__ = ["PreviewIamV1"]


class PreviewIamV1(Resource):
    """``client.preview_iam.v1``."""

    @property
    def authorize(self) -> AuthorizeList:
        """``authorize``."""
        from twilio_async.rest.preview_iam.v1.authorize import AuthorizeList

        return AuthorizeList(self._transport)

    @property
    def token(self) -> TokenList:
        """``token``."""
        from twilio_async.rest.preview_iam.v1.token import TokenList

        return TokenList(self._transport)
