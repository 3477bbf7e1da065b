# Generated from specs/twilio-oai/twilio_messaging_v2.json by codegen; do not edit.
"""Messaging v2: TypingIndicator (Indicators/Typing) on messaging.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["TypingIndicatorCreateParams", "TypingIndicatorList", "TypingIndicatorResult"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class TypingIndicatorResult(Record):
    """Record ``TypingIndicator`` (every field may be ``None``)."""

    success: bool | None = None


class TypingIndicatorCreateParams(TypedDict, total=False):
    """Keywords of ``messaging.v2.typing_indicator.create`` (``CreateTypingIndicator``)."""

    channel: Required[str]
    """Shared channel identifier."""
    message_id: Required[str]
    """Message SID that identifies the conversation thread for the typing indicator."""


_LIST_CREATE: Operation[TypingIndicatorResult] = Operation(
    id="messaging.v2.typing_indicator.create",
    method="POST",
    product="messaging",
    path="/v2/Indicators/Typing.json",
    spec="messaging_v2",
    record=TypingIndicatorResult,
    form={
        "channel": "channel",
        "message_id": "messageId",
    },
    required=frozenset(["channel", "message_id"]),
)


class TypingIndicatorList(CreateMany[TypingIndicatorCreateParams, TypingIndicatorResult], Resource):
    """``Indicators/Typing``."""

    _path = "/v2/Indicators/Typing.json"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[TypingIndicatorCreateParams]) -> TypingIndicatorResult:
        """Send a typing indicator."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
