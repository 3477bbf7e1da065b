# Generated from specs/twilio-oai/twilio_studio_v1.json by codegen; do not edit.
"""Studio v1: StepContext (Flows/FlowSid/Engagements/EngagementSid/Steps/StepSid/Context) on studio.twilio.com."""

from __future__ import annotations

from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["StepContext", "StepContextContext", "StepContextList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class StepContext(Record):
    """Record ``studio.v1.flow.engagement.step.step_context`` (every field but ``account_sid``, ``engagement_sid``, ``flow_sid``, ``step_sid``, ``url`` may be ``None``)."""

    account_sid: str
    context: Any | None = None
    engagement_sid: str
    flow_sid: str
    step_sid: str
    url: str


_CONTEXT_FETCH: Operation[StepContext] = Operation(
    id="studio.v1.flows.engagements.steps.step_context.fetch",
    method="GET",
    product="studio",
    path="/v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Steps/{StepSid}/Context",
    spec="studio_v1",
    record=StepContext,
)


class StepContextContext(Resource):
    """One ``Flows/FlowSid/Engagements/EngagementSid/Steps/StepSid/Context`` record."""

    _path = "/v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Steps/{StepSid}/Context"

    async def fetch(self) -> StepContext:
        """Retrieve the context for an Engagement Step."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class StepContextList(Resource):
    """``Flows/FlowSid/Engagements/EngagementSid/Steps/StepSid/Context``."""

    def __call__(self) -> StepContextContext:
        """The one record of this resource."""
        return self._child(StepContextContext)
