# Generated from specs/twilio-oai/twilio_studio_v1.json by codegen; do not edit.
"""Studio v1: Step (Flows/FlowSid/Engagements/EngagementSid/Steps) on studio.twilio.com."""

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
    from twilio_async.rest.studio.v1.flows_engagements_steps_context import StepContextList

__all__ = ["Step", "StepContext", "StepList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Step(Record):
    """Record ``studio.v1.flow.engagement.step`` (every field but ``sid``, ``account_sid``, ``flow_sid``, ``engagement_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    flow_sid: str
    engagement_sid: str
    name: str | None = None
    context: Any | None = None
    parent_step_sid: str | None = None
    transitioned_from: str | None = None
    transitioned_to: str | None = None
    type: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


_LIST_LIST: Operation[Step] = Operation(
    id="studio.v1.flows.engagements.steps.list",
    method="GET",
    product="studio",
    path="/v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Steps",
    spec="studio_v1",
    record=Step,
    paging="meta",
    envelope="steps",
)


_CONTEXT_FETCH: Operation[Step] = Operation(
    id="studio.v1.flows.engagements.steps.fetch",
    method="GET",
    product="studio",
    path="/v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Steps/{Sid}",
    spec="studio_v1",
    record=Step,
)


class StepContext(Resource):
    """One ``Flows/FlowSid/Engagements/EngagementSid/Steps`` record: sid."""

    _path = "/v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Steps/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> Step:
        """Retrieve a Step."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    @property
    def step_context(self) -> StepContextList:
        """``Flows/FlowSid/Engagements/EngagementSid/Steps/StepSid/Context``."""
        from twilio_async.rest.studio.v1.flows_engagements_steps_context import StepContextList

        return self._child(StepContextList)


class StepList(Resource):
    """``Flows/FlowSid/Engagements/EngagementSid/Steps`` (call it with a sid)."""

    _path = "/v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Steps"

    def __call__(self, sid: str) -> StepContext:
        """The record with this ``sid``."""
        return self._child(StepContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Step]:
        """Retrieve a list of all Steps for an Engagement. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Step]:
        """Retrieve a list of all Steps for an Engagement. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(self, *, limit: int | None = None, page_size: int | None = None) -> list[Step]:
        """Retrieve a list of all Steps for an Engagement. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
