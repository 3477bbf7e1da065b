# Generated from specs/twilio-oai/twilio_preview.json by codegen; do not edit.
"""Preview wireless: Sim (Sims) on preview.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._enums import HttpMethod
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.preview.wireless.sims_usage import UsageList

__all__ = ["Sim", "SimContext", "SimList", "SimListParams", "SimUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Sim(Record):
    """Record ``preview.wireless.sim`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    unique_name: str | None = None
    account_sid: str
    rate_plan_sid: str | None = None
    friendly_name: str | None = None
    iccid: str | None = None
    e_id: str | None = None
    status: str | None = None
    commands_callback_url: str | None = None
    commands_callback_method: str | None = None
    sms_fallback_method: HttpMethod | None = None
    sms_fallback_url: str | None = None
    sms_method: HttpMethod | None = None
    sms_url: str | None = None
    voice_fallback_method: HttpMethod | None = None
    voice_fallback_url: str | None = None
    voice_method: HttpMethod | None = None
    voice_url: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


class SimUpdateParams(TypedDict, total=False):
    """Keywords of ``preview.wireless.sims.update`` (``UpdateWirelessSim``)."""

    unique_name: str
    callback_method: str
    callback_url: str
    friendly_name: str
    rate_plan: str
    status: str
    commands_callback_method: str
    commands_callback_url: str
    sms_fallback_method: str
    sms_fallback_url: str
    sms_method: str
    sms_url: str
    voice_fallback_method: str
    voice_fallback_url: str
    voice_method: str
    voice_url: str


class SimListParams(TypedDict, total=False):
    """Keywords of ``preview.wireless.sims.list`` (``ListWirelessSim``)."""

    status: str
    iccid: str
    rate_plan: str
    e_id: str
    sim_registration_code: str


_CONTEXT_FETCH: Operation[Sim] = Operation(
    id="preview.wireless.sims.fetch",
    method="GET",
    product="preview",
    path="/wireless/Sims/{Sid}",
    spec="preview",
    record=Sim,
)


_CONTEXT_UPDATE: Operation[Sim] = Operation(
    id="preview.wireless.sims.update",
    method="POST",
    product="preview",
    path="/wireless/Sims/{Sid}",
    spec="preview",
    record=Sim,
    form={
        "unique_name": "UniqueName",
        "callback_method": "CallbackMethod",
        "callback_url": "CallbackUrl",
        "friendly_name": "FriendlyName",
        "rate_plan": "RatePlan",
        "status": "Status",
        "commands_callback_method": "CommandsCallbackMethod",
        "commands_callback_url": "CommandsCallbackUrl",
        "sms_fallback_method": "SmsFallbackMethod",
        "sms_fallback_url": "SmsFallbackUrl",
        "sms_method": "SmsMethod",
        "sms_url": "SmsUrl",
        "voice_fallback_method": "VoiceFallbackMethod",
        "voice_fallback_url": "VoiceFallbackUrl",
        "voice_method": "VoiceMethod",
        "voice_url": "VoiceUrl",
    },
)


_LIST_LIST: Operation[Sim] = Operation(
    id="preview.wireless.sims.list",
    method="GET",
    product="preview",
    path="/wireless/Sims",
    spec="preview",
    record=Sim,
    query={
        "status": "Status",
        "iccid": "Iccid",
        "rate_plan": "RatePlan",
        "e_id": "EId",
        "sim_registration_code": "SimRegistrationCode",
    },
    paging="meta",
    envelope="sims",
)


class SimContext(Resource):
    """One ``Sims`` record: sid."""

    _path = "/wireless/Sims/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Sim:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[SimUpdateParams]) -> Sim:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    @property
    def usage(self) -> UsageList:
        """``Sims/SimSid/Usage``."""
        from twilio_async.rest.preview.wireless.sims_usage import UsageList

        return self._child(UsageList)


class SimList(Resource):
    """``Sims`` (call it with a sid)."""

    _path = "/wireless/Sims"

    def __call__(self, sid: str) -> SimContext:
        """The record with this ``sid``."""
        return self._child(SimContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[SimListParams],
    ) -> AsyncIterator[Sim]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[SimListParams],
    ) -> Page[Sim]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[SimListParams],
    ) -> list[Sim]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
