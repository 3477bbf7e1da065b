# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: RateLimit (Services/ServiceSid/RateLimits) on verify.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.verify.v2.services_rate_limits_buckets import BucketList

__all__ = [
    "RateLimit",
    "RateLimitContext",
    "RateLimitCreateParams",
    "RateLimitList",
    "RateLimitUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RateLimit(Record):
    """Record ``verify.v2.service.rate_limit`` (every field but ``sid``, ``service_sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    service_sid: str
    account_sid: str
    unique_name: str | None = None
    description: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


class RateLimitCreateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.rate_limits.create`` (``CreateRateLimit``)."""

    unique_name: Required[str]
    """Provides a unique and addressable name to be assigned to this Rate Limit, assigned by the developer, to be optionally used in addition to SID."""
    description: str
    """Description of this Rate Limit."""


class RateLimitUpdateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.rate_limits.update`` (``UpdateRateLimit``)."""

    description: str
    """Description of this Rate Limit."""


_LIST_LIST: Operation[RateLimit] = Operation(
    id="verify.v2.services.rate_limits.list",
    method="GET",
    product="verify",
    path="/v2/Services/{ServiceSid}/RateLimits",
    spec="verify_v2",
    record=RateLimit,
    paging="meta",
    envelope="rate_limits",
)


_LIST_CREATE: Operation[RateLimit] = Operation(
    id="verify.v2.services.rate_limits.create",
    method="POST",
    product="verify",
    path="/v2/Services/{ServiceSid}/RateLimits",
    spec="verify_v2",
    record=RateLimit,
    form={
        "unique_name": "UniqueName",
        "description": "Description",
    },
    required=frozenset(["unique_name"]),
)


_CONTEXT_FETCH: Operation[RateLimit] = Operation(
    id="verify.v2.services.rate_limits.fetch",
    method="GET",
    product="verify",
    path="/v2/Services/{ServiceSid}/RateLimits/{Sid}",
    spec="verify_v2",
    record=RateLimit,
)


_CONTEXT_UPDATE: Operation[RateLimit] = Operation(
    id="verify.v2.services.rate_limits.update",
    method="POST",
    product="verify",
    path="/v2/Services/{ServiceSid}/RateLimits/{Sid}",
    spec="verify_v2",
    record=RateLimit,
    form={
        "description": "Description",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="verify.v2.services.rate_limits.delete",
    method="DELETE",
    product="verify",
    path="/v2/Services/{ServiceSid}/RateLimits/{Sid}",
    spec="verify_v2",
)


class RateLimitContext(Resource):
    """One ``Services/ServiceSid/RateLimits`` record: sid."""

    _path = "/v2/Services/{ServiceSid}/RateLimits/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> RateLimit:
        """Fetch a specific Rate Limit."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[RateLimitUpdateParams]) -> RateLimit:
        """Update a specific Rate Limit."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Rate Limit."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def buckets(self) -> BucketList:
        """``Services/ServiceSid/RateLimits/RateLimitSid/Buckets``."""
        from twilio_async.rest.verify.v2.services_rate_limits_buckets import BucketList

        return self._child(BucketList)


class RateLimitList(CreateMany[RateLimitCreateParams, RateLimit], Resource):
    """``Services/ServiceSid/RateLimits`` (call it with a sid)."""

    _path = "/v2/Services/{ServiceSid}/RateLimits"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> RateLimitContext:
        """The record with this ``sid``."""
        return self._child(RateLimitContext, sid=sid)

    async def create(self, **params: Unpack[RateLimitCreateParams]) -> RateLimit:
        """Create a new Rate Limit for a Service."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[RateLimit]:
        """Retrieve a list of all Rate Limits for a service. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[RateLimit]:
        """Retrieve a list of all Rate Limits for a service. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[RateLimit]:
        """Retrieve a list of all Rate Limits for a service. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
