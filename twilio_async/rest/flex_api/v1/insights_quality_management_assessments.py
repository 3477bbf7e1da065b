# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: Assessments (Insights/QualityManagement/Assessments) on flex-api.twilio.com."""

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
    "AssessmentsContext",
    "AssessmentsCreateParams",
    "AssessmentsList",
    "AssessmentsListParams",
    "AssessmentsUpdateParams",
    "InsightsAssessments",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class InsightsAssessments(Record):
    """Record ``flex.v1.insights_assessments`` (every field but ``account_sid``, ``assessment_sid``, ``url`` may be ``None``)."""

    account_sid: str
    assessment_sid: str
    offset: str | None = None
    report: bool | None = None
    weight: str | None = None
    agent_id: str | None = None
    segment_id: str | None = None
    user_name: str | None = None
    user_email: str | None = None
    answer_text: str | None = None
    answer_id: str | None = None
    assessment: Any | None = None
    timestamp: str | None = None
    url: str


class AssessmentsListParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.assessments.list`` (``ListInsightsAssessments``)."""

    authorization: str
    """The Authorization HTTP request header."""
    segment_id: str
    """The id of the segment."""


class AssessmentsCreateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.assessments.create`` (``CreateInsightsAssessments``)."""

    authorization: str
    """The Authorization HTTP request header."""
    category_sid: Required[str]
    """The SID of the category."""
    category_name: Required[str]
    """The name of the category."""
    segment_id: Required[str]
    """Segment Id of the conversation."""
    agent_id: Required[str]
    """The id of the Agent."""
    offset: Required[float]
    """The offset of the conversation."""
    metric_id: Required[str]
    """The question SID selected for assessment."""
    metric_name: Required[str]
    """The question name of the assessment."""
    answer_text: Required[str]
    """The answer text selected by user."""
    answer_id: Required[str]
    """The id of the answer selected by user."""
    questionnaire_sid: Required[str]
    """Questionnaire SID of the associated question."""


class AssessmentsUpdateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.assessments.update`` (``UpdateInsightsAssessments``)."""

    authorization: str
    """The Authorization HTTP request header."""
    offset: Required[float]
    """The offset of the conversation."""
    answer_text: Required[str]
    """The answer text selected by user."""
    answer_id: Required[str]
    """The id of the answer selected by user."""


_LIST_LIST: Operation[InsightsAssessments] = Operation(
    id="flex_api.v1.assessments.list",
    method="GET",
    product="flex-api",
    path="/v1/Insights/QualityManagement/Assessments",
    spec="flex_v1",
    record=InsightsAssessments,
    query={
        "segment_id": "SegmentId",
    },
    headers={
        "authorization": "Authorization",
    },
    paging="meta",
    envelope="assessments",
)


_LIST_CREATE: Operation[InsightsAssessments] = Operation(
    id="flex_api.v1.assessments.create",
    method="POST",
    product="flex-api",
    path="/v1/Insights/QualityManagement/Assessments",
    spec="flex_v1",
    record=InsightsAssessments,
    form={
        "category_sid": "CategorySid",
        "category_name": "CategoryName",
        "segment_id": "SegmentId",
        "agent_id": "AgentId",
        "offset": "Offset",
        "metric_id": "MetricId",
        "metric_name": "MetricName",
        "answer_text": "AnswerText",
        "answer_id": "AnswerId",
        "questionnaire_sid": "QuestionnaireSid",
    },
    headers={
        "authorization": "Authorization",
    },
    required=frozenset(
        [
            "agent_id",
            "answer_id",
            "answer_text",
            "category_name",
            "category_sid",
            "metric_id",
            "metric_name",
            "offset",
            "questionnaire_sid",
            "segment_id",
        ]
    ),
)


_CONTEXT_UPDATE: Operation[InsightsAssessments] = Operation(
    id="flex_api.v1.assessments.update",
    method="POST",
    product="flex-api",
    path="/v1/Insights/QualityManagement/Assessments/{AssessmentSid}",
    spec="flex_v1",
    record=InsightsAssessments,
    form={
        "offset": "Offset",
        "answer_text": "AnswerText",
        "answer_id": "AnswerId",
    },
    headers={
        "authorization": "Authorization",
    },
    required=frozenset(["answer_id", "answer_text", "offset"]),
)


class AssessmentsContext(Resource):
    """One ``Insights/QualityManagement/Assessments`` record: assessment_sid."""

    _path = "/v1/Insights/QualityManagement/Assessments/{AssessmentSid}"

    @property
    def assessment_sid(self) -> str:
        """The ``assessment_sid`` this context points at."""
        return self._values[0]

    async def update(self, **params: Unpack[AssessmentsUpdateParams]) -> InsightsAssessments:
        """Update a specific Assessment assessed earlier."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class AssessmentsList(CreateMany[AssessmentsCreateParams, InsightsAssessments], Resource):
    """``Insights/QualityManagement/Assessments`` (call it with a assessment_sid)."""

    _path = "/v1/Insights/QualityManagement/Assessments"
    _create_operation = _LIST_CREATE

    def __call__(self, assessment_sid: str) -> AssessmentsContext:
        """The record with this ``assessment_sid``."""
        return self._child(AssessmentsContext, assessment_sid=assessment_sid)

    async def create(self, **params: Unpack[AssessmentsCreateParams]) -> InsightsAssessments:
        """Add assessments against conversation to dynamo db."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[AssessmentsListParams],
    ) -> AsyncIterator[InsightsAssessments]:
        """Get assessments done for a conversation by logged in user. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[AssessmentsListParams],
    ) -> Page[InsightsAssessments]:
        """Get assessments done for a conversation by logged in user. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[AssessmentsListParams],
    ) -> list[InsightsAssessments]:
        """Get assessments done for a conversation by logged in user. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
