# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Queue (Accounts/AccountSid/Queues) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010.accounts_queues_members import MemberList

__all__ = ["Queue", "QueueContext", "QueueCreateParams", "QueueList", "QueueUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Queue(Record):
    """Record ``api.v2010.account.queue`` (every field but ``account_sid``, ``sid``, ``date_created`` may be ``None``)."""

    date_updated: datetime | None = None
    current_size: int | None = None
    friendly_name: str | None = None
    uri: str | None = None
    account_sid: str
    average_wait_time: int | None = None
    sid: str
    date_created: datetime
    max_size: int | None = None


class QueueUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.queues.update`` (``UpdateQueue``)."""

    friendly_name: str
    """A descriptive string that you created to describe this resource."""
    max_size: int
    """The maximum number of calls allowed to be in the queue."""


class QueueCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.queues.create`` (``CreateQueue``)."""

    friendly_name: Required[str]
    """A descriptive string that you created to describe this resource."""
    max_size: int
    """The maximum number of calls allowed to be in the queue."""


_CONTEXT_FETCH: Operation[Queue] = Operation(
    id="api.v2010.accounts.queues.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Queues/{Sid}.json",
    spec="api_v2010",
    record=Queue,
)


_CONTEXT_UPDATE: Operation[Queue] = Operation(
    id="api.v2010.accounts.queues.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Queues/{Sid}.json",
    spec="api_v2010",
    record=Queue,
    form={
        "friendly_name": "FriendlyName",
        "max_size": "MaxSize",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.queues.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Queues/{Sid}.json",
    spec="api_v2010",
)


_LIST_LIST: Operation[Queue] = Operation(
    id="api.v2010.accounts.queues.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Queues.json",
    spec="api_v2010",
    record=Queue,
    paging="v2010",
    envelope="queues",
)


_LIST_CREATE: Operation[Queue] = Operation(
    id="api.v2010.accounts.queues.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Queues.json",
    spec="api_v2010",
    record=Queue,
    form={
        "friendly_name": "FriendlyName",
        "max_size": "MaxSize",
    },
    required=frozenset(["friendly_name"]),
)


class QueueContext(Resource):
    """One ``Accounts/AccountSid/Queues`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Queues/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Queue:
        """Fetch an instance of a queue identified by the QueueSid."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[QueueUpdateParams]) -> Queue:
        """Update the queue with the new parameters."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Remove an empty queue."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def members(self) -> MemberList:
        """``Accounts/AccountSid/Queues/QueueSid/Members``."""
        from twilio_async.rest.api.v2010.accounts_queues_members import MemberList

        return self._child(MemberList)


class QueueList(CreateMany[QueueCreateParams, Queue], Resource):
    """``Accounts/AccountSid/Queues`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Queues.json"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> QueueContext:
        """The record with this ``sid``."""
        return self._child(QueueContext, sid=sid)

    async def create(self, **params: Unpack[QueueCreateParams]) -> Queue:
        """Create a queue."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Queue]:
        """Retrieve a list of queues belonging to the account used to make the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Queue]:
        """Retrieve a list of queues belonging to the account used to make the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(self, *, limit: int | None = None, page_size: int | None = None) -> list[Queue]:
        """Retrieve a list of queues belonging to the account used to make the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
