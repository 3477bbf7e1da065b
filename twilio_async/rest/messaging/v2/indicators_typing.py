# Generated from specs/twilio-oai/twilio_messaging_v2.json by codegen; do not edit.
"""Messaging v2: TypingIndicator (Indicators/Typing) on messaging.twilio.com."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from collections.abc import AsyncIterable, Callable, Iterable

    from twilio_async._bulk import BulkResult, ProgressCallback
    from twilio_async._exceptions import TwilioError

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


class TypingIndicatorList(Resource):
    """``Indicators/Typing``."""

    _path = "/v2/Indicators/Typing.json"

    async def create_many(
        self,
        items: Iterable[TypingIndicatorCreateParams] | AsyncIterable[TypingIndicatorCreateParams],
        *,
        max_in_flight: int | None = None,
        collect: bool = True,
        on_result: Callable[[int, TypingIndicatorResult | TwilioError], object] | None = None,
        progress: bool | ProgressCallback = False,
    ) -> BulkResult[TypingIndicatorResult]:
        """``create`` for many items, at most ``max_in_flight`` at once (see :doc:`bulk`).

        ``items`` is any iterable or async iterable of ``create`` keyword dicts,
        consumed lazily. The result holds, in input order, a record or the
        :class:`~twilio_async.TwilioError` for each item, plus a ``summary``;
        ``collect=False`` keeps memory flat and hands results to ``on_result``.
        """
        return await self._create_many(
            _LIST_CREATE, items, max_in_flight, collect, on_result, progress
        )

    async def create(self, **params: Unpack[TypingIndicatorCreateParams]) -> TypingIndicatorResult:
        """Send a typing indicator."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
