# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Feedback (Accounts/AccountSid/Messages/MessageSid/Feedback) on api.twilio.com."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import HttpInfo, Operation
from twilio_async._resource import Resource
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from collections.abc import AsyncIterable, Callable, Iterable

    from twilio_async._bulk import BulkResult, ProgressCallback
    from twilio_async._exceptions import TwilioError

__all__ = ["FeedbackCreateParams", "FeedbackList", "MessageFeedback", "MessageFeedbackOutcome"]


class MessageFeedbackOutcome(OpenEnum):
    """``message_feedback_enum_outcome``."""

    CONFIRMED = "confirmed"
    UNCONFIRMED = "unconfirmed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class MessageFeedback:
    """Record ``api.v2010.account.message.message_feedback`` (every field but ``account_sid``, ``message_sid``, ``date_created`` may be ``None``)."""

    account_sid: str
    message_sid: str
    outcome: MessageFeedbackOutcome | None = None
    date_created: datetime
    date_updated: datetime | None = None
    uri: str | None = None


class FeedbackCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.messages.feedback.create`` (``CreateMessageFeedback``)."""

    outcome: str


_LIST_CREATE: Operation[MessageFeedback] = Operation(
    id="api.v2010.accounts.messages.feedback.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Feedback.json",
    spec="api_v2010",
    record=MessageFeedback,
    form={
        "outcome": "Outcome",
    },
)


class FeedbackList(Resource):
    """``Accounts/AccountSid/Messages/MessageSid/Feedback``."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Feedback.json"

    async def create_many(
        self,
        items: Iterable[FeedbackCreateParams] | AsyncIterable[FeedbackCreateParams],
        *,
        max_in_flight: int | None = None,
        collect: bool = True,
        on_result: Callable[[int, MessageFeedback | TwilioError], object] | None = None,
        progress: bool | ProgressCallback = False,
    ) -> BulkResult[MessageFeedback]:
        """``create`` for many items, at most ``max_in_flight`` at once (see :doc:`bulk`).

        ``items`` is any iterable or async iterable of ``create`` keyword dicts,
        consumed lazily. The result holds, in input order, a record or the
        :class:`~twilio_async.TwilioError` for each item, plus a ``summary``;
        ``collect=False`` keeps memory flat and hands results to ``on_result``.
        """
        return await self._create_many(
            _LIST_CREATE, items, max_in_flight, collect, on_result, progress
        )

    async def create(self, **params: Unpack[FeedbackCreateParams]) -> MessageFeedback:
        """Create Message Feedback to confirm a tracked user action was performed by the recipient of the associated Message."""
        return await self._call(_LIST_CREATE, params)

    async def create_with_http_info(
        self, **params: Unpack[FeedbackCreateParams]
    ) -> HttpInfo[MessageFeedback]:
        """Like ``create``, with the status code and response headers."""
        return await self._call_info(_LIST_CREATE, params)
