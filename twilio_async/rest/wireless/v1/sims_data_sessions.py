# Generated from specs/twilio-oai/twilio_wireless_v1.json by codegen; do not edit.
"""Wireless v1: DataSession (Sims/SimSid/DataSessions) on wireless.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource

__all__ = ["DataSession", "DataSessionList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class DataSession(Record):
    """Record ``wireless.v1.sim.data_session`` (every field may be ``None``)."""

    sid: str | None = None
    sim_sid: str | None = None
    account_sid: str | None = None
    radio_link: str | None = None
    operator_mcc: str | None = None
    operator_mnc: str | None = None
    operator_country: str | None = None
    operator_name: str | None = None
    cell_id: str | None = None
    cell_location_estimate: Any | None = None
    packets_uploaded: int | None = None
    packets_downloaded: int | None = None
    last_updated: datetime | None = None
    start: datetime | None = None
    end: datetime | None = None
    imei: str | None = None


_LIST_LIST: Operation[DataSession] = Operation(
    id="wireless.v1.sims.data_sessions.list",
    method="GET",
    product="wireless",
    path="/v1/Sims/{SimSid}/DataSessions",
    spec="wireless_v1",
    record=DataSession,
    paging="meta",
    envelope="data_sessions",
)


class DataSessionList(Resource):
    """``Sims/SimSid/DataSessions``."""

    _path = "/v1/Sims/{SimSid}/DataSessions"

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[DataSession]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[DataSession]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[DataSession]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
