# Generated from specs/twilio-oai/twilio_supersim_v1.json by codegen; do not edit.
"""Supersim v1: SettingsUpdate (SettingsUpdates) on supersim.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "SettingsUpdate",
    "SettingsUpdateList",
    "SettingsUpdateListParams",
    "SettingsUpdateStatus",
]


class SettingsUpdateStatus(OpenEnum):
    """``settings_update_enum_status``."""

    SCHEDULED = "scheduled"
    IN_PROGRESS = "in-progress"
    SUCCESSFUL = "successful"
    FAILED = "failed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SettingsUpdate(Record):
    """Record ``supersim.v1.settings_update`` (every field may be ``None``)."""

    sid: str | None = None
    iccid: str | None = None
    sim_sid: str | None = None
    status: SettingsUpdateStatus | None = None
    packages: list[Any] | None = None
    date_completed: datetime | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None


class SettingsUpdateListParams(TypedDict, total=False):
    """Keywords of ``supersim.v1.settings_updates.list`` (``ListSettingsUpdate``)."""

    sim: str
    """Filter the Settings Updates by a Super SIM's SID or UniqueName."""
    status: str
    """Filter the Settings Updates by status."""


_LIST_LIST: Operation[SettingsUpdate] = Operation(
    id="supersim.v1.settings_updates.list",
    method="GET",
    product="supersim",
    path="/v1/SettingsUpdates",
    spec="supersim_v1",
    record=SettingsUpdate,
    query={
        "sim": "Sim",
        "status": "Status",
    },
    paging="meta",
    envelope="settings_updates",
)


class SettingsUpdateList(Resource):
    """``SettingsUpdates``."""

    _path = "/v1/SettingsUpdates"

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[SettingsUpdateListParams],
    ) -> AsyncIterator[SettingsUpdate]:
        """Retrieve a list of Settings Updates. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[SettingsUpdateListParams],
    ) -> Page[SettingsUpdate]:
        """Retrieve a list of Settings Updates. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[SettingsUpdateListParams],
    ) -> list[SettingsUpdate]:
        """Retrieve a list of Settings Updates. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
