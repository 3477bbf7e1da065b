# Generated from specs/twilio-oai/twilio_supersim_v1.json by codegen; do not edit.
"""Supersim v1: Fleet (Fleets) on supersim.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import HttpMethod, OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "Fleet",
    "FleetContext",
    "FleetCreateParams",
    "FleetDataMetering",
    "FleetList",
    "FleetListParams",
    "FleetUpdateParams",
]


class FleetDataMetering(OpenEnum):
    """``fleet_enum_data_metering``."""

    PAYG = "payg"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Fleet(Record):
    """Record ``supersim.v1.fleet`` (every field but ``account_sid``, ``sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    sid: str
    unique_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    data_enabled: bool | None = None
    data_limit: int | None = None
    data_metering: FleetDataMetering | None = None
    sms_commands_enabled: bool | None = None
    sms_commands_url: str | None = None
    sms_commands_method: HttpMethod | None = None
    network_access_profile_sid: str | None = None
    ip_commands_url: str | None = None
    ip_commands_method: HttpMethod | None = None


class FleetListParams(TypedDict, total=False):
    """Keywords of ``supersim.v1.fleets.list`` (``ListFleet``)."""

    network_access_profile: str
    """The SID or unique name of the Network Access Profile that controls which cellular networks the Fleet's SIMs can connect to."""


class FleetCreateParams(TypedDict, total=False):
    """Keywords of ``supersim.v1.fleets.create`` (``CreateFleet``)."""

    network_access_profile: Required[str]
    """The SID or unique name of the Network Access Profile that will control which cellular networks the Fleet's SIMs can connect to."""
    unique_name: str
    """An application-defined string that uniquely identifies the resource."""
    data_enabled: bool
    """Defines whether SIMs in the Fleet are capable of using 2G/3G/4G/LTE/CAT-M data connectivity."""
    data_limit: int
    """The total data usage (download and upload combined) in Megabytes that each Super SIM assigned to the Fleet can consume during a billing period (nor..."""
    ip_commands_url: str
    """The URL that will receive a webhook when a Super SIM in the Fleet is used to send an IP Command from your device to a special IP address."""
    ip_commands_method: str
    """A string representing the HTTP method to use when making a request to `ip_commands_url`."""
    sms_commands_enabled: bool
    """Defines whether SIMs in the Fleet are capable of sending and receiving machine-to-machine SMS via Commands."""
    sms_commands_url: str
    """The URL that will receive a webhook when a Super SIM in the Fleet is used to send an SMS from your device to the SMS Commands number."""
    sms_commands_method: str
    """A string representing the HTTP method to use when making a request to `sms_commands_url`."""


class FleetUpdateParams(TypedDict, total=False):
    """Keywords of ``supersim.v1.fleets.update`` (``UpdateFleet``)."""

    unique_name: str
    """An application-defined string that uniquely identifies the resource."""
    network_access_profile: str
    """The SID or unique name of the Network Access Profile that will control which cellular networks the Fleet's SIMs can connect to."""
    ip_commands_url: str
    """The URL that will receive a webhook when a Super SIM in the Fleet is used to send an IP Command from your device to a special IP address."""
    ip_commands_method: str
    """A string representing the HTTP method to use when making a request to `ip_commands_url`."""
    sms_commands_url: str
    """The URL that will receive a webhook when a Super SIM in the Fleet is used to send an SMS from your device to the SMS Commands number."""
    sms_commands_method: str
    """A string representing the HTTP method to use when making a request to `sms_commands_url`."""
    data_limit: int
    """The total data usage (download and upload combined) in Megabytes that each Super SIM assigned to the Fleet can consume during a billing period (nor..."""


_LIST_LIST: Operation[Fleet] = Operation(
    id="supersim.v1.fleets.list",
    method="GET",
    product="supersim",
    path="/v1/Fleets",
    spec="supersim_v1",
    record=Fleet,
    query={
        "network_access_profile": "NetworkAccessProfile",
    },
    paging="meta",
    envelope="fleets",
)


_LIST_CREATE: Operation[Fleet] = Operation(
    id="supersim.v1.fleets.create",
    method="POST",
    product="supersim",
    path="/v1/Fleets",
    spec="supersim_v1",
    record=Fleet,
    form={
        "network_access_profile": "NetworkAccessProfile",
        "unique_name": "UniqueName",
        "data_enabled": "DataEnabled",
        "data_limit": "DataLimit",
        "ip_commands_url": "IpCommandsUrl",
        "ip_commands_method": "IpCommandsMethod",
        "sms_commands_enabled": "SmsCommandsEnabled",
        "sms_commands_url": "SmsCommandsUrl",
        "sms_commands_method": "SmsCommandsMethod",
    },
    required=frozenset(["network_access_profile"]),
)


_CONTEXT_FETCH: Operation[Fleet] = Operation(
    id="supersim.v1.fleets.fetch",
    method="GET",
    product="supersim",
    path="/v1/Fleets/{Sid}",
    spec="supersim_v1",
    record=Fleet,
)


_CONTEXT_UPDATE: Operation[Fleet] = Operation(
    id="supersim.v1.fleets.update",
    method="POST",
    product="supersim",
    path="/v1/Fleets/{Sid}",
    spec="supersim_v1",
    record=Fleet,
    form={
        "unique_name": "UniqueName",
        "network_access_profile": "NetworkAccessProfile",
        "ip_commands_url": "IpCommandsUrl",
        "ip_commands_method": "IpCommandsMethod",
        "sms_commands_url": "SmsCommandsUrl",
        "sms_commands_method": "SmsCommandsMethod",
        "data_limit": "DataLimit",
    },
)


class FleetContext(Resource):
    """One ``Fleets`` record: sid."""

    _path = "/v1/Fleets/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Fleet:
        """Fetch a Fleet instance from your account."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[FleetUpdateParams]) -> Fleet:
        """Updates the given properties of a Super SIM Fleet instance from your account."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class FleetList(CreateMany[FleetCreateParams, Fleet], Resource):
    """``Fleets`` (call it with a sid)."""

    _path = "/v1/Fleets"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> FleetContext:
        """The record with this ``sid``."""
        return self._child(FleetContext, sid=sid)

    async def create(self, **params: Unpack[FleetCreateParams]) -> Fleet:
        """Create a Fleet."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[FleetListParams],
    ) -> AsyncIterator[Fleet]:
        """Retrieve a list of Fleets from your account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[FleetListParams],
    ) -> Page[Fleet]:
        """Retrieve a list of Fleets from your account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[FleetListParams],
    ) -> list[Fleet]:
        """Retrieve a list of Fleets from your account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
