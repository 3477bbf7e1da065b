# Generated from specs/twilio-oai/twilio_assistants_v1.json by codegen; do not edit.
"""Assistants v1: Feedback (Assistants/id/Feedbacks) on assistants.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["Feedback", "FeedbackCreateParams", "FeedbackList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Feedback(Record):
    """Record ``assistants.v1.service.feedback`` (every field may be ``None``)."""

    assistant_id: str | None = None
    id: str | None = None
    account_sid: str | None = None
    user_sid: str | None = None
    message_id: str | None = None
    score: float | None = None
    session_id: str | None = None
    text: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None


class FeedbackCreateParams(TypedDict, total=False):
    """Keywords of ``assistants.v1.assistants.feedbacks.create`` (``CreateFeedback``)."""

    assistants_v1_service_create_feedback_request: Required[Mapping[str, Any]]
    """JSON body."""


_LIST_LIST: Operation[Feedback] = Operation(
    id="assistants.v1.assistants.feedbacks.list",
    method="GET",
    product="assistants",
    path="/v1/Assistants/{id}/Feedbacks",
    spec="assistants_v1",
    record=Feedback,
    paging="meta",
    envelope="feedbacks",
)


_LIST_CREATE: Operation[Feedback] = Operation(
    id="assistants.v1.assistants.feedbacks.create",
    method="POST",
    product="assistants",
    path="/v1/Assistants/{id}/Feedbacks",
    spec="assistants_v1",
    record=Feedback,
    body="assistants_v1_service_create_feedback_request",
    required=frozenset(["assistants_v1_service_create_feedback_request"]),
)


class FeedbackList(CreateMany[FeedbackCreateParams, Feedback], Resource):
    """``Assistants/id/Feedbacks``."""

    _path = "/v1/Assistants/{id}/Feedbacks"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[FeedbackCreateParams]) -> Feedback:
        """Create feedback."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Feedback]:
        """List feedbacks. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Feedback]:
        """List feedbacks. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Feedback]:
        """List feedbacks. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
