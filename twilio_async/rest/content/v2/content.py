# Generated from specs/twilio-oai/twilio_content_v2.json by codegen; do not edit.
"""Content v2: Content (Content) on content.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import date, datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource
from twilio_async._typing import TypedDict, Unpack

__all__ = ["Content", "ContentList", "ContentListParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Content(Record):
    """Record ``content.v1.content`` (every field may be ``None``)."""

    date_created: datetime | None = None
    date_updated: datetime | None = None
    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    language: str | None = None
    variables: dict[str, Any] | None = None
    types: dict[str, Any] | None = None
    url: str | None = None
    links: dict[str, Any] | None = None


class ContentListParams(TypedDict, total=False):
    """Keywords of ``content.v2.contents.list`` (``ListContent``)."""

    sort_by_date: str
    """Whether to sort by ascending or descending date updated."""
    sort_by_content_name: str
    """Whether to sort by ascending or descending content name."""
    date_created_after: datetime | date
    """Filter by >=[date-time]."""
    date_created_before: datetime | date
    """Filter by <=[date-time]."""
    content_name: str
    """Filter by Regex Pattern in content name."""
    content: str
    """Filter by Regex Pattern in template content."""
    language: Sequence[str]
    """Filter by array of valid language(s)."""
    content_type: Sequence[str]
    """Filter by array of contentType(s)."""
    channel_eligibility: Sequence[str]
    """Filter by array of ChannelEligibility(s), where ChannelEligibility=<channel>:<status>."""


_LIST_LIST: Operation[Content] = Operation(
    id="content.v2.contents.list",
    method="GET",
    product="content",
    path="/v2/Content",
    spec="content_v2",
    record=Content,
    query={
        "sort_by_date": "SortByDate",
        "sort_by_content_name": "SortByContentName",
        "date_created_after": "DateCreatedAfter",
        "date_created_before": "DateCreatedBefore",
        "content_name": "ContentName",
        "content": "Content",
        "language": "Language",
        "content_type": "ContentType",
        "channel_eligibility": "ChannelEligibility",
    },
    paging="meta",
    envelope="contents",
)


class ContentList(Resource):
    """``Content``."""

    _path = "/v2/Content"

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ContentListParams],
    ) -> AsyncIterator[Content]:
        """Retrieve a list of Contents belonging to the account used to make the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[ContentListParams],
    ) -> Page[Content]:
        """Retrieve a list of Contents belonging to the account used to make the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ContentListParams],
    ) -> list[Content]:
        """Retrieve a list of Contents belonging to the account used to make the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
