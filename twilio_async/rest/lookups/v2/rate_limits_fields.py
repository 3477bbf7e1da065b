# Generated from specs/twilio-oai/twilio_lookups_v2.json by codegen; do not edit.
"""Lookups v2: Bucket (RateLimits/Fields/Field/Bucket) on lookups.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["Bucket", "BucketContext", "BucketList", "BucketUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Bucket(Record):
    """Record ``RateLimitResponse`` (every field may be ``None``)."""

    field: str | None = None
    limit: int | None = None
    bucket: str | None = None
    owner: str | None = None
    ttl: int | None = None


class BucketUpdateParams(TypedDict, total=False):
    """Keywords of ``lookups.v2.bucket.update`` (``UpdateLookupRateLimit``)."""

    rate_limit_request: Mapping[str, Any]
    """JSON body."""


_CONTEXT_FETCH: Operation[Bucket] = Operation(
    id="lookups.v2.bucket.fetch",
    method="GET",
    product="lookups",
    path="/v2/RateLimits/Fields/{Field}/Bucket/{Bucket}",
    spec="lookups_v2",
    record=Bucket,
)


_CONTEXT_UPDATE: Operation[Bucket] = Operation(
    id="lookups.v2.bucket.update",
    method="PUT",
    product="lookups",
    path="/v2/RateLimits/Fields/{Field}/Bucket/{Bucket}",
    spec="lookups_v2",
    record=Bucket,
    body="rate_limit_request",
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="lookups.v2.bucket.delete",
    method="DELETE",
    product="lookups",
    path="/v2/RateLimits/Fields/{Field}/Bucket/{Bucket}",
    spec="lookups_v2",
)


class BucketContext(Resource):
    """One ``RateLimits/Fields/Field/Bucket`` record: bucket."""

    _path = "/v2/RateLimits/Fields/{Field}/Bucket/{Bucket}"

    @property
    def field(self) -> str:
        """The ``field`` this context points at."""
        return self._values[0]

    @property
    def bucket(self) -> str:
        """The ``bucket`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Bucket:
        """Get rate limit."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[BucketUpdateParams]) -> Bucket:
        """Upsert rate limit."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete rate limit."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class BucketList(Resource):
    """``RateLimits/Fields/Field/Bucket`` (call it with a bucket)."""

    def __call__(self, field: str, bucket: str) -> BucketContext:
        """The record with this ``field``, ``bucket``."""
        return self._child(BucketContext, field=field, bucket=bucket)
