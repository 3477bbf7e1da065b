# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Notification (Accounts/AccountSid/Calls/CallSid/Notifications) on api.twilio.com."""

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

__all__ = ["CallNotification", "NotificationContext", "NotificationList", "NotificationListParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class CallNotification(Record):
    """Record ``api.v2010.account.call.call_notification`` (every field but ``account_sid``, ``call_sid``, ``date_created``, ``sid`` may be ``None``)."""

    account_sid: str
    api_version: str | None = None
    call_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    error_code: str | None = None
    log: str | None = None
    message_date: datetime | None = None
    message_text: str | None = None
    more_info: str | None = None
    request_method: HttpMethod | None = None
    request_url: str | None = None
    request_variables: str | None = None
    response_body: str | None = None
    response_headers: str | None = None
    sid: str
    uri: str | None = None


class NotificationListParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.calls.notifications.list`` (``ListCallNotification``)."""

    log: int
    """Only read notifications of the specified log level."""
    message_date: date
    """Only show notifications for the specified date, formatted as `YYYY-MM-DD`."""
    message_date_before: date
    """Only show notifications for the specified date, formatted as `YYYY-MM-DD`."""
    message_date_after: date
    """Only show notifications for the specified date, formatted as `YYYY-MM-DD`."""


_CONTEXT_FETCH: Operation[CallNotification] = Operation(
    id="api.v2010.accounts.calls.notifications.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications/{Sid}.json",
    spec="api_v2010",
    record=CallNotification,
)


_LIST_LIST: Operation[CallNotification] = Operation(
    id="api.v2010.accounts.calls.notifications.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications.json",
    spec="api_v2010",
    record=CallNotification,
    query={
        "log": "Log",
        "message_date": "MessageDate",
        "message_date_before": "MessageDate<",
        "message_date_after": "MessageDate>",
    },
    encode={
        "message_date": "date",
        "message_date_before": "date",
        "message_date_after": "date",
    },
    paging="v2010",
    envelope="notifications",
)


class NotificationContext(Resource):
    """One ``Accounts/AccountSid/Calls/CallSid/Notifications`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> CallNotification:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class NotificationList(Resource):
    """``Accounts/AccountSid/Calls/CallSid/Notifications`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications.json"

    def __call__(self, sid: str) -> NotificationContext:
        """The record with this ``sid``."""
        return self._child(NotificationContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[NotificationListParams],
    ) -> AsyncIterator[CallNotification]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[NotificationListParams],
    ) -> Page[CallNotification]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[NotificationListParams],
    ) -> list[CallNotification]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
