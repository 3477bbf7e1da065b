# Generated from specs/twilio-oai/twilio_wireless_v1.json by codegen; do not edit.
"""Wireless v1: Sim (Sims) on wireless.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._enums import HttpMethod, OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.wireless.v1.sims_data_sessions import DataSessionList
    from twilio_async.rest.wireless.v1.sims_usage_records import UsageRecordList

__all__ = [
    "Sim",
    "SimContext",
    "SimList",
    "SimListParams",
    "SimResetStatus",
    "SimStatus",
    "SimUpdateParams",
]


class SimResetStatus(OpenEnum):
    """``sim_enum_reset_status``."""

    RESETTING = "resetting"


class SimStatus(OpenEnum):
    """``sim_enum_status``."""

    NEW = "new"
    READY = "ready"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    DEACTIVATED = "deactivated"
    CANCELED = "canceled"
    SCHEDULED = "scheduled"
    UPDATING = "updating"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Sim(Record):
    """Record ``wireless.v1.sim`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    unique_name: str | None = None
    account_sid: str
    rate_plan_sid: str | None = None
    friendly_name: str | None = None
    iccid: str | None = None
    e_id: str | None = None
    status: SimStatus | None = None
    reset_status: SimResetStatus | None = None
    commands_callback_url: str | None = None
    commands_callback_method: HttpMethod | None = None
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
    ip_address: str | None = None


class SimUpdateParams(TypedDict, total=False):
    """Keywords of ``wireless.v1.sims.update`` (``UpdateSim``)."""

    unique_name: str
    """An application-defined string that uniquely identifies the resource."""
    callback_method: str
    """The HTTP method we should use to call `callback_url`."""
    callback_url: str
    """The URL we should call using the `callback_url` when the SIM has finished updating."""
    friendly_name: str
    """A descriptive string that you create to describe the Sim resource."""
    rate_plan: str
    """The SID or unique name of the RatePlan resource to which the Sim resource should be assigned."""
    status: str
    commands_callback_method: str
    """The HTTP method we should use to call `commands_callback_url`."""
    commands_callback_url: str
    """The URL we should call using the `commands_callback_method` when the SIM sends a Command."""
    sms_fallback_method: str
    """The HTTP method we should use to call `sms_fallback_url`."""
    sms_fallback_url: str
    """The URL we should call using the `sms_fallback_method` when an error occurs while retrieving or executing the TwiML requested from `sms_url`."""
    sms_method: str
    """The HTTP method we should use to call `sms_url`."""
    sms_url: str
    """The URL we should call using the `sms_method` when the SIM-connected device sends an SMS message that is not a Command."""
    voice_fallback_method: str
    """Deprecated."""
    voice_fallback_url: str
    """Deprecated."""
    voice_method: str
    """Deprecated."""
    voice_url: str
    """Deprecated."""
    reset_status: str
    account_sid: str
    """The SID of the Account to which the Sim resource should belong."""


class SimListParams(TypedDict, total=False):
    """Keywords of ``wireless.v1.sims.list`` (``ListSim``)."""

    status: str
    """Only return Sim resources with this status."""
    iccid: str
    """Only return Sim resources with this ICCID."""
    rate_plan: str
    """The SID or unique name of a RatePlan resource."""
    e_id: str
    """Deprecated."""
    sim_registration_code: str
    """Only return Sim resources with this registration code."""


_CONTEXT_FETCH: Operation[Sim] = Operation(
    id="wireless.v1.sims.fetch",
    method="GET",
    product="wireless",
    path="/v1/Sims/{Sid}",
    spec="wireless_v1",
    record=Sim,
)


_CONTEXT_UPDATE: Operation[Sim] = Operation(
    id="wireless.v1.sims.update",
    method="POST",
    product="wireless",
    path="/v1/Sims/{Sid}",
    spec="wireless_v1",
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
        "reset_status": "ResetStatus",
        "account_sid": "AccountSid",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="wireless.v1.sims.delete",
    method="DELETE",
    product="wireless",
    path="/v1/Sims/{Sid}",
    spec="wireless_v1",
)


_LIST_LIST: Operation[Sim] = Operation(
    id="wireless.v1.sims.list",
    method="GET",
    product="wireless",
    path="/v1/Sims",
    spec="wireless_v1",
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

    _path = "/v1/Sims/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Sim:
        """Fetch a Sim resource on your Account."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[SimUpdateParams]) -> Sim:
        """Updates the given properties of a Sim resource on your Account."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a Sim resource on your Account."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def data_sessions(self) -> DataSessionList:
        """``Sims/SimSid/DataSessions``."""
        from twilio_async.rest.wireless.v1.sims_data_sessions import DataSessionList

        return self._child(DataSessionList)

    @property
    def usage_records(self) -> UsageRecordList:
        """``Sims/SimSid/UsageRecords``."""
        from twilio_async.rest.wireless.v1.sims_usage_records import UsageRecordList

        return self._child(UsageRecordList)


class SimList(Resource):
    """``Sims`` (call it with a sid)."""

    _path = "/v1/Sims"

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
        """Retrieve a list of Sim resources on your Account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[SimListParams],
    ) -> Page[Sim]:
        """Retrieve a list of Sim resources on your Account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[SimListParams],
    ) -> list[Sim]:
        """Retrieve a list of Sim resources on your Account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
