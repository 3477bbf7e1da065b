# Generated from specs/twilio-oai/twilio_sync_v1.json by codegen; do not edit.
"""Sync v1: StreamMessage (Services/ServiceSid/Streams/StreamSid/Messages) on sync.twilio.com."""

from __future__ import annotations

from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["StreamMessage", "StreamMessageCreateParams", "StreamMessageList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class StreamMessage(Record):
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


class StreamMessageList(CreateMany[StreamMessageCreateParams, StreamMessage], Resource):
    """``Services/ServiceSid/Streams/StreamSid/Messages``."""

    _path = "/v1/Services/{ServiceSid}/Streams/{StreamSid}/Messages"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[StreamMessageCreateParams]) -> StreamMessage:
        """Create a new Stream Message."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
