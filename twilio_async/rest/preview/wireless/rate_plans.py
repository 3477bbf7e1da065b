# Generated from specs/twilio-oai/twilio_preview.json by codegen; do not edit.
"""Preview wireless: RatePlan (RatePlans) on preview.twilio.com."""

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
    """Record ``preview.wireless.rate_plan`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

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
    international_roaming: list[str] | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class RatePlanCreateParams(TypedDict, total=False):
    """Keywords of ``preview.wireless.rate_plans.create`` (``CreateWirelessRatePlan``)."""

    unique_name: str
    friendly_name: str
    data_enabled: bool
    data_limit: int
    data_metering: str
    messaging_enabled: bool
    voice_enabled: bool
    commands_enabled: bool
    national_roaming_enabled: bool
    international_roaming: Sequence[str]


class RatePlanUpdateParams(TypedDict, total=False):
    """Keywords of ``preview.wireless.rate_plans.update`` (``UpdateWirelessRatePlan``)."""

    unique_name: str
    friendly_name: str


_LIST_LIST: Operation[RatePlan] = Operation(
    id="preview.wireless.rate_plans.list",
    method="GET",
    product="preview",
    path="/wireless/RatePlans",
    spec="preview",
    record=RatePlan,
    paging="meta",
    envelope="rate_plans",
)


_LIST_CREATE: Operation[RatePlan] = Operation(
    id="preview.wireless.rate_plans.create",
    method="POST",
    product="preview",
    path="/wireless/RatePlans",
    spec="preview",
    record=RatePlan,
    form={
        "unique_name": "UniqueName",
        "friendly_name": "FriendlyName",
        "data_enabled": "DataEnabled",
        "data_limit": "DataLimit",
        "data_metering": "DataMetering",
        "messaging_enabled": "MessagingEnabled",
        "voice_enabled": "VoiceEnabled",
        "commands_enabled": "CommandsEnabled",
        "national_roaming_enabled": "NationalRoamingEnabled",
        "international_roaming": "InternationalRoaming",
    },
)


_CONTEXT_FETCH: Operation[RatePlan] = Operation(
    id="preview.wireless.rate_plans.fetch",
    method="GET",
    product="preview",
    path="/wireless/RatePlans/{Sid}",
    spec="preview",
    record=RatePlan,
)


_CONTEXT_UPDATE: Operation[RatePlan] = Operation(
    id="preview.wireless.rate_plans.update",
    method="POST",
    product="preview",
    path="/wireless/RatePlans/{Sid}",
    spec="preview",
    record=RatePlan,
    form={
        "unique_name": "UniqueName",
        "friendly_name": "FriendlyName",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="preview.wireless.rate_plans.delete",
    method="DELETE",
    product="preview",
    path="/wireless/RatePlans/{Sid}",
    spec="preview",
)


class RatePlanContext(Resource):
    """One ``RatePlans`` record: sid."""

    _path = "/wireless/RatePlans/{Sid}"

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

    _path = "/wireless/RatePlans"
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
