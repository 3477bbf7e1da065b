# Generated from specs/twilio-oai/twilio_serverless_v1.json by codegen; do not edit.
"""Serverless v1: Log (Services/ServiceSid/Environments/EnvironmentSid/Logs) on serverless.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["Log", "LogContext", "LogList", "LogListParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Log(Record):
    """Record ``serverless.v1.service.environment.log`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``environment_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    environment_sid: str
    build_sid: str | None = None
    deployment_sid: str | None = None
    function_sid: str | None = None
    request_sid: str | None = None
    level: str | None = None
    message: str | None = None
    date_created: datetime
    url: str


class LogListParams(TypedDict, total=False):
    """Keywords of ``serverless.v1.services.environments.logs.list`` (``ListLog``)."""

    function_sid: str
    """The SID of the function whose invocation produced the Log resources to read."""
    start_date: datetime | date
    """The date/time (in GMT, ISO 8601) after which the Log resources must have been created."""
    end_date: datetime | date
    """The date/time (in GMT, ISO 8601) before which the Log resources must have been created."""


_LIST_LIST: Operation[Log] = Operation(
    id="serverless.v1.services.environments.logs.list",
    method="GET",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Logs",
    spec="serverless_v1",
    record=Log,
    query={
        "function_sid": "FunctionSid",
        "start_date": "StartDate",
        "end_date": "EndDate",
    },
    paging="meta",
    envelope="logs",
)


_CONTEXT_FETCH: Operation[Log] = Operation(
    id="serverless.v1.services.environments.logs.fetch",
    method="GET",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Logs/{Sid}",
    spec="serverless_v1",
    record=Log,
)


class LogContext(Resource):
    """One ``Services/ServiceSid/Environments/EnvironmentSid/Logs`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Logs/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> Log:
        """Retrieve a specific log."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class LogList(Resource):
    """``Services/ServiceSid/Environments/EnvironmentSid/Logs`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Logs"

    def __call__(self, sid: str) -> LogContext:
        """The record with this ``sid``."""
        return self._child(LogContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[LogListParams],
    ) -> AsyncIterator[Log]:
        """Retrieve a list of all logs. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[LogListParams],
    ) -> Page[Log]:
        """Retrieve a list of all logs. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[LogListParams],
    ) -> list[Log]:
        """Retrieve a list of all logs. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
