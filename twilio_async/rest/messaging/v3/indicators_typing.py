# Generated from specs/twilio-oai/twilio_messaging_v3.json by codegen; do not edit.
"""Messaging v3: TypingIndicator (Indicators/Typing) on messaging.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
    """Keywords of ``messaging.v3.typing_indicator.create`` (``CreateV3TypingIndicator``)."""

    typing_indicator_request: Required[Mapping[str, Any]]
    """JSON body."""


_LIST_CREATE: Operation[TypingIndicatorResult] = Operation(
    id="messaging.v3.typing_indicator.create",
    method="POST",
    product="messaging",
    path="/v3/Indicators/Typing.json",
    spec="messaging_v3",
    record=TypingIndicatorResult,
    body="typing_indicator_request",
    required=frozenset(["typing_indicator_request"]),
)


class TypingIndicatorList(CreateMany[TypingIndicatorCreateParams, TypingIndicatorResult], Resource):
    """``Indicators/Typing``."""

    _path = "/v3/Indicators/Typing.json"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[TypingIndicatorCreateParams]) -> TypingIndicatorResult:
        """Send a typing indicator."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
