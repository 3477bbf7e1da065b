# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: InsightsQuestionnaires (Insights/QualityManagement/Questionnaires) on flex-api.twilio.com."""

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
    "InsightsQuestionnaires",
    "InsightsQuestionnairesContext",
    "InsightsQuestionnairesCreateParams",
    "InsightsQuestionnairesDeleteParams",
    "InsightsQuestionnairesFetchParams",
    "InsightsQuestionnairesList",
    "InsightsQuestionnairesListParams",
    "InsightsQuestionnairesUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class InsightsQuestionnaires(Record):
    """Record ``flex.v1.insights_questionnaires`` (every field but ``account_sid``, ``questionnaire_sid``, ``url`` may be ``None``)."""

    account_sid: str
    questionnaire_sid: str
    name: str | None = None
    description: str | None = None
    active: bool | None = None
    questions: list[Any] | None = None
    url: str


class InsightsQuestionnairesListParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.insights_questionnaires.list`` (``ListInsightsQuestionnaires``)."""

    authorization: str
    """The Authorization HTTP request header."""
    include_inactive: bool
    """Flag indicating whether to include inactive questionnaires or not."""


class InsightsQuestionnairesCreateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.insights_questionnaires.create`` (``CreateInsightsQuestionnaires``)."""

    authorization: str
    """The Authorization HTTP request header."""
    name: Required[str]
    """The name of this questionnaire."""
    description: str
    """The description of this questionnaire."""
    active: bool
    """The flag to enable or disable questionnaire."""
    question_sids: Sequence[str]
    """The list of questions sids under a questionnaire."""


class InsightsQuestionnairesFetchParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.insights_questionnaires.fetch`` (``FetchInsightsQuestionnaires``)."""

    authorization: str
    """The Authorization HTTP request header."""


class InsightsQuestionnairesUpdateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.insights_questionnaires.update`` (``UpdateInsightsQuestionnaires``)."""

    authorization: str
    """The Authorization HTTP request header."""
    active: Required[bool]
    """The flag to enable or disable questionnaire."""
    name: str
    """The name of this questionnaire."""
    description: str
    """The description of this questionnaire."""
    question_sids: Sequence[str]
    """The list of questions sids under a questionnaire."""


class InsightsQuestionnairesDeleteParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.insights_questionnaires.delete`` (``DeleteInsightsQuestionnaires``)."""

    authorization: str
    """The Authorization HTTP request header."""


_LIST_LIST: Operation[InsightsQuestionnaires] = Operation(
    id="flex_api.v1.insights_questionnaires.list",
    method="GET",
    product="flex-api",
    path="/v1/Insights/QualityManagement/Questionnaires",
    spec="flex_v1",
    record=InsightsQuestionnaires,
    query={
        "include_inactive": "IncludeInactive",
    },
    headers={
        "authorization": "Authorization",
    },
    paging="meta",
    envelope="questionnaires",
)


_LIST_CREATE: Operation[InsightsQuestionnaires] = Operation(
    id="flex_api.v1.insights_questionnaires.create",
    method="POST",
    product="flex-api",
    path="/v1/Insights/QualityManagement/Questionnaires",
    spec="flex_v1",
    record=InsightsQuestionnaires,
    form={
        "name": "Name",
        "description": "Description",
        "active": "Active",
        "question_sids": "QuestionSids",
    },
    headers={
        "authorization": "Authorization",
    },
    required=frozenset(["name"]),
)


_CONTEXT_FETCH: Operation[InsightsQuestionnaires] = Operation(
    id="flex_api.v1.insights_questionnaires.fetch",
    method="GET",
    product="flex-api",
    path="/v1/Insights/QualityManagement/Questionnaires/{QuestionnaireSid}",
    spec="flex_v1",
    record=InsightsQuestionnaires,
    headers={
        "authorization": "Authorization",
    },
)


_CONTEXT_UPDATE: Operation[InsightsQuestionnaires] = Operation(
    id="flex_api.v1.insights_questionnaires.update",
    method="POST",
    product="flex-api",
    path="/v1/Insights/QualityManagement/Questionnaires/{QuestionnaireSid}",
    spec="flex_v1",
    record=InsightsQuestionnaires,
    form={
        "active": "Active",
        "name": "Name",
        "description": "Description",
        "question_sids": "QuestionSids",
    },
    headers={
        "authorization": "Authorization",
    },
    required=frozenset(["active"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="flex_api.v1.insights_questionnaires.delete",
    method="DELETE",
    product="flex-api",
    path="/v1/Insights/QualityManagement/Questionnaires/{QuestionnaireSid}",
    spec="flex_v1",
    headers={
        "authorization": "Authorization",
    },
)


class InsightsQuestionnairesContext(Resource):
    """One ``Insights/QualityManagement/Questionnaires`` record: questionnaire_sid."""

    _path = "/v1/Insights/QualityManagement/Questionnaires/{QuestionnaireSid}"

    @property
    def questionnaire_sid(self) -> str:
        """The ``questionnaire_sid`` this context points at."""
        return self._values[0]

    async def fetch(
        self, **params: Unpack[InsightsQuestionnairesFetchParams]
    ) -> InsightsQuestionnaires:
        """To get the Questionnaire Detail."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(
        self, **params: Unpack[InsightsQuestionnairesUpdateParams]
    ) -> InsightsQuestionnaires:
        """To update the questionnaire."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self, **params: Unpack[InsightsQuestionnairesDeleteParams]) -> bool:
        """To delete the questionnaire."""
        return await self._call(_CONTEXT_DELETE, params)

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class InsightsQuestionnairesList(
    CreateMany[InsightsQuestionnairesCreateParams, InsightsQuestionnaires], Resource
):
    """``Insights/QualityManagement/Questionnaires`` (call it with a questionnaire_sid)."""

    _path = "/v1/Insights/QualityManagement/Questionnaires"
    _create_operation = _LIST_CREATE

    def __call__(self, questionnaire_sid: str) -> InsightsQuestionnairesContext:
        """The record with this ``questionnaire_sid``."""
        return self._child(InsightsQuestionnairesContext, questionnaire_sid=questionnaire_sid)

    async def create(
        self, **params: Unpack[InsightsQuestionnairesCreateParams]
    ) -> InsightsQuestionnaires:
        """To create a Questionnaire."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[InsightsQuestionnairesListParams],
    ) -> AsyncIterator[InsightsQuestionnaires]:
        """To get all questionnaires with questions. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[InsightsQuestionnairesListParams],
    ) -> Page[InsightsQuestionnaires]:
        """To get all questionnaires with questions. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[InsightsQuestionnairesListParams],
    ) -> list[InsightsQuestionnaires]:
        """To get all questionnaires with questions. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
