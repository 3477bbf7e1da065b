# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: Bucket (Services/ServiceSid/RateLimits/RateLimitSid/Buckets) on verify.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["Bucket", "BucketContext", "BucketCreateParams", "BucketList", "BucketUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Bucket(Record):
    """Record ``verify.v2.service.rate_limit.bucket`` (every field but ``sid``, ``rate_limit_sid``, ``service_sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    rate_limit_sid: str
    service_sid: str
    account_sid: str
    max: int | None = None
    interval: int | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class BucketCreateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.rate_limits.buckets.create`` (``CreateBucket``)."""

    max: Required[int]
    """Maximum number of requests permitted in during the interval."""
    interval: Required[int]
    """Number of seconds that the rate limit will be enforced over."""


class BucketUpdateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.rate_limits.buckets.update`` (``UpdateBucket``)."""

    max: int
    """Maximum number of requests permitted in during the interval."""
    interval: int
    """Number of seconds that the rate limit will be enforced over."""


_LIST_LIST: Operation[Bucket] = Operation(
    id="verify.v2.services.rate_limits.buckets.list",
    method="GET",
    product="verify",
    path="/v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets",
    spec="verify_v2",
    record=Bucket,
    paging="meta",
    envelope="buckets",
)


_LIST_CREATE: Operation[Bucket] = Operation(
    id="verify.v2.services.rate_limits.buckets.create",
    method="POST",
    product="verify",
    path="/v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets",
    spec="verify_v2",
    record=Bucket,
    form={
        "max": "Max",
        "interval": "Interval",
    },
    required=frozenset(["interval", "max"]),
)


_CONTEXT_FETCH: Operation[Bucket] = Operation(
    id="verify.v2.services.rate_limits.buckets.fetch",
    method="GET",
    product="verify",
    path="/v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}",
    spec="verify_v2",
    record=Bucket,
)


_CONTEXT_UPDATE: Operation[Bucket] = Operation(
    id="verify.v2.services.rate_limits.buckets.update",
    method="POST",
    product="verify",
    path="/v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}",
    spec="verify_v2",
    record=Bucket,
    form={
        "max": "Max",
        "interval": "Interval",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="verify.v2.services.rate_limits.buckets.delete",
    method="DELETE",
    product="verify",
    path="/v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}",
    spec="verify_v2",
)


class BucketContext(Resource):
    """One ``Services/ServiceSid/RateLimits/RateLimitSid/Buckets`` record: sid."""

    _path = "/v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> Bucket:
        """Fetch a specific Bucket."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[BucketUpdateParams]) -> Bucket:
        """Update a specific Bucket."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Bucket."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class BucketList(CreateMany[BucketCreateParams, Bucket], Resource):
    """``Services/ServiceSid/RateLimits/RateLimitSid/Buckets`` (call it with a sid)."""

    _path = "/v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> BucketContext:
        """The record with this ``sid``."""
        return self._child(BucketContext, sid=sid)

    async def create(self, **params: Unpack[BucketCreateParams]) -> Bucket:
        """Create a new Bucket for a Rate Limit."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Bucket]:
        """Retrieve a list of all Buckets for a Rate Limit. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Bucket]:
        """Retrieve a list of all Buckets for a Rate Limit. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(self, *, limit: int | None = None, page_size: int | None = None) -> list[Bucket]:
        """Retrieve a list of all Buckets for a Rate Limit. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
