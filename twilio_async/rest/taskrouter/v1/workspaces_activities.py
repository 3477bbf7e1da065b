# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: Activity (Workspaces/WorkspaceSid/Activities) on taskrouter.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "Activity",
    "ActivityContext",
    "ActivityCreateParams",
    "ActivityList",
    "ActivityListParams",
    "ActivityUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Activity(Record):
    """Record ``taskrouter.v1.workspace.activity`` (every field but ``account_sid``, ``date_created``, ``sid``, ``workspace_sid``, ``url`` may be ``None``)."""

    account_sid: str
    available: bool | None = None
    date_created: datetime
    date_updated: datetime | None = None
    friendly_name: str | None = None
    sid: str
    workspace_sid: str
    url: str
    links: dict[str, Any] | None = None


class ActivityUpdateParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.activities.update`` (``UpdateActivity``)."""

    friendly_name: str
    """A descriptive string that you create to describe the Activity resource."""


class ActivityListParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.activities.list`` (``ListActivity``)."""

    friendly_name: str
    """The `friendly_name` of the Activity resources to read."""
    available: str
    """Whether return only Activity resources that are available or unavailable."""


class ActivityCreateParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.activities.create`` (``CreateActivity``)."""

    friendly_name: Required[str]
    """A descriptive string that you create to describe the Activity resource."""
    available: bool
    """Whether the Worker should be eligible to receive a Task when it occupies the Activity."""


_CONTEXT_FETCH: Operation[Activity] = Operation(
    id="taskrouter.v1.workspaces.activities.fetch",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Activities/{Sid}",
    spec="taskrouter_v1",
    record=Activity,
)


_CONTEXT_UPDATE: Operation[Activity] = Operation(
    id="taskrouter.v1.workspaces.activities.update",
    method="POST",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Activities/{Sid}",
    spec="taskrouter_v1",
    record=Activity,
    form={
        "friendly_name": "FriendlyName",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="taskrouter.v1.workspaces.activities.delete",
    method="DELETE",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Activities/{Sid}",
    spec="taskrouter_v1",
)


_LIST_LIST: Operation[Activity] = Operation(
    id="taskrouter.v1.workspaces.activities.list",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Activities",
    spec="taskrouter_v1",
    record=Activity,
    query={
        "friendly_name": "FriendlyName",
        "available": "Available",
    },
    paging="meta",
    envelope="activities",
)


_LIST_CREATE: Operation[Activity] = Operation(
    id="taskrouter.v1.workspaces.activities.create",
    method="POST",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Activities",
    spec="taskrouter_v1",
    record=Activity,
    form={
        "friendly_name": "FriendlyName",
        "available": "Available",
    },
    required=frozenset(["friendly_name"]),
)


class ActivityContext(Resource):
    """One ``Workspaces/WorkspaceSid/Activities`` record: sid."""

    _path = "/v1/Workspaces/{WorkspaceSid}/Activities/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Activity:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ActivityUpdateParams]) -> Activity:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class ActivityList(CreateMany[ActivityCreateParams, Activity], Resource):
    """``Workspaces/WorkspaceSid/Activities`` (call it with a sid)."""

    _path = "/v1/Workspaces/{WorkspaceSid}/Activities"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ActivityContext:
        """The record with this ``sid``."""
        return self._child(ActivityContext, sid=sid)

    async def create(self, **params: Unpack[ActivityCreateParams]) -> Activity:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ActivityListParams],
    ) -> AsyncIterator[Activity]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[ActivityListParams],
    ) -> Page[Activity]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ActivityListParams],
    ) -> list[Activity]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
