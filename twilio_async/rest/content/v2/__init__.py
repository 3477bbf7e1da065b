# Generated from specs/twilio-oai/twilio_content_v2.json by codegen; do not edit.
"""Content v2 on content.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.content.v2.content import ContentList
    from twilio_async.rest.content.v2.content_and_approvals import ContentAndApprovalsList

__all__ = ["ContentV2"]


class ContentV2(Resource):
    """``client.content.v2``."""

    @property
    def content_and_approvals(self) -> ContentAndApprovalsList:
        """``ContentAndApprovals``."""
        from twilio_async.rest.content.v2.content_and_approvals import ContentAndApprovalsList

        return ContentAndApprovalsList(self._transport)

    @property
    def contents(self) -> ContentList:
        """``Content``."""
        from twilio_async.rest.content.v2.content import ContentList

        return ContentList(self._transport)
