# Generated from specs/twilio-oai/twilio_lookups_v2.json by codegen; do not edit.
"""Lookups v2: RateLimit (RateLimits) on lookups.twilio.com."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["RateLimitFetchParams", "RateLimitList", "RateLimitResponse", "RateLimitResult"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RateLimitResponse(Record):
    """Record ``RateLimitResponse`` (every field may be ``None``)."""

    field: str | None = None
    limit: int | None = None
    bucket: str | None = None
    owner: str | None = None
    ttl: int | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RateLimitResult(Record):
    """Record ``RateLimit`` (every field may be ``None``)."""

    rate_limits: list[RateLimitResponse] | None = None


class RateLimitFetchParams(TypedDict, total=False):
    """Keywords of ``lookups.v2.rate_limits.fetch`` (``FetchLookupAccountRateLimits``)."""

    fields: Sequence[str]


_LIST_FETCH: Operation[RateLimitResult] = Operation(
    id="lookups.v2.rate_limits.fetch",
    method="GET",
    product="lookups",
    path="/v2/RateLimits",
    spec="lookups_v2",
    record=RateLimitResult,
    query={
        "fields": "Fields",
    },
)


class RateLimitList(Resource):
    """``RateLimits``."""

    _path = "/v2/RateLimits"

    async def fetch(self, **params: Unpack[RateLimitFetchParams]) -> RateLimitResult:
        """Get account rate limits."""
        return await self._call(_LIST_FETCH, params)

    fetch_with_http_info = with_http_info(_LIST_FETCH, fetch)
