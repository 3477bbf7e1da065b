# Generated from specs/twilio-oai/twilio_studio_v2.json by codegen; do not edit.
"""Studio v2: ExecutionContext (Flows/FlowSid/Executions/ExecutionSid/Context) on studio.twilio.com."""

from __future__ import annotations

from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["ExecutionContext", "ExecutionContextContext", "ExecutionContextList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ExecutionContext(Record):
    """Record ``studio.v2.flow.execution.execution_context`` (every field but ``account_sid``, ``flow_sid``, ``execution_sid``, ``url`` may be ``None``)."""

    account_sid: str
    context: Any | None = None
    flow_sid: str
    execution_sid: str
    url: str


_CONTEXT_FETCH: Operation[ExecutionContext] = Operation(
    id="studio.v2.flows.executions.execution_context.fetch",
    method="GET",
    product="studio",
    path="/v2/Flows/{FlowSid}/Executions/{ExecutionSid}/Context",
    spec="studio_v2",
    record=ExecutionContext,
)


class ExecutionContextContext(Resource):
    """One ``Flows/FlowSid/Executions/ExecutionSid/Context`` record."""

    _path = "/v2/Flows/{FlowSid}/Executions/{ExecutionSid}/Context"

    async def fetch(self) -> ExecutionContext:
        """Retrieve the most recent context for an Execution."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class ExecutionContextList(Resource):
    """``Flows/FlowSid/Executions/ExecutionSid/Context``."""

    def __call__(self) -> ExecutionContextContext:
        """The one record of this resource."""
        return self._child(ExecutionContextContext)
