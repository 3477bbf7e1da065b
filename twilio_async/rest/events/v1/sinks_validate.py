# Generated from specs/twilio-oai/twilio_events_v1.json by codegen; do not edit.
"""Events v1: SinkValidate (Sinks/Sid/Validate) on events.twilio.com."""

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


class SinkValidateList(Resource):
    """``Sinks/Sid/Validate``."""

    _path = "/v1/Sinks/{Sid}/Validate"

    async def create_many(
        self,
        items: Iterable[SinkValidateCreateParams] | AsyncIterable[SinkValidateCreateParams],
        *,
        max_in_flight: int | None = None,
        collect: bool = True,
        on_result: Callable[[int, SinkValidate | TwilioError], object] | None = None,
        progress: bool | ProgressCallback = False,
    ) -> BulkResult[SinkValidate]:
        """``create`` for many items, at most ``max_in_flight`` at once (see :doc:`bulk`).

        ``items`` is any iterable or async iterable of ``create`` keyword dicts,
        consumed lazily. The result holds, in input order, a record or the
        :class:`~twilio_async.TwilioError` for each item, plus a ``summary``;
        ``collect=False`` keeps memory flat and hands results to ``on_result``.
        """
        return await self._create_many(
            _LIST_CREATE, items, max_in_flight, collect, on_result, progress
        )

    async def create(self, **params: Unpack[SinkValidateCreateParams]) -> SinkValidate:
        """Validate that a test event for a Sink was received."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
