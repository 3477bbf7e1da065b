# Generated from specs/twilio-oai/twilio_studio_v2.json by codegen; do not edit.
"""Studio v2: ExecutionStep (Flows/FlowSid/Executions/ExecutionSid/Steps) on studio.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

if TYPE_CHECKING:
    from twilio_async.rest.studio.v2.flows_executions_steps_context import ExecutionStepContextList

__all__ = ["ExecutionStep", "ExecutionStepContext", "ExecutionStepList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ExecutionStep(Record):
    """Record ``studio.v2.flow.execution.execution_step`` (every field but ``sid``, ``account_sid``, ``flow_sid``, ``execution_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    flow_sid: str
    execution_sid: str
    parent_step_sid: str | None = None
    name: str | None = None
    context: Any | None = None
    transitioned_from: str | None = None
    transitioned_to: str | None = None
    type: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


_LIST_LIST: Operation[ExecutionStep] = Operation(
    id="studio.v2.flows.executions.steps.list",
    method="GET",
    product="studio",
    path="/v2/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps",
    spec="studio_v2",
    record=ExecutionStep,
    paging="meta",
    envelope="steps",
)


_CONTEXT_FETCH: Operation[ExecutionStep] = Operation(
    id="studio.v2.flows.executions.steps.fetch",
    method="GET",
    product="studio",
    path="/v2/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps/{Sid}",
    spec="studio_v2",
    record=ExecutionStep,
)


class ExecutionStepContext(Resource):
    """One ``Flows/FlowSid/Executions/ExecutionSid/Steps`` record: sid."""

    _path = "/v2/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> ExecutionStep:
        """Retrieve a Step."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    @property
    def step_context(self) -> ExecutionStepContextList:
        """``Flows/FlowSid/Executions/ExecutionSid/Steps/StepSid/Context``."""
        from twilio_async.rest.studio.v2.flows_executions_steps_context import (
            ExecutionStepContextList,
        )

        return self._child(ExecutionStepContextList)


class ExecutionStepList(Resource):
    """``Flows/FlowSid/Executions/ExecutionSid/Steps`` (call it with a sid)."""

    _path = "/v2/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps"

    def __call__(self, sid: str) -> ExecutionStepContext:
        """The record with this ``sid``."""
        return self._child(ExecutionStepContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[ExecutionStep]:
        """Retrieve a list of all Steps for an Execution. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[ExecutionStep]:
        """Retrieve a list of all Steps for an Execution. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[ExecutionStep]:
        """Retrieve a list of all Steps for an Execution. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
