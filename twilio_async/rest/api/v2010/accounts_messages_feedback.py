# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Feedback (Accounts/AccountSid/Messages/MessageSid/Feedback) on api.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["FeedbackCreateParams", "FeedbackList", "MessageFeedback", "MessageFeedbackOutcome"]


class MessageFeedbackOutcome(OpenEnum):
    """``message_feedback_enum_outcome``."""

    CONFIRMED = "confirmed"
    UNCONFIRMED = "unconfirmed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class MessageFeedback(Record):
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


class FeedbackList(CreateMany[FeedbackCreateParams, MessageFeedback], Resource):
    """``Accounts/AccountSid/Messages/MessageSid/Feedback``."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Feedback.json"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[FeedbackCreateParams]) -> MessageFeedback:
        """Create Message Feedback to confirm a tracked user action was performed by the recipient of the associated Message."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
