# Generated from specs/twilio-oai/twilio_content_v1.json by codegen; do not edit.
"""Content v1 on content.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.content.v1.content import ContentList
    from twilio_async.rest.content.v1.content_and_approvals import ContentAndApprovalsList
    from twilio_async.rest.content.v1.legacy_content import LegacyContentList

__all__ = ["ContentV1"]


class ContentV1(Resource):
    """``client.content.v1``."""

    @property
    def content_and_approvals(self) -> ContentAndApprovalsList:
        """``ContentAndApprovals``."""
        from twilio_async.rest.content.v1.content_and_approvals import ContentAndApprovalsList

        return ContentAndApprovalsList(self._transport)

    @property
    def contents(self) -> ContentList:
        """``Content``."""
        from twilio_async.rest.content.v1.content import ContentList

        return ContentList(self._transport)

    @property
    def legacy_contents(self) -> LegacyContentList:
        """``LegacyContent``."""
        from twilio_async.rest.content.v1.legacy_content import LegacyContentList

        return LegacyContentList(self._transport)
