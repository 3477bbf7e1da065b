# Generated from specs/twilio-oai/twilio_events_v1.json by codegen; do not edit.
"""Events v1: SinkValidate (Sinks/Sid/Validate) on events.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["SinkValidate", "SinkValidateCreateParams", "SinkValidateList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SinkValidate(Record):
    """Record ``events.v1.sink.sink_validate`` (every field may be ``None``)."""

    result: str | None = None


class SinkValidateCreateParams(TypedDict, total=False):
    """Keywords of ``events.v1.sinks.sink_validate.create`` (``CreateSinkValidate``)."""

    test_id: Required[str]
    """A 34 character string that uniquely identifies the test event for a Sink being validated."""


_LIST_CREATE: Operation[SinkValidate] = Operation(
    id="events.v1.sinks.sink_validate.create",
    method="POST",
    product="events",
    path="/v1/Sinks/{Sid}/Validate",
    spec="events_v1",
    record=SinkValidate,
    form={
        "test_id": "TestId",
    },
    required=frozenset(["test_id"]),
)


class SinkValidateList(CreateMany[SinkValidateCreateParams, SinkValidate], Resource):
    """``Sinks/Sid/Validate``."""

    _path = "/v1/Sinks/{Sid}/Validate"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[SinkValidateCreateParams]) -> SinkValidate:
        """Validate that a test event for a Sink was received."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
