# Generated from specs/twilio-oai/twilio_studio_v2.json by codegen; do not edit.
"""Studio v2: Execution (Flows/FlowSid/Executions) on studio.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime
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
    from twilio_async.rest.studio.v2.flows_executions_context import ExecutionContextList
    from twilio_async.rest.studio.v2.flows_executions_steps import ExecutionStepList

__all__ = [
    "Execution",
    "ExecutionContext",
    "ExecutionCreateParams",
    "ExecutionList",
    "ExecutionListParams",
    "ExecutionStatus",
    "ExecutionUpdateParams",
]


class ExecutionStatus(OpenEnum):
    """``execution_enum_status``."""

    ACTIVE = "active"
    ENDED = "ended"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Execution(Record):
    """Record ``studio.v2.flow.execution`` (every field but ``sid``, ``account_sid``, ``flow_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    flow_sid: str
    contact_channel_address: str | None = None
    contact_sid: str | None = None
    flow_version: int | None = None
    context: Any | None = None
    status: ExecutionStatus | None = None
    date_created: datetime
    date_updated: datetime | None = None
    initiated_by: str | None = None
    url: str
    links: dict[str, Any] | None = None


class ExecutionListParams(TypedDict, total=False):
    """Keywords of ``studio.v2.flows.executions.list`` (``ListExecution``)."""

    status: str
    """Only show Execution resources with the given status."""
    date_created_from: datetime | date
    """Only show Execution resources starting on or after this ISO 8601 date-time, given as `YYYY-MM-DDThh:mm:ss-hh:mm`."""
    date_created_to: datetime | date
    """Only show Execution resources starting before this ISO 8601 date-time, given as `YYYY-MM-DDThh:mm:ss-hh:mm`."""


class ExecutionCreateParams(TypedDict, total=False):
    """Keywords of ``studio.v2.flows.executions.create`` (``CreateExecution``)."""

    to: Required[str]
    """The Contact phone number to start a Studio Flow Execution, available as variable `{{contact.channel.address}}`."""
    from_: Required[str]
    """The Twilio phone number to send messages or initiate calls from during the Flow's Execution."""
    parameters: Any
    """JSON data that will be added to the Flow's context and that can be accessed as variables inside your Flow."""


class ExecutionUpdateParams(TypedDict, total=False):
    """Keywords of ``studio.v2.flows.executions.update`` (``UpdateExecution``)."""

    status: Required[str]


_LIST_LIST: Operation[Execution] = Operation(
    id="studio.v2.flows.executions.list",
    method="GET",
    product="studio",
    path="/v2/Flows/{FlowSid}/Executions",
    spec="studio_v2",
    record=Execution,
    query={
        "status": "status",
        "date_created_from": "DateCreatedFrom",
        "date_created_to": "DateCreatedTo",
    },
    paging="meta",
    envelope="executions",
)


_LIST_CREATE: Operation[Execution] = Operation(
    id="studio.v2.flows.executions.create",
    method="POST",
    product="studio",
    path="/v2/Flows/{FlowSid}/Executions",
    spec="studio_v2",
    record=Execution,
    form={
        "to": "To",
        "from_": "From",
        "parameters": "Parameters",
    },
    required=frozenset(["from_", "to"]),
    encode={
        "parameters": "json",
    },
)


_CONTEXT_FETCH: Operation[Execution] = Operation(
    id="studio.v2.flows.executions.fetch",
    method="GET",
    product="studio",
    path="/v2/Flows/{FlowSid}/Executions/{Sid}",
    spec="studio_v2",
    record=Execution,
)


_CONTEXT_UPDATE: Operation[Execution] = Operation(
    id="studio.v2.flows.executions.update",
    method="POST",
    product="studio",
    path="/v2/Flows/{FlowSid}/Executions/{Sid}",
    spec="studio_v2",
    record=Execution,
    form={
        "status": "Status",
    },
    required=frozenset(["status"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="studio.v2.flows.executions.delete",
    method="DELETE",
    product="studio",
    path="/v2/Flows/{FlowSid}/Executions/{Sid}",
    spec="studio_v2",
)


class ExecutionContext(Resource):
    """One ``Flows/FlowSid/Executions`` record: sid."""

    _path = "/v2/Flows/{FlowSid}/Executions/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Execution:
        """Retrieve an Execution."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ExecutionUpdateParams]) -> Execution:
        """Update the status of an Execution to `ended`."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete the Execution and all Steps relating to it."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def execution_context(self) -> ExecutionContextList:
        """``Flows/FlowSid/Executions/ExecutionSid/Context``."""
        from twilio_async.rest.studio.v2.flows_executions_context import ExecutionContextList

        return self._child(ExecutionContextList)

    @property
    def steps(self) -> ExecutionStepList:
        """``Flows/FlowSid/Executions/ExecutionSid/Steps``."""
        from twilio_async.rest.studio.v2.flows_executions_steps import ExecutionStepList

        return self._child(ExecutionStepList)


class ExecutionList(CreateMany[ExecutionCreateParams, Execution], Resource):
    """``Flows/FlowSid/Executions`` (call it with a sid)."""

    _path = "/v2/Flows/{FlowSid}/Executions"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ExecutionContext:
        """The record with this ``sid``."""
        return self._child(ExecutionContext, sid=sid)

    async def create(self, **params: Unpack[ExecutionCreateParams]) -> Execution:
        """Triggers a new Execution for the Flow."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ExecutionListParams],
    ) -> AsyncIterator[Execution]:
        """Retrieve a list of all Executions for the Flow. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[ExecutionListParams],
    ) -> Page[Execution]:
        """Retrieve a list of all Executions for the Flow. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ExecutionListParams],
    ) -> list[Execution]:
        """Retrieve a list of all Executions for the Flow. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
