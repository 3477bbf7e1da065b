# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: InsightsQuestionnairesQuestion (Insights/QualityManagement/Questions) on flex-api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "InsightsQuestionnairesQuestion",
    "InsightsQuestionnairesQuestionContext",
    "InsightsQuestionnairesQuestionCreateParams",
    "InsightsQuestionnairesQuestionDeleteParams",
    "InsightsQuestionnairesQuestionList",
    "InsightsQuestionnairesQuestionListParams",
    "InsightsQuestionnairesQuestionUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class InsightsQuestionnairesQuestion(Record):
    """Record ``flex.v1.insights_questionnaires_question`` (every field but ``account_sid``, ``question_sid``, ``url`` may be ``None``)."""

    account_sid: str
    question_sid: str
    question: str | None = None
    description: str | None = None
    category: Any | None = None
    answer_set_id: str | None = None
    allow_na: bool | None = None
    usage: int | None = None
    answer_set: Any | None = None
    url: str


class InsightsQuestionnairesQuestionListParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.insights_questionnaires_question.list`` (``ListInsightsQuestionnairesQuestion``)."""

    authorization: str
    """The Authorization HTTP request header."""
    category_sid: Sequence[str]
    """The list of category SIDs."""


class InsightsQuestionnairesQuestionCreateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.insights_questionnaires_question.create`` (``CreateInsightsQuestionnairesQuestion``)."""

    authorization: str
    """The Authorization HTTP request header."""
    category_sid: Required[str]
    """The SID of the category."""
    question: Required[str]
    """The question."""
    answer_set_id: Required[str]
    """The answer_set for the question."""
    allow_na: Required[bool]
    """The flag to enable for disable NA for answer."""
    description: str
    """The description for the question."""


class InsightsQuestionnairesQuestionUpdateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.insights_questionnaires_question.update`` (``UpdateInsightsQuestionnairesQuestion``)."""

    authorization: str
    """The Authorization HTTP request header."""
    allow_na: Required[bool]
    """The flag to enable for disable NA for answer."""
    category_sid: str
    """The SID of the category."""
    question: str
    """The question."""
    description: str
    """The description for the question."""
    answer_set_id: str
    """The answer_set for the question."""


class InsightsQuestionnairesQuestionDeleteParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.insights_questionnaires_question.delete`` (``DeleteInsightsQuestionnairesQuestion``)."""

    authorization: str
    """The Authorization HTTP request header."""


_LIST_LIST: Operation[InsightsQuestionnairesQuestion] = Operation(
    id="flex_api.v1.insights_questionnaires_question.list",
    method="GET",
    product="flex-api",
    path="/v1/Insights/QualityManagement/Questions",
    spec="flex_v1",
    record=InsightsQuestionnairesQuestion,
    query={
        "category_sid": "CategorySid",
    },
    headers={
        "authorization": "Authorization",
    },
    paging="meta",
    envelope="questions",
)


_LIST_CREATE: Operation[InsightsQuestionnairesQuestion] = Operation(
    id="flex_api.v1.insights_questionnaires_question.create",
    method="POST",
    product="flex-api",
    path="/v1/Insights/QualityManagement/Questions",
    spec="flex_v1",
    record=InsightsQuestionnairesQuestion,
    form={
        "category_sid": "CategorySid",
        "question": "Question",
        "answer_set_id": "AnswerSetId",
        "allow_na": "AllowNa",
        "description": "Description",
    },
    headers={
        "authorization": "Authorization",
    },
    required=frozenset(["allow_na", "answer_set_id", "category_sid", "question"]),
)


_CONTEXT_UPDATE: Operation[InsightsQuestionnairesQuestion] = Operation(
    id="flex_api.v1.insights_questionnaires_question.update",
    method="POST",
    product="flex-api",
    path="/v1/Insights/QualityManagement/Questions/{QuestionSid}",
    spec="flex_v1",
    record=InsightsQuestionnairesQuestion,
    form={
        "allow_na": "AllowNa",
        "category_sid": "CategorySid",
        "question": "Question",
        "description": "Description",
        "answer_set_id": "AnswerSetId",
    },
    headers={
        "authorization": "Authorization",
    },
    required=frozenset(["allow_na"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="flex_api.v1.insights_questionnaires_question.delete",
    method="DELETE",
    product="flex-api",
    path="/v1/Insights/QualityManagement/Questions/{QuestionSid}",
    spec="flex_v1",
    headers={
        "authorization": "Authorization",
    },
)


class InsightsQuestionnairesQuestionContext(Resource):
    """One ``Insights/QualityManagement/Questions`` record: question_sid."""

    _path = "/v1/Insights/QualityManagement/Questions/{QuestionSid}"

    @property
    def question_sid(self) -> str:
        """The ``question_sid`` this context points at."""
        return self._values[0]

    async def update(
        self, **params: Unpack[InsightsQuestionnairesQuestionUpdateParams]
    ) -> InsightsQuestionnairesQuestion:
        """To update the question."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self, **params: Unpack[InsightsQuestionnairesQuestionDeleteParams]) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, params)

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class InsightsQuestionnairesQuestionList(
    CreateMany[InsightsQuestionnairesQuestionCreateParams, InsightsQuestionnairesQuestion], Resource
):
    """``Insights/QualityManagement/Questions`` (call it with a question_sid)."""

    _path = "/v1/Insights/QualityManagement/Questions"
    _create_operation = _LIST_CREATE

    def __call__(self, question_sid: str) -> InsightsQuestionnairesQuestionContext:
        """The record with this ``question_sid``."""
        return self._child(InsightsQuestionnairesQuestionContext, question_sid=question_sid)

    async def create(
        self, **params: Unpack[InsightsQuestionnairesQuestionCreateParams]
    ) -> InsightsQuestionnairesQuestion:
        """To create a question for a Category."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[InsightsQuestionnairesQuestionListParams],
    ) -> AsyncIterator[InsightsQuestionnairesQuestion]:
        """To get all the question for the given categories. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[InsightsQuestionnairesQuestionListParams],
    ) -> Page[InsightsQuestionnairesQuestion]:
        """To get all the question for the given categories. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[InsightsQuestionnairesQuestionListParams],
    ) -> list[InsightsQuestionnairesQuestion]:
        """To get all the question for the given categories. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
