# Generated from specs/twilio-oai/twilio_numbers_v1.json by codegen; do not edit.
"""Numbers v1: Eligibility (HostedNumber/Eligibility) on numbers.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from collections.abc import AsyncIterable, Callable, Iterable

    from twilio_async._bulk import BulkResult, ProgressCallback
    from twilio_async._exceptions import TwilioError

__all__ = ["Eligibility", "EligibilityCreateParams", "EligibilityList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Eligibility(Record):
    """Record ``numbers.v1.eligibility`` (every field may be ``None``)."""

    results: list[Any] | None = None


class EligibilityCreateParams(TypedDict, total=False):
    """Keywords of ``numbers.v1.eligibilities.create`` (``CreateEligibility``)."""

    body: Mapping[str, Any]
    """JSON body."""


_LIST_CREATE: Operation[Eligibility] = Operation(
    id="numbers.v1.eligibilities.create",
    method="POST",
    product="numbers",
    path="/v1/HostedNumber/Eligibility",
    spec="numbers_v1",
    record=Eligibility,
    body="body",
)


class EligibilityList(Resource):
    """``HostedNumber/Eligibility``."""

    _path = "/v1/HostedNumber/Eligibility"

    async def create_many(
        self,
        items: Iterable[EligibilityCreateParams] | AsyncIterable[EligibilityCreateParams],
        *,
        max_in_flight: int | None = None,
        collect: bool = True,
        on_result: Callable[[int, Eligibility | TwilioError], object] | None = None,
        progress: bool | ProgressCallback = False,
    ) -> BulkResult[Eligibility]:
        """``create`` for many items, at most ``max_in_flight`` at once (see :doc:`bulk`).

        ``items`` is any iterable or async iterable of ``create`` keyword dicts,
        consumed lazily. The result holds, in input order, a record or the
        :class:`~twilio_async.TwilioError` for each item, plus a ``summary``;
        ``collect=False`` keeps memory flat and hands results to ``on_result``.
        """
        return await self._create_many(
            _LIST_CREATE, items, max_in_flight, collect, on_result, progress
        )

    async def create(self, **params: Unpack[EligibilityCreateParams]) -> Eligibility:
        """Create an eligibility check for a number that you want to host in Twilio."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
