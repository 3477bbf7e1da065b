# Generated from specs/twilio-oai/twilio_preview.json by codegen; do not edit.
"""Preview wireless: Command (Commands) on preview.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["Command", "CommandContext", "CommandCreateParams", "CommandList", "CommandListParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Command(Record):
    """Record ``preview.wireless.command`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    device_sid: str | None = None
    sim_sid: str | None = None
    command: str | None = None
    command_mode: str | None = None
    status: str | None = None
    direction: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class CommandListParams(TypedDict, total=False):
    """Keywords of ``preview.wireless.commands.list`` (``ListWirelessCommand``)."""

    device: str
    sim: str
    status: str
    direction: str


class CommandCreateParams(TypedDict, total=False):
    """Keywords of ``preview.wireless.commands.create`` (``CreateWirelessCommand``)."""

    command: Required[str]
    device: str
    sim: str
    callback_method: str
    callback_url: str
    command_mode: str
    include_sid: str


_CONTEXT_FETCH: Operation[Command] = Operation(
    id="preview.wireless.commands.fetch",
    method="GET",
    product="preview",
    path="/wireless/Commands/{Sid}",
    spec="preview",
    record=Command,
)


_LIST_LIST: Operation[Command] = Operation(
    id="preview.wireless.commands.list",
    method="GET",
    product="preview",
    path="/wireless/Commands",
    spec="preview",
    record=Command,
    query={
        "device": "Device",
        "sim": "Sim",
        "status": "Status",
        "direction": "Direction",
    },
    paging="meta",
    envelope="commands",
)


_LIST_CREATE: Operation[Command] = Operation(
    id="preview.wireless.commands.create",
    method="POST",
    product="preview",
    path="/wireless/Commands",
    spec="preview",
    record=Command,
    form={
        "command": "Command",
        "device": "Device",
        "sim": "Sim",
        "callback_method": "CallbackMethod",
        "callback_url": "CallbackUrl",
        "command_mode": "CommandMode",
        "include_sid": "IncludeSid",
    },
    required=frozenset(["command"]),
)


class CommandContext(Resource):
    """One ``Commands`` record: sid."""

    _path = "/wireless/Commands/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Command:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class CommandList(CreateMany[CommandCreateParams, Command], Resource):
    """``Commands`` (call it with a sid)."""

    _path = "/wireless/Commands"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> CommandContext:
        """The record with this ``sid``."""
        return self._child(CommandContext, sid=sid)

    async def create(self, **params: Unpack[CommandCreateParams]) -> Command:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CommandListParams],
    ) -> AsyncIterator[Command]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[CommandListParams],
    ) -> Page[Command]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CommandListParams],
    ) -> list[Command]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
