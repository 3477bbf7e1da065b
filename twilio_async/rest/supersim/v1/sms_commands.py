# Generated from specs/twilio-oai/twilio_supersim_v1.json by codegen; do not edit.
"""Supersim v1: SmsCommand (SmsCommands) on supersim.twilio.com."""

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
    "SmsCommand",
    "SmsCommandContext",
    "SmsCommandCreateParams",
    "SmsCommandDirection",
    "SmsCommandList",
    "SmsCommandListParams",
    "SmsCommandStatus",
]


class SmsCommandDirection(OpenEnum):
    """``sms_command_enum_direction``."""

    TO_SIM = "to_sim"
    FROM_SIM = "from_sim"


class SmsCommandStatus(OpenEnum):
    """``sms_command_enum_status``."""

    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
    RECEIVED = "received"
    FAILED = "failed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SmsCommand(Record):
    """Record ``supersim.v1.sms_command`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    sim_sid: str | None = None
    payload: str | None = None
    status: SmsCommandStatus | None = None
    direction: SmsCommandDirection | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class SmsCommandListParams(TypedDict, total=False):
    """Keywords of ``supersim.v1.sms_commands.list`` (``ListSmsCommand``)."""

    sim: str
    """The SID or unique name of the Sim resource that SMS Command was sent to or from."""
    status: str
    """The status of the SMS Command."""
    direction: str
    """The direction of the SMS Command."""


class SmsCommandCreateParams(TypedDict, total=False):
    """Keywords of ``supersim.v1.sms_commands.create`` (``CreateSmsCommand``)."""

    sim: Required[str]
    """The `sid` or `unique_name` of the SIM to send the SMS Command to."""
    payload: Required[str]
    """The message body of the SMS Command."""
    callback_method: str
    """The HTTP method we should use to call `callback_url`."""
    callback_url: str
    """The URL we should call using the `callback_method` after we have sent the command."""


_LIST_LIST: Operation[SmsCommand] = Operation(
    id="supersim.v1.sms_commands.list",
    method="GET",
    product="supersim",
    path="/v1/SmsCommands",
    spec="supersim_v1",
    record=SmsCommand,
    query={
        "sim": "Sim",
        "status": "Status",
        "direction": "Direction",
    },
    paging="meta",
    envelope="sms_commands",
)


_LIST_CREATE: Operation[SmsCommand] = Operation(
    id="supersim.v1.sms_commands.create",
    method="POST",
    product="supersim",
    path="/v1/SmsCommands",
    spec="supersim_v1",
    record=SmsCommand,
    form={
        "sim": "Sim",
        "payload": "Payload",
        "callback_method": "CallbackMethod",
        "callback_url": "CallbackUrl",
    },
    required=frozenset(["payload", "sim"]),
)


_CONTEXT_FETCH: Operation[SmsCommand] = Operation(
    id="supersim.v1.sms_commands.fetch",
    method="GET",
    product="supersim",
    path="/v1/SmsCommands/{Sid}",
    spec="supersim_v1",
    record=SmsCommand,
)


class SmsCommandContext(Resource):
    """One ``SmsCommands`` record: sid."""

    _path = "/v1/SmsCommands/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> SmsCommand:
        """Fetch SMS Command instance from your account."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class SmsCommandList(CreateMany[SmsCommandCreateParams, SmsCommand], Resource):
    """``SmsCommands`` (call it with a sid)."""

    _path = "/v1/SmsCommands"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> SmsCommandContext:
        """The record with this ``sid``."""
        return self._child(SmsCommandContext, sid=sid)

    async def create(self, **params: Unpack[SmsCommandCreateParams]) -> SmsCommand:
        """Send SMS Command to a Sim."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[SmsCommandListParams],
    ) -> AsyncIterator[SmsCommand]:
        """Retrieve a list of SMS Commands from your account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[SmsCommandListParams],
    ) -> Page[SmsCommand]:
        """Retrieve a list of SMS Commands from your account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[SmsCommandListParams],
    ) -> list[SmsCommand]:
        """Retrieve a list of SMS Commands from your account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
