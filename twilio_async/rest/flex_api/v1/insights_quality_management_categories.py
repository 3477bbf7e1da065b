# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: InsightsQuestionnairesCategory (Insights/QualityManagement/Categories) on flex-api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "InsightsQuestionnairesCategory",
    "InsightsQuestionnairesCategoryContext",
    "InsightsQuestionnairesCategoryCreateParams",
    "InsightsQuestionnairesCategoryDeleteParams",
    "InsightsQuestionnairesCategoryList",
    "InsightsQuestionnairesCategoryListParams",
    "InsightsQuestionnairesCategoryUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class InsightsQuestionnairesCategory(Record):
    """Record ``flex.v1.insights_questionnaires_category`` (every field but ``account_sid``, ``category_sid``, ``url`` may be ``None``)."""

    account_sid: str
    category_sid: str
    name: str | None = None
    url: str


class InsightsQuestionnairesCategoryListParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.insights_questionnaires_category.list`` (``ListInsightsQuestionnairesCategory``)."""

    authorization: str
    """The Authorization HTTP request header."""


class InsightsQuestionnairesCategoryCreateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.insights_questionnaires_category.create`` (``CreateInsightsQuestionnairesCategory``)."""

    authorization: str
    """The Authorization HTTP request header."""
    name: Required[str]
    """The name of this category."""


class InsightsQuestionnairesCategoryUpdateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.insights_questionnaires_category.update`` (``UpdateInsightsQuestionnairesCategory``)."""

    authorization: str
    """The Authorization HTTP request header."""
    name: Required[str]
    """The name of this category."""


class InsightsQuestionnairesCategoryDeleteParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.insights_questionnaires_category.delete`` (``DeleteInsightsQuestionnairesCategory``)."""

    authorization: str
    """The Authorization HTTP request header."""


_LIST_LIST: Operation[InsightsQuestionnairesCategory] = Operation(
    id="flex_api.v1.insights_questionnaires_category.list",
    method="GET",
    product="flex-api",
    path="/v1/Insights/QualityManagement/Categories",
    spec="flex_v1",
    record=InsightsQuestionnairesCategory,
    headers={
        "authorization": "Authorization",
    },
    paging="meta",
    envelope="categories",
)


_LIST_CREATE: Operation[InsightsQuestionnairesCategory] = Operation(
    id="flex_api.v1.insights_questionnaires_category.create",
    method="POST",
    product="flex-api",
    path="/v1/Insights/QualityManagement/Categories",
    spec="flex_v1",
    record=InsightsQuestionnairesCategory,
    form={
        "name": "Name",
    },
    headers={
        "authorization": "Authorization",
    },
    required=frozenset(["name"]),
)


_CONTEXT_UPDATE: Operation[InsightsQuestionnairesCategory] = Operation(
    id="flex_api.v1.insights_questionnaires_category.update",
    method="POST",
    product="flex-api",
    path="/v1/Insights/QualityManagement/Categories/{CategorySid}",
    spec="flex_v1",
    record=InsightsQuestionnairesCategory,
    form={
        "name": "Name",
    },
    headers={
        "authorization": "Authorization",
    },
    required=frozenset(["name"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="flex_api.v1.insights_questionnaires_category.delete",
    method="DELETE",
    product="flex-api",
    path="/v1/Insights/QualityManagement/Categories/{CategorySid}",
    spec="flex_v1",
    headers={
        "authorization": "Authorization",
    },
)


class InsightsQuestionnairesCategoryContext(Resource):
    """One ``Insights/QualityManagement/Categories`` record: category_sid."""

    _path = "/v1/Insights/QualityManagement/Categories/{CategorySid}"

    @property
    def category_sid(self) -> str:
        """The ``category_sid`` this context points at."""
        return self._values[0]

    async def update(
        self, **params: Unpack[InsightsQuestionnairesCategoryUpdateParams]
    ) -> InsightsQuestionnairesCategory:
        """To update the category for Questions."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self, **params: Unpack[InsightsQuestionnairesCategoryDeleteParams]) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, params)

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class InsightsQuestionnairesCategoryList(
    CreateMany[InsightsQuestionnairesCategoryCreateParams, InsightsQuestionnairesCategory], Resource
):
    """``Insights/QualityManagement/Categories`` (call it with a category_sid)."""

    _path = "/v1/Insights/QualityManagement/Categories"
    _create_operation = _LIST_CREATE

    def __call__(self, category_sid: str) -> InsightsQuestionnairesCategoryContext:
        """The record with this ``category_sid``."""
        return self._child(InsightsQuestionnairesCategoryContext, category_sid=category_sid)

    async def create(
        self, **params: Unpack[InsightsQuestionnairesCategoryCreateParams]
    ) -> InsightsQuestionnairesCategory:
        """To create a category for Questions."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[InsightsQuestionnairesCategoryListParams],
    ) -> AsyncIterator[InsightsQuestionnairesCategory]:
        """To get all the categories. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[InsightsQuestionnairesCategoryListParams],
    ) -> Page[InsightsQuestionnairesCategory]:
        """To get all the categories. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[InsightsQuestionnairesCategoryListParams],
    ) -> list[InsightsQuestionnairesCategory]:
        """To get all the categories. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
