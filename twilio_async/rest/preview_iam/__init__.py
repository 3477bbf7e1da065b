# Generated from specs/twilio-oai/twilio_iam_organizations.json by codegen; do not edit.
"""``client.preview_iam``: Twilio's preview-iam.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._operation import Resource

if TYPE_CHECKING:
    from twilio_async.rest.preview_iam.v1 import PreviewIamV1
    from twilio_async.rest.preview_iam.versionless import PreviewIamVersionless

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
