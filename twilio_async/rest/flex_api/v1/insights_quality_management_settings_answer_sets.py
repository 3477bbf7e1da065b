# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: InsightsSettingsAnswerSets (Insights/QualityManagement/Settings/AnswerSets) on flex-api.twilio.com."""

from __future__ import annotations

from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "InsightsSettingsAnswerSetsFetchParams",
    "InsightsSettingsAnswerSetsList",
    "InsightsSettingsAnswersets",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class InsightsSettingsAnswersets(Record):
    """Record ``flex.v1.insights_settings_answersets`` (every field but ``account_sid``, ``url`` may be ``None``)."""

    account_sid: str
    answer_sets: Any | None = None
    answer_set_categories: Any | None = None
    not_applicable: Any | None = None
    url: str


class InsightsSettingsAnswerSetsFetchParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.insights_settings_answer_sets.fetch`` (``FetchInsightsSettingsAnswersets``)."""

    authorization: str
    """The Authorization HTTP request header."""


_LIST_FETCH: Operation[InsightsSettingsAnswersets] = Operation(
    id="flex_api.v1.insights_settings_answer_sets.fetch",
    method="GET",
    product="flex-api",
    path="/v1/Insights/QualityManagement/Settings/AnswerSets",
    spec="flex_v1",
    record=InsightsSettingsAnswersets,
    headers={
        "authorization": "Authorization",
    },
)


class InsightsSettingsAnswerSetsList(Resource):
    """``Insights/QualityManagement/Settings/AnswerSets``."""

    _path = "/v1/Insights/QualityManagement/Settings/AnswerSets"

    async def fetch(
        self, **params: Unpack[InsightsSettingsAnswerSetsFetchParams]
    ) -> InsightsSettingsAnswersets:
        """To get the Answer Set Settings for an Account."""
        return await self._call(_LIST_FETCH, params)

    fetch_with_http_info = with_http_info(_LIST_FETCH, fetch)
