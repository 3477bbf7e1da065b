# Generated from specs/twilio-oai/twilio_marketplace_v1.json by codegen; do not edit.
"""Marketplace v1: ReferralConversion (ReferralConversion) on marketplace.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

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


class ReferralConversionList(
    CreateMany[ReferralConversionCreateParams, ReferralConversion], Resource
):
    """``ReferralConversion``."""

    _path = "/v1/ReferralConversion"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[ReferralConversionCreateParams]) -> ReferralConversion:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
