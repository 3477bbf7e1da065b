# Generated from specs/twilio-oai/twilio_monitor_v1.json by codegen; do not edit.
"""Monitor v1: Alert (Alerts) on monitor.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime

import attrs

from twilio_async._enums import HttpMethod
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["Alert", "AlertContext", "AlertList", "AlertListParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Alert(Record):
    """Record ``monitor.v1.alert`` (every field but ``account_sid``, ``date_created``, ``sid``, ``url`` may be ``None``)."""

    account_sid: str
    alert_text: str | None = None
    api_version: str | None = None
    date_created: datetime
    date_generated: datetime | None = None
    date_updated: datetime | None = None
    error_code: str | None = None
    log_level: str | None = None
    more_info: str | None = None
    request_method: HttpMethod | None = None
    request_url: str | None = None
    request_variables: str | None = None
    resource_sid: str | None = None
    response_body: str | None = None
    response_headers: str | None = None
    sid: str
    url: str
    request_headers: str | None = None
    service_sid: str | None = None


class AlertListParams(TypedDict, total=False):
    """Keywords of ``monitor.v1.alerts.list`` (``ListAlert``)."""

    log_level: str
    """Only show alerts for this log-level."""
    start_date: datetime | date
    """Only include alerts that occurred on or after this date and time."""
    end_date: datetime | date
    """Only include alerts that occurred on or before this date and time."""


_CONTEXT_FETCH: Operation[Alert] = Operation(
    id="monitor.v1.alerts.fetch",
    method="GET",
    product="monitor",
    path="/v1/Alerts/{Sid}",
    spec="monitor_v1",
    record=Alert,
)


_LIST_LIST: Operation[Alert] = Operation(
    id="monitor.v1.alerts.list",
    method="GET",
    product="monitor",
    path="/v1/Alerts",
    spec="monitor_v1",
    record=Alert,
    query={
        "log_level": "LogLevel",
        "start_date": "StartDate",
        "end_date": "EndDate",
    },
    paging="meta",
    envelope="alerts",
)


class AlertContext(Resource):
    """One ``Alerts`` record: sid."""

    _path = "/v1/Alerts/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Alert:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class AlertList(Resource):
    """``Alerts`` (call it with a sid)."""

    _path = "/v1/Alerts"

    def __call__(self, sid: str) -> AlertContext:
        """The record with this ``sid``."""
        return self._child(AlertContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[AlertListParams],
    ) -> AsyncIterator[Alert]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[AlertListParams],
    ) -> Page[Alert]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[AlertListParams],
    ) -> list[Alert]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
