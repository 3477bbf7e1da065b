# Generated from specs/twilio-oai/twilio_wireless_v1.json by codegen; do not edit.
"""Wireless v1: RatePlan (RatePlans) on wireless.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "RatePlan",
    "RatePlanContext",
    "RatePlanCreateParams",
    "RatePlanList",
    "RatePlanUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RatePlan(Record):
    """Record ``wireless.v1.rate_plan`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    unique_name: str | None = None
    account_sid: str
    friendly_name: str | None = None
    data_enabled: bool | None = None
    data_metering: str | None = None
    data_limit: int | None = None
    messaging_enabled: bool | None = None
    voice_enabled: bool | None = None
    national_roaming_enabled: bool | None = None
    national_roaming_data_limit: int | None = None
    international_roaming: list[str] | None = None
    international_roaming_data_limit: int | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class RatePlanCreateParams(TypedDict, total=False):
    """Keywords of ``wireless.v1.rate_plans.create`` (``CreateRatePlan``)."""

    unique_name: str
    """An application-defined string that uniquely identifies the resource."""
    friendly_name: str
    """A descriptive string that you create to describe the resource."""
    data_enabled: bool
    """Whether SIMs can use GPRS/3G/4G/LTE data connectivity."""
    data_limit: int
    """The total data usage (download and upload combined) in Megabytes that the Network allows during one month on the home network (T-Mobile USA)."""
    data_metering: str
    """The model used to meter data usage."""
    messaging_enabled: bool
    """Whether SIMs can make, send, and receive SMS using Commands."""
    voice_enabled: bool
    """Deprecated."""
    national_roaming_enabled: bool
    """Whether SIMs can roam on networks other than the home network (T-Mobile USA) in the United States."""
    international_roaming: Sequence[str]
    """The list of services that SIMs capable of using GPRS/3G/4G/LTE data connectivity can use outside of the United States."""
    national_roaming_data_limit: int
    """The total data usage (download and upload combined) in Megabytes that the Network allows during one month on non-home networks in the United States."""
    international_roaming_data_limit: int
    """The total data usage (download and upload combined) in Megabytes that the Network allows during one month when roaming outside the United States."""
    data_limit_strategy: str


class RatePlanUpdateParams(TypedDict, total=False):
    """Keywords of ``wireless.v1.rate_plans.update`` (``UpdateRatePlan``)."""

    unique_name: str
    """An application-defined string that uniquely identifies the resource."""
    friendly_name: str
    """A descriptive string that you create to describe the resource."""


_LIST_LIST: Operation[RatePlan] = Operation(
    id="wireless.v1.rate_plans.list",
    method="GET",
    product="wireless",
    path="/v1/RatePlans",
    spec="wireless_v1",
    record=RatePlan,
    paging="meta",
    envelope="rate_plans",
)


_LIST_CREATE: Operation[RatePlan] = Operation(
    id="wireless.v1.rate_plans.create",
    method="POST",
    product="wireless",
    path="/v1/RatePlans",
    spec="wireless_v1",
    record=RatePlan,
    form={
        "unique_name": "UniqueName",
        "friendly_name": "FriendlyName",
        "data_enabled": "DataEnabled",
        "data_limit": "DataLimit",
        "data_metering": "DataMetering",
        "messaging_enabled": "MessagingEnabled",
        "voice_enabled": "VoiceEnabled",
        "national_roaming_enabled": "NationalRoamingEnabled",
        "international_roaming": "InternationalRoaming",
        "national_roaming_data_limit": "NationalRoamingDataLimit",
        "international_roaming_data_limit": "InternationalRoamingDataLimit",
        "data_limit_strategy": "DataLimitStrategy",
    },
)


_CONTEXT_FETCH: Operation[RatePlan] = Operation(
    id="wireless.v1.rate_plans.fetch",
    method="GET",
    product="wireless",
    path="/v1/RatePlans/{Sid}",
    spec="wireless_v1",
    record=RatePlan,
)


_CONTEXT_UPDATE: Operation[RatePlan] = Operation(
    id="wireless.v1.rate_plans.update",
    method="POST",
    product="wireless",
    path="/v1/RatePlans/{Sid}",
    spec="wireless_v1",
    record=RatePlan,
    form={
        "unique_name": "UniqueName",
        "friendly_name": "FriendlyName",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="wireless.v1.rate_plans.delete",
    method="DELETE",
    product="wireless",
    path="/v1/RatePlans/{Sid}",
    spec="wireless_v1",
)


class RatePlanContext(Resource):
    """One ``RatePlans`` record: sid."""

    _path = "/v1/RatePlans/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> RatePlan:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[RatePlanUpdateParams]) -> RatePlan:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class RatePlanList(CreateMany[RatePlanCreateParams, RatePlan], Resource):
    """``RatePlans`` (call it with a sid)."""

    _path = "/v1/RatePlans"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> RatePlanContext:
        """The record with this ``sid``."""
        return self._child(RatePlanContext, sid=sid)

    async def create(self, **params: Unpack[RatePlanCreateParams]) -> RatePlan:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[RatePlan]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[RatePlan]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[RatePlan]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
