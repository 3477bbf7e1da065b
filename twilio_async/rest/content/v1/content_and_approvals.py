# Generated from specs/twilio-oai/twilio_content_v1.json by codegen; do not edit.
"""Content v1: ContentAndApprovals (ContentAndApprovals) on content.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource

__all__ = ["ContentAndApprovals", "ContentAndApprovalsList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ContentAndApprovals(Record):
    """Record ``content.v1.content_and_approvals`` (every field may be ``None``)."""

    date_created: datetime | None = None
    date_updated: datetime | None = None
    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    language: str | None = None
    variables: dict[str, Any] | None = None
    types: dict[str, Any] | None = None
    approval_requests: dict[str, Any] | None = None


_LIST_LIST: Operation[ContentAndApprovals] = Operation(
    id="content.v1.content_and_approvals.list",
    method="GET",
    product="content",
    path="/v1/ContentAndApprovals",
    spec="content_v1",
    record=ContentAndApprovals,
    paging="meta",
    envelope="contents",
)


class ContentAndApprovalsList(Resource):
    """``ContentAndApprovals``."""

    _path = "/v1/ContentAndApprovals"

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[ContentAndApprovals]:
        """List Content Approvals. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[ContentAndApprovals]:
        """List Content Approvals. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[ContentAndApprovals]:
        """List Content Approvals. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
