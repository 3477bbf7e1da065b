# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: InsightsAssessmentsComment (Insights/QualityManagement/Assessments/Comments) on flex-api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "InsightsAssessmentsComment",
    "InsightsAssessmentsCommentCreateParams",
    "InsightsAssessmentsCommentList",
    "InsightsAssessmentsCommentListParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class InsightsAssessmentsComment(Record):
    """Record ``flex.v1.insights_assessments_comment`` (every field but ``account_sid``, ``url`` may be ``None``)."""

    account_sid: str
    assessment_sid: str | None = None
    comment: Any | None = None
    offset: str | None = None
    report: bool | None = None
    weight: str | None = None
    agent_id: str | None = None
    segment_id: str | None = None
    user_name: str | None = None
    user_email: str | None = None
    timestamp: str | None = None
    url: str


class InsightsAssessmentsCommentListParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.insights_assessments_comment.list`` (``ListInsightsAssessmentsComment``)."""

    authorization: str
    """The Authorization HTTP request header."""
    segment_id: str
    """The id of the segment."""
    agent_id: str
    """The id of the agent."""


class InsightsAssessmentsCommentCreateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.insights_assessments_comment.create`` (``CreateInsightsAssessmentsComment``)."""

    authorization: str
    """The Authorization HTTP request header."""
    category_id: Required[str]
    """The ID of the category."""
    category_name: Required[str]
    """The name of the category."""
    comment: Required[str]
    """The Assessment comment."""
    segment_id: Required[str]
    """The id of the segment."""
    agent_id: Required[str]
    """The id of the agent."""
    offset: Required[float]
    """The offset."""


_LIST_LIST: Operation[InsightsAssessmentsComment] = Operation(
    id="flex_api.v1.insights_assessments_comment.list",
    method="GET",
    product="flex-api",
    path="/v1/Insights/QualityManagement/Assessments/Comments",
    spec="flex_v1",
    record=InsightsAssessmentsComment,
    query={
        "segment_id": "SegmentId",
        "agent_id": "AgentId",
    },
    headers={
        "authorization": "Authorization",
    },
    paging="meta",
    envelope="comments",
)


_LIST_CREATE: Operation[InsightsAssessmentsComment] = Operation(
    id="flex_api.v1.insights_assessments_comment.create",
    method="POST",
    product="flex-api",
    path="/v1/Insights/QualityManagement/Assessments/Comments",
    spec="flex_v1",
    record=InsightsAssessmentsComment,
    form={
        "category_id": "CategoryId",
        "category_name": "CategoryName",
        "comment": "Comment",
        "segment_id": "SegmentId",
        "agent_id": "AgentId",
        "offset": "Offset",
    },
    headers={
        "authorization": "Authorization",
    },
    required=frozenset(
        ["agent_id", "category_id", "category_name", "comment", "offset", "segment_id"]
    ),
)


class InsightsAssessmentsCommentList(
    CreateMany[InsightsAssessmentsCommentCreateParams, InsightsAssessmentsComment], Resource
):
    """``Insights/QualityManagement/Assessments/Comments``."""

    _path = "/v1/Insights/QualityManagement/Assessments/Comments"
    _create_operation = _LIST_CREATE

    async def create(
        self, **params: Unpack[InsightsAssessmentsCommentCreateParams]
    ) -> InsightsAssessmentsComment:
        """To create a comment assessment for a conversation."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[InsightsAssessmentsCommentListParams],
    ) -> AsyncIterator[InsightsAssessmentsComment]:
        """To create a comment assessment for a conversation. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[InsightsAssessmentsCommentListParams],
    ) -> Page[InsightsAssessmentsComment]:
        """To create a comment assessment for a conversation. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[InsightsAssessmentsCommentListParams],
    ) -> list[InsightsAssessmentsComment]:
        """To create a comment assessment for a conversation. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
