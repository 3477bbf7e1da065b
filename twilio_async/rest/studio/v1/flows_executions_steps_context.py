# Generated from specs/twilio-oai/twilio_studio_v1.json by codegen; do not edit.
"""Studio v1: ExecutionStepContext (Flows/FlowSid/Executions/ExecutionSid/Steps/StepSid/Context) on studio.twilio.com."""

from __future__ import annotations

from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["ExecutionStepContext", "ExecutionStepContextContext", "ExecutionStepContextList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ExecutionStepContext(Record):
    """Record ``studio.v1.flow.execution.execution_step.execution_step_context`` (every field but ``account_sid``, ``execution_sid``, ``flow_sid``, ``step_sid``, ``url`` may be ``None``)."""

    account_sid: str
    context: Any | None = None
    execution_sid: str
    flow_sid: str
    step_sid: str
    url: str


_CONTEXT_FETCH: Operation[ExecutionStepContext] = Operation(
    id="studio.v1.flows.executions.steps.step_context.fetch",
    method="GET",
    product="studio",
    path="/v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps/{StepSid}/Context",
    spec="studio_v1",
    record=ExecutionStepContext,
)


class ExecutionStepContextContext(Resource):
    """One ``Flows/FlowSid/Executions/ExecutionSid/Steps/StepSid/Context`` record."""

    _path = "/v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps/{StepSid}/Context"

    async def fetch(self) -> ExecutionStepContext:
        """Retrieve the context for an Execution Step."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class ExecutionStepContextList(Resource):
    """``Flows/FlowSid/Executions/ExecutionSid/Steps/StepSid/Context``."""

    def __call__(self) -> ExecutionStepContextContext:
        """The one record of this resource."""
        return self._child(ExecutionStepContextContext)
