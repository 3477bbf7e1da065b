# Generated from specs/twilio-oai/twilio_wireless_v1.json by codegen; do not edit.
"""Wireless v1: Command (Commands) on wireless.twilio.com."""

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
    "Command",
    "CommandCommandMode",
    "CommandContext",
    "CommandCreateParams",
    "CommandDirection",
    "CommandList",
    "CommandListParams",
    "CommandStatus",
    "CommandTransport",
]


class CommandCommandMode(OpenEnum):
    """``command_enum_command_mode``."""

    TEXT = "text"
    BINARY = "binary"


class CommandDirection(OpenEnum):
    """``command_enum_direction``."""

    FROM_SIM = "from_sim"
    TO_SIM = "to_sim"


class CommandStatus(OpenEnum):
    """``command_enum_status``."""

    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
    RECEIVED = "received"
    FAILED = "failed"


class CommandTransport(OpenEnum):
    """``command_enum_transport``."""

    SMS = "sms"
    IP = "ip"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Command(Record):
    """Record ``wireless.v1.command`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    sim_sid: str | None = None
    command: str | None = None
    command_mode: CommandCommandMode | None = None
    transport: CommandTransport | None = None
    delivery_receipt_requested: bool | None = None
    status: CommandStatus | None = None
    direction: CommandDirection | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class CommandListParams(TypedDict, total=False):
    """Keywords of ``wireless.v1.commands.list`` (``ListCommand``)."""

    sim: str
    """The `sid` or `unique_name` of the Sim resources to read."""
    status: str
    """The status of the resources to read."""
    direction: str
    """Only return Commands with this direction value."""
    transport: str
    """Only return Commands with this transport value."""


class CommandCreateParams(TypedDict, total=False):
    """Keywords of ``wireless.v1.commands.create`` (``CreateCommand``)."""

    command: Required[str]
    """The message body of the Command."""
    sim: str
    """The `sid` or `unique_name` of the SIM to send the Command to."""
    callback_method: str
    """The HTTP method we use to call `callback_url`."""
    callback_url: str
    """The URL we call using the `callback_url` when the Command has finished sending, whether the command was delivered or it failed."""
    command_mode: str
    include_sid: str
    """Whether to include the SID of the command in the message body."""
    delivery_receipt_requested: bool
    """Whether to request delivery receipt from the recipient."""


_CONTEXT_FETCH: Operation[Command] = Operation(
    id="wireless.v1.commands.fetch",
    method="GET",
    product="wireless",
    path="/v1/Commands/{Sid}",
    spec="wireless_v1",
    record=Command,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="wireless.v1.commands.delete",
    method="DELETE",
    product="wireless",
    path="/v1/Commands/{Sid}",
    spec="wireless_v1",
)


_LIST_LIST: Operation[Command] = Operation(
    id="wireless.v1.commands.list",
    method="GET",
    product="wireless",
    path="/v1/Commands",
    spec="wireless_v1",
    record=Command,
    query={
        "sim": "Sim",
        "status": "Status",
        "direction": "Direction",
        "transport": "Transport",
    },
    paging="meta",
    envelope="commands",
)


_LIST_CREATE: Operation[Command] = Operation(
    id="wireless.v1.commands.create",
    method="POST",
    product="wireless",
    path="/v1/Commands",
    spec="wireless_v1",
    record=Command,
    form={
        "command": "Command",
        "sim": "Sim",
        "callback_method": "CallbackMethod",
        "callback_url": "CallbackUrl",
        "command_mode": "CommandMode",
        "include_sid": "IncludeSid",
        "delivery_receipt_requested": "DeliveryReceiptRequested",
    },
    required=frozenset(["command"]),
)


class CommandContext(Resource):
    """One ``Commands`` record: sid."""

    _path = "/v1/Commands/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Command:
        """Fetch a Command instance from your account."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Delete a Command instance from your account."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class CommandList(CreateMany[CommandCreateParams, Command], Resource):
    """``Commands`` (call it with a sid)."""

    _path = "/v1/Commands"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> CommandContext:
        """The record with this ``sid``."""
        return self._child(CommandContext, sid=sid)

    async def create(self, **params: Unpack[CommandCreateParams]) -> Command:
        """Send a Command to a Sim."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CommandListParams],
    ) -> AsyncIterator[Command]:
        """Retrieve a list of Commands from your account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[CommandListParams],
    ) -> Page[Command]:
        """Retrieve a list of Commands from your account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CommandListParams],
    ) -> list[Command]:
        """Retrieve a list of Commands from your account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
