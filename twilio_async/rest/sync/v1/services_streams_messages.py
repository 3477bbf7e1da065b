# Generated from specs/twilio-oai/twilio_sync_v1.json by codegen; do not edit.
"""Sync v1: StreamMessage (Services/ServiceSid/Streams/StreamSid/Messages) on sync.twilio.com."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._operation import HttpInfo, Operation
from twilio_async._resource import Resource
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from collections.abc import AsyncIterable, Callable, Iterable

    from twilio_async._bulk import BulkResult, ProgressCallback
    from twilio_async._exceptions import TwilioError

__all__ = ["StreamMessage", "StreamMessageCreateParams", "StreamMessageList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class StreamMessage:
    """Record ``sync.v1.service.sync_stream.stream_message`` (every field but ``sid`` may be ``None``)."""

    sid: str
    data: Any | None = attrs.field(default=None, repr=False)


class StreamMessageCreateParams(TypedDict, total=False):
    """Keywords of ``sync.v1.services.sync_streams.stream_messages.create`` (``CreateStreamMessage``)."""

    data: Required[Any]
    """A JSON string that represents an arbitrary, schema-less object that makes up the Stream Message body."""


_LIST_CREATE: Operation[StreamMessage] = Operation(
    id="sync.v1.services.sync_streams.stream_messages.create",
    method="POST",
    product="sync",
    path="/v1/Services/{ServiceSid}/Streams/{StreamSid}/Messages",
    spec="sync_v1",
    record=StreamMessage,
    form={
        "data": "Data",
    },
    required=frozenset(["data"]),
    encode={
        "data": "json",
    },
)


class StreamMessageList(Resource):
    """``Services/ServiceSid/Streams/StreamSid/Messages``."""

    _path = "/v1/Services/{ServiceSid}/Streams/{StreamSid}/Messages"

    async def create_many(
        self,
        items: Iterable[StreamMessageCreateParams] | AsyncIterable[StreamMessageCreateParams],
        *,
        max_in_flight: int | None = None,
        collect: bool = True,
        on_result: Callable[[int, StreamMessage | TwilioError], object] | None = None,
        progress: bool | ProgressCallback = False,
    ) -> BulkResult[StreamMessage]:
        """``create`` for many items, at most ``max_in_flight`` at once (see :doc:`bulk`).

        ``items`` is any iterable or async iterable of ``create`` keyword dicts,
        consumed lazily. The result holds, in input order, a record or the
        :class:`~twilio_async.TwilioError` for each item, plus a ``summary``;
        ``collect=False`` keeps memory flat and hands results to ``on_result``.
        """
        return await self._create_many(
            _LIST_CREATE, items, max_in_flight, collect, on_result, progress
        )

    async def create(self, **params: Unpack[StreamMessageCreateParams]) -> StreamMessage:
        """Create a new Stream Message."""
        return await self._call(_LIST_CREATE, params)

    async def create_with_http_info(
        self, **params: Unpack[StreamMessageCreateParams]
    ) -> HttpInfo[StreamMessage]:
        """Like ``create``, with the status code and response headers."""
        return await self._call_info(_LIST_CREATE, params)
