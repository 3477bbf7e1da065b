# Generated from specs/twilio-oai/twilio_studio_v2.json by codegen; do not edit.
"""Studio v2: Flow (Flows) on studio.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.studio.v2.flows_executions import ExecutionList
    from twilio_async.rest.studio.v2.flows_revisions import FlowRevisionList
    from twilio_async.rest.studio.v2.flows_test_users import FlowTestUserList

__all__ = ["Flow", "FlowContext", "FlowCreateParams", "FlowList", "FlowStatus", "FlowUpdateParams"]


class FlowStatus(OpenEnum):
    """``flow_enum_status``."""

    DRAFT = "draft"
    PUBLISHED = "published"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Flow(Record):
    """Record ``studio.v2.flow`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    author_sid: str | None = None
    friendly_name: str | None = None
    definition: Any | None = None
    status: FlowStatus | None = None
    revision: int | None = None
    commit_message: str | None = None
    valid: bool | None = None
    errors: list[Any] | None = None
    warnings: list[Any] | None = None
    date_created: datetime
    date_updated: datetime | None = None
    webhook_url: str | None = None
    url: str
    links: dict[str, Any] | None = None


class FlowCreateParams(TypedDict, total=False):
    """Keywords of ``studio.v2.flows.create`` (``CreateFlow``)."""

    friendly_name: Required[str]
    """The string that you assigned to describe the Flow."""
    status: Required[str]
    definition: Required[Any]
    """JSON representation of flow definition."""
    commit_message: str
    """Description of change made in the revision."""


class FlowUpdateParams(TypedDict, total=False):
    """Keywords of ``studio.v2.flows.update`` (``UpdateFlow``)."""

    status: Required[str]
    friendly_name: str
    """The string that you assigned to describe the Flow."""
    definition: Any
    """JSON representation of flow definition."""
    commit_message: str
    """Description of change made in the revision."""


_LIST_LIST: Operation[Flow] = Operation(
    id="studio.v2.flows.list",
    method="GET",
    product="studio",
    path="/v2/Flows",
    spec="studio_v2",
    record=Flow,
    paging="meta",
    envelope="flows",
)


_LIST_CREATE: Operation[Flow] = Operation(
    id="studio.v2.flows.create",
    method="POST",
    product="studio",
    path="/v2/Flows",
    spec="studio_v2",
    record=Flow,
    form={
        "friendly_name": "FriendlyName",
        "status": "Status",
        "definition": "Definition",
        "commit_message": "CommitMessage",
    },
    required=frozenset(["definition", "friendly_name", "status"]),
    encode={
        "definition": "json",
    },
)


_CONTEXT_FETCH: Operation[Flow] = Operation(
    id="studio.v2.flows.fetch",
    method="GET",
    product="studio",
    path="/v2/Flows/{Sid}",
    spec="studio_v2",
    record=Flow,
)


_CONTEXT_UPDATE: Operation[Flow] = Operation(
    id="studio.v2.flows.update",
    method="POST",
    product="studio",
    path="/v2/Flows/{Sid}",
    spec="studio_v2",
    record=Flow,
    form={
        "status": "Status",
        "friendly_name": "FriendlyName",
        "definition": "Definition",
        "commit_message": "CommitMessage",
    },
    required=frozenset(["status"]),
    encode={
        "definition": "json",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="studio.v2.flows.delete",
    method="DELETE",
    product="studio",
    path="/v2/Flows/{Sid}",
    spec="studio_v2",
)


class FlowContext(Resource):
    """One ``Flows`` record: sid."""

    _path = "/v2/Flows/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Flow:
        """Retrieve a specific Flow."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[FlowUpdateParams]) -> Flow:
        """Update a Flow."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Flow."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def executions(self) -> ExecutionList:
        """``Flows/FlowSid/Executions``."""
        from twilio_async.rest.studio.v2.flows_executions import ExecutionList

        return self._child(ExecutionList)

    @property
    def revisions(self) -> FlowRevisionList:
        """``Flows/Sid/Revisions``."""
        from twilio_async.rest.studio.v2.flows_revisions import FlowRevisionList

        return self._child(FlowRevisionList)

    @property
    def test_users(self) -> FlowTestUserList:
        """``Flows/Sid/TestUsers``."""
        from twilio_async.rest.studio.v2.flows_test_users import FlowTestUserList

        return self._child(FlowTestUserList)


class FlowList(CreateMany[FlowCreateParams, Flow], Resource):
    """``Flows`` (call it with a sid)."""

    _path = "/v2/Flows"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> FlowContext:
        """The record with this ``sid``."""
        return self._child(FlowContext, sid=sid)

    async def create(self, **params: Unpack[FlowCreateParams]) -> Flow:
        """Create a Flow."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Flow]:
        """Retrieve a list of all Flows. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Flow]:
        """Retrieve a list of all Flows. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(self, *, limit: int | None = None, page_size: int | None = None) -> list[Flow]:
        """Retrieve a list of all Flows. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
