# Generated from specs/twilio-oai/twilio_studio_v1.json by codegen; do not edit.
"""Studio v1: EngagementContext (Flows/FlowSid/Engagements/EngagementSid/Context) on studio.twilio.com."""

from __future__ import annotations

from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["EngagementContext", "EngagementContextContext", "EngagementContextList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class EngagementContext(Record):
    """Record ``studio.v1.flow.engagement.engagement_context`` (every field but ``account_sid``, ``engagement_sid``, ``flow_sid``, ``url`` may be ``None``)."""

    account_sid: str
    context: Any | None = None
    engagement_sid: str
    flow_sid: str
    url: str


_CONTEXT_FETCH: Operation[EngagementContext] = Operation(
    id="studio.v1.flows.engagements.engagement_context.fetch",
    method="GET",
    product="studio",
    path="/v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Context",
    spec="studio_v1",
    record=EngagementContext,
)


class EngagementContextContext(Resource):
    """One ``Flows/FlowSid/Engagements/EngagementSid/Context`` record."""

    _path = "/v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Context"

    async def fetch(self) -> EngagementContext:
        """Retrieve the most recent context for an Engagement."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class EngagementContextList(Resource):
    """``Flows/FlowSid/Engagements/EngagementSid/Context``."""

    def __call__(self) -> EngagementContextContext:
        """The one record of this resource."""
        return self._child(EngagementContextContext)
