# Generated from specs/twilio-oai/twilio_supersim_v1.json by codegen; do not edit.
"""Supersim v1: Sim (Sims) on supersim.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.supersim.v1.sims_billing_periods import BillingPeriodList
    from twilio_async.rest.supersim.v1.sims_ip_addresses import SimIpAddressList

__all__ = [
    "Sim",
    "SimContext",
    "SimCreateParams",
    "SimList",
    "SimListParams",
    "SimStatus",
    "SimUpdateParams",
]


class SimStatus(OpenEnum):
    """``sim_enum_status``."""

    NEW = "new"
    READY = "ready"
    ACTIVE = "active"
    INACTIVE = "inactive"
    SCHEDULED = "scheduled"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Sim(Record):
    """Record ``supersim.v1.sim`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    unique_name: str | None = None
    account_sid: str
    iccid: str | None = None
    status: SimStatus | None = None
    fleet_sid: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


class SimListParams(TypedDict, total=False):
    """Keywords of ``supersim.v1.sims.list`` (``ListSim``)."""

    status: str
    """The status of the Sim resources to read."""
    fleet: str
    """The SID or unique name of the Fleet to which a list of Sims are assigned."""
    iccid: str
    """The ICCID associated with a Super SIM to filter the list by."""


class SimCreateParams(TypedDict, total=False):
    """Keywords of ``supersim.v1.sims.create`` (``CreateSim``)."""

    iccid: Required[str]
    """The ICCID of the Super SIM to be added to your Account."""
    registration_code: Required[str]
    """The 10-digit code required to claim the Super SIM for your Account."""


class SimUpdateParams(TypedDict, total=False):
    """Keywords of ``supersim.v1.sims.update`` (``UpdateSim``)."""

    unique_name: str
    """An application-defined string that uniquely identifies the resource."""
    status: str
    fleet: str
    """The SID or unique name of the Fleet to which the SIM resource should be assigned."""
    callback_url: str
    """The URL we should call using the `callback_method` after an asynchronous update has finished."""
    callback_method: str
    """The HTTP method we should use to call `callback_url`."""
    account_sid: str
    """The SID of the Account to which the Sim resource should belong."""


_LIST_LIST: Operation[Sim] = Operation(
    id="supersim.v1.sims.list",
    method="GET",
    product="supersim",
    path="/v1/Sims",
    spec="supersim_v1",
    record=Sim,
    query={
        "status": "Status",
        "fleet": "Fleet",
        "iccid": "Iccid",
    },
    paging="meta",
    envelope="sims",
)


_LIST_CREATE: Operation[Sim] = Operation(
    id="supersim.v1.sims.create",
    method="POST",
    product="supersim",
    path="/v1/Sims",
    spec="supersim_v1",
    record=Sim,
    form={
        "iccid": "Iccid",
        "registration_code": "RegistrationCode",
    },
    required=frozenset(["iccid", "registration_code"]),
)


_CONTEXT_FETCH: Operation[Sim] = Operation(
    id="supersim.v1.sims.fetch",
    method="GET",
    product="supersim",
    path="/v1/Sims/{Sid}",
    spec="supersim_v1",
    record=Sim,
)


_CONTEXT_UPDATE: Operation[Sim] = Operation(
    id="supersim.v1.sims.update",
    method="POST",
    product="supersim",
    path="/v1/Sims/{Sid}",
    spec="supersim_v1",
    record=Sim,
    form={
        "unique_name": "UniqueName",
        "status": "Status",
        "fleet": "Fleet",
        "callback_url": "CallbackUrl",
        "callback_method": "CallbackMethod",
        "account_sid": "AccountSid",
    },
)


class SimContext(Resource):
    """One ``Sims`` record: sid."""

    _path = "/v1/Sims/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Sim:
        """Fetch a Super SIM instance from your account."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[SimUpdateParams]) -> Sim:
        """Updates the given properties of a Super SIM instance from your account."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    @property
    def billing_periods(self) -> BillingPeriodList:
        """``Sims/SimSid/BillingPeriods``."""
        from twilio_async.rest.supersim.v1.sims_billing_periods import BillingPeriodList

        return self._child(BillingPeriodList)

    @property
    def sim_ip_addresses(self) -> SimIpAddressList:
        """``Sims/SimSid/IpAddresses``."""
        from twilio_async.rest.supersim.v1.sims_ip_addresses import SimIpAddressList

        return self._child(SimIpAddressList)


class SimList(CreateMany[SimCreateParams, Sim], Resource):
    """``Sims`` (call it with a sid)."""

    _path = "/v1/Sims"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> SimContext:
        """The record with this ``sid``."""
        return self._child(SimContext, sid=sid)

    async def create(self, **params: Unpack[SimCreateParams]) -> Sim:
        """Register a Super SIM to your Account."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[SimListParams],
    ) -> AsyncIterator[Sim]:
        """Retrieve a list of Super SIMs from your account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[SimListParams],
    ) -> Page[Sim]:
        """Retrieve a list of Super SIMs from your account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[SimListParams],
    ) -> list[Sim]:
        """Retrieve a list of Super SIMs from your account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
