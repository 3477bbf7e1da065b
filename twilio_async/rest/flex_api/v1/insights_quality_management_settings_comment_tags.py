# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: InsightsSettingsComment (Insights/QualityManagement/Settings/CommentTags) on flex-api.twilio.com."""

from __future__ import annotations

from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "InsightsSettingsComment",
    "InsightsSettingsCommentFetchParams",
    "InsightsSettingsCommentList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class InsightsSettingsComment(Record):
    """Record ``flex.v1.insights_settings_comment`` (every field but ``account_sid``, ``url`` may be ``None``)."""

    account_sid: str
    comments: Any | None = None
    url: str


class InsightsSettingsCommentFetchParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.insights_settings_comment.fetch`` (``FetchInsightsSettingsComment``)."""

    authorization: str
    """The Authorization HTTP request header."""


_LIST_FETCH: Operation[InsightsSettingsComment] = Operation(
    id="flex_api.v1.insights_settings_comment.fetch",
    method="GET",
    product="flex-api",
    path="/v1/Insights/QualityManagement/Settings/CommentTags",
    spec="flex_v1",
    record=InsightsSettingsComment,
    headers={
        "authorization": "Authorization",
    },
)


class InsightsSettingsCommentList(Resource):
    """``Insights/QualityManagement/Settings/CommentTags``."""

    _path = "/v1/Insights/QualityManagement/Settings/CommentTags"

    async def fetch(
        self, **params: Unpack[InsightsSettingsCommentFetchParams]
    ) -> InsightsSettingsComment:
        """To get the Comment Settings for an Account."""
        return await self._call(_LIST_FETCH, params)

    fetch_with_http_info = with_http_info(_LIST_FETCH, fetch)
