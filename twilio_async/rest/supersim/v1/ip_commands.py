# Generated from specs/twilio-oai/twilio_supersim_v1.json by codegen; do not edit.
"""Supersim v1: IpCommand (IpCommands) on supersim.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "IpCommand",
    "IpCommandContext",
    "IpCommandCreateParams",
    "IpCommandDirection",
    "IpCommandList",
    "IpCommandListParams",
    "IpCommandPayloadType",
    "IpCommandStatus",
]


class IpCommandDirection(OpenEnum):
    """``ip_command_enum_direction``."""

    TO_SIM = "to_sim"
    FROM_SIM = "from_sim"


class IpCommandPayloadType(OpenEnum):
    """``ip_command_enum_payload_type``."""

    TEXT = "text"
    BINARY = "binary"


class IpCommandStatus(OpenEnum):
    """``ip_command_enum_status``."""

    QUEUED = "queued"
    SENT = "sent"
    RECEIVED = "received"
    FAILED = "failed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class IpCommand(Record):
    """Record ``supersim.v1.ip_command`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    sim_sid: str | None = None
    sim_iccid: str | None = None
    status: IpCommandStatus | None = None
    direction: IpCommandDirection | None = None
    device_ip: str | None = None
    device_port: int | None = None
    payload_type: IpCommandPayloadType | None = None
    payload: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class IpCommandListParams(TypedDict, total=False):
    """Keywords of ``supersim.v1.ip_commands.list`` (``ListIpCommand``)."""

    sim: str
    """The SID or unique name of the Sim resource that IP Command was sent to or from."""
    sim_iccid: str
    """The ICCID of the Sim resource that IP Command was sent to or from."""
    status: str
    """The status of the IP Command."""
    direction: str
    """The direction of the IP Command."""


class IpCommandCreateParams(TypedDict, total=False):
    """Keywords of ``supersim.v1.ip_commands.create`` (``CreateIpCommand``)."""

    sim: Required[str]
    """The `sid` or `unique_name` of the Super SIM to send the IP Command to."""
    payload: Required[str]
    """The data that will be sent to the device."""
    device_port: Required[int]
    """The device port to which the IP Command will be sent."""
    payload_type: str
    callback_url: str
    """The URL we should call using the `callback_method` after we have sent the IP Command."""
    callback_method: str
    """The HTTP method we should use to call `callback_url`."""


_LIST_LIST: Operation[IpCommand] = Operation(
    id="supersim.v1.ip_commands.list",
    method="GET",
    product="supersim",
    path="/v1/IpCommands",
    spec="supersim_v1",
    record=IpCommand,
    query={
        "sim": "Sim",
        "sim_iccid": "SimIccid",
        "status": "Status",
        "direction": "Direction",
    },
    paging="meta",
    envelope="ip_commands",
)


_LIST_CREATE: Operation[IpCommand] = Operation(
    id="supersim.v1.ip_commands.create",
    method="POST",
    product="supersim",
    path="/v1/IpCommands",
    spec="supersim_v1",
    record=IpCommand,
    form={
        "sim": "Sim",
        "payload": "Payload",
        "device_port": "DevicePort",
        "payload_type": "PayloadType",
        "callback_url": "CallbackUrl",
        "callback_method": "CallbackMethod",
    },
    required=frozenset(["device_port", "payload", "sim"]),
)


_CONTEXT_FETCH: Operation[IpCommand] = Operation(
    id="supersim.v1.ip_commands.fetch",
    method="GET",
    product="supersim",
    path="/v1/IpCommands/{Sid}",
    spec="supersim_v1",
    record=IpCommand,
)


class IpCommandContext(Resource):
    """One ``IpCommands`` record: sid."""

    _path = "/v1/IpCommands/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> IpCommand:
        """Fetch IP Command instance from your account."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class IpCommandList(CreateMany[IpCommandCreateParams, IpCommand], Resource):
    """``IpCommands`` (call it with a sid)."""

    _path = "/v1/IpCommands"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> IpCommandContext:
        """The record with this ``sid``."""
        return self._child(IpCommandContext, sid=sid)

    async def create(self, **params: Unpack[IpCommandCreateParams]) -> IpCommand:
        """Send an IP Command to a Super SIM."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[IpCommandListParams],
    ) -> AsyncIterator[IpCommand]:
        """Retrieve a list of IP Commands from your account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[IpCommandListParams],
    ) -> Page[IpCommand]:
        """Retrieve a list of IP Commands from your account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[IpCommandListParams],
    ) -> list[IpCommand]:
        """Retrieve a list of IP Commands from your account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
