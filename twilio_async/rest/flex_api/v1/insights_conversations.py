# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: InsightsConversations (Insights/Conversations) on flex-api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource
from twilio_async._typing import TypedDict, Unpack

__all__ = ["InsightsConversations", "InsightsConversationsList", "InsightsConversationsListParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class InsightsConversations(Record):
    """Record ``flex.v1.insights_conversations`` (every field may be ``None``)."""

    account_id: str | None = None
    conversation_id: str | None = None
    segment_count: int | None = None
    segments: list[Any] | None = None


class InsightsConversationsListParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.insights_conversations.list`` (``ListInsightsConversations``)."""

    authorization: str
    """The Authorization HTTP request header."""
    segment_id: str
    """Unique Id of the segment for which conversation details needs to be fetched."""


_LIST_LIST: Operation[InsightsConversations] = Operation(
    id="flex_api.v1.insights_conversations.list",
    method="GET",
    product="flex-api",
    path="/v1/Insights/Conversations",
    spec="flex_v1",
    record=InsightsConversations,
    query={
        "segment_id": "SegmentId",
    },
    headers={
        "authorization": "Authorization",
    },
    paging="meta",
    envelope="conversations",
)


class InsightsConversationsList(Resource):
    """``Insights/Conversations``."""

    _path = "/v1/Insights/Conversations"

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[InsightsConversationsListParams],
    ) -> AsyncIterator[InsightsConversations]:
        """To get conversation with segment id. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[InsightsConversationsListParams],
    ) -> Page[InsightsConversations]:
        """To get conversation with segment id. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[InsightsConversationsListParams],
    ) -> list[InsightsConversations]:
        """To get conversation with segment id. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
