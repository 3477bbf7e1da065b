# Generated from specs/twilio-oai/twilio_marketplace_v1.json by codegen; do not edit.
"""Marketplace v1: ReferralConversion (ReferralConversion) on marketplace.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from collections.abc import AsyncIterable, Callable, Iterable

    from twilio_async._bulk import BulkResult, ProgressCallback
    from twilio_async._exceptions import TwilioError

__all__ = ["ReferralConversion", "ReferralConversionCreateParams", "ReferralConversionList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ReferralConversion(Record):
    """Record ``marketplace.v1.referral_conversion`` (every field may be ``None``)."""

    converted_account_sid: str | None = None


class ReferralConversionCreateParams(TypedDict, total=False):
    """Keywords of ``marketplace.v1.referral_conversion.create`` (``CreateReferralConversion``)."""

    create_referral_conversion_request: Required[Mapping[str, Any]]
    """JSON body."""


_LIST_CREATE: Operation[ReferralConversion] = Operation(
    id="marketplace.v1.referral_conversion.create",
    method="POST",
    product="marketplace",
    path="/v1/ReferralConversion",
    spec="marketplace_v1",
    record=ReferralConversion,
    body="create_referral_conversion_request",
    required=frozenset(["create_referral_conversion_request"]),
)


class ReferralConversionList(Resource):
    """``ReferralConversion``."""

    _path = "/v1/ReferralConversion"

    async def create_many(
        self,
        items: Iterable[ReferralConversionCreateParams]
        | AsyncIterable[ReferralConversionCreateParams],
        *,
        max_in_flight: int | None = None,
        collect: bool = True,
        on_result: Callable[[int, ReferralConversion | TwilioError], object] | None = None,
        progress: bool | ProgressCallback = False,
    ) -> BulkResult[ReferralConversion]:
        """``create`` for many items, at most ``max_in_flight`` at once (see :doc:`bulk`).

        ``items`` is any iterable or async iterable of ``create`` keyword dicts,
        consumed lazily. The result holds, in input order, a record or the
        :class:`~twilio_async.TwilioError` for each item, plus a ``summary``;
        ``collect=False`` keeps memory flat and hands results to ``on_result``.
        """
        return await self._create_many(
            _LIST_CREATE, items, max_in_flight, collect, on_result, progress
        )

    async def create(self, **params: Unpack[ReferralConversionCreateParams]) -> ReferralConversion:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
