# Generated from specs/twilio-oai/twilio_monitor_v2.json by codegen; do not edit.
"""Monitor v2: Alarm (Alarms) on monitor.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "AlarmBody",
    "AlarmContext",
    "AlarmCreateParams",
    "AlarmList",
    "AlarmListParams",
    "AlarmUpdateParams",
    "QueryType",
    "SidRepsonse",
    "TimeWindow",
]


class QueryType(OpenEnum):
    """``query_type``."""

    ERROR_CODE = "ERROR_CODE"
    LOG_LEVEL = "LOG_LEVEL"
    ALL = "ALL"


class TimeWindow(OpenEnum):
    """``time_window``."""

    FIVE_MINS = "FIVE_MINS"
    FIFTEEN_MINS = "FIFTEEN_MINS"
    ONE_HOUR = "ONE_HOUR"
    TWELVE_HOURS = "TWELVE_HOURS"
    ONE_DAY = "ONE_DAY"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AlarmBody(Record):
    """Record ``monitor.v2.alarm_body`` (every field may be ``None``)."""

    friendly_name: str | None = attrs.field(default=None, metadata={"json": "friendlyName"})
    query_type: QueryType | None = attrs.field(default=None, metadata={"json": "queryType"})
    query: str | None = None
    trigger_value: int | None = attrs.field(default=None, metadata={"json": "triggerValue"})
    time_window: TimeWindow | None = attrs.field(default=None, metadata={"json": "timeWindow"})
    email: list[str] | None = None
    webhook: str | None = None
    console_indicator: bool | None = attrs.field(
        default=None, metadata={"json": "consoleIndicator"}
    )
    description: str | None = None
    enabled: bool | None = None
    product: str | None = None
    alert_config_sid: str | None = attrs.field(default=None, metadata={"json": "alertConfigSid"})
    date_updated: datetime | None = attrs.field(default=None, metadata={"json": "dateUpdated"})
    date_created: datetime | None = attrs.field(default=None, metadata={"json": "dateCreated"})


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SidRepsonse(Record):
    """Record ``monitor.v2.alarm.sid_repsonse`` (every field may be ``None``)."""

    sid: str | None = None


class AlarmListParams(TypedDict, total=False):
    """Keywords of ``monitor.v2.alarms.list`` (``ListAlarms``)."""

    sort_order: str


class AlarmCreateParams(TypedDict, total=False):
    """Keywords of ``monitor.v2.alarms.create`` (``CreateAlarm``)."""

    monitor_v2_alarm_create_object: Required[Mapping[str, Any]]
    """JSON body."""


class AlarmUpdateParams(TypedDict, total=False):
    """Keywords of ``monitor.v2.alarms.update`` (``UpdateAlarm``)."""

    monitor_v2_alarm_create_object: Required[Mapping[str, Any]]
    """JSON body."""


_LIST_LIST: Operation[AlarmBody] = Operation(
    id="monitor.v2.alarms.list",
    method="GET",
    product="monitor",
    path="/v2/Alarms",
    spec="monitor_v2",
    record=AlarmBody,
    query={
        "sort_order": "SortOrder",
    },
    paging="meta",
    envelope="alarms",
)


_LIST_CREATE: Operation[SidRepsonse] = Operation(
    id="monitor.v2.alarms.create",
    method="POST",
    product="monitor",
    path="/v2/Alarms",
    spec="monitor_v2",
    record=SidRepsonse,
    body="monitor_v2_alarm_create_object",
    required=frozenset(["monitor_v2_alarm_create_object"]),
)


_CONTEXT_FETCH: Operation[AlarmBody] = Operation(
    id="monitor.v2.alarms.fetch",
    method="GET",
    product="monitor",
    path="/v2/Alarms/{Sid}",
    spec="monitor_v2",
    record=AlarmBody,
)


_CONTEXT_UPDATE: Operation[SidRepsonse] = Operation(
    id="monitor.v2.alarms.update",
    method="PUT",
    product="monitor",
    path="/v2/Alarms/{Sid}",
    spec="monitor_v2",
    record=SidRepsonse,
    body="monitor_v2_alarm_create_object",
    required=frozenset(["monitor_v2_alarm_create_object"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="monitor.v2.alarms.delete",
    method="DELETE",
    product="monitor",
    path="/v2/Alarms/{Sid}",
    spec="monitor_v2",
)


class AlarmContext(Resource):
    """One ``Alarms`` record: sid."""

    _path = "/v2/Alarms/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> AlarmBody:
        """Get alarm."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[AlarmUpdateParams]) -> SidRepsonse:
        """Update alarm."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete alarm."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class AlarmList(CreateMany[AlarmCreateParams, SidRepsonse], Resource):
    """``Alarms`` (call it with a sid)."""

    _path = "/v2/Alarms"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> AlarmContext:
        """The record with this ``sid``."""
        return self._child(AlarmContext, sid=sid)

    async def create(self, **params: Unpack[AlarmCreateParams]) -> SidRepsonse:
        """Create an alarm."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[AlarmListParams],
    ) -> AsyncIterator[AlarmBody]:
        """Fetch list of Alarms. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[AlarmListParams],
    ) -> Page[AlarmBody]:
        """Fetch list of Alarms. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[AlarmListParams],
    ) -> list[AlarmBody]:
        """Fetch list of Alarms. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
