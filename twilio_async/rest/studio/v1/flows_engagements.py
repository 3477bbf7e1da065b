# Generated from specs/twilio-oai/twilio_studio_v1.json by codegen; do not edit.
"""Studio v1: Engagement (Flows/FlowSid/Engagements) on studio.twilio.com."""

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
    from twilio_async.rest.studio.v1.flows_engagements_context import EngagementContextList
    from twilio_async.rest.studio.v1.flows_engagements_steps import StepList

__all__ = [
    "Engagement",
    "EngagementContext",
    "EngagementCreateParams",
    "EngagementList",
    "EngagementStatus",
]


class EngagementStatus(OpenEnum):
    """``engagement_enum_status``."""

    ACTIVE = "active"
    ENDED = "ended"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Engagement(Record):
    """Record ``studio.v1.flow.engagement`` (every field but ``sid``, ``account_sid``, ``flow_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    flow_sid: str
    contact_sid: str | None = None
    contact_channel_address: str | None = None
    context: Any | None = None
    status: EngagementStatus | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


class EngagementCreateParams(TypedDict, total=False):
    """Keywords of ``studio.v1.flows.engagements.create`` (``CreateEngagement``)."""

    to: Required[str]
    """The Contact phone number to start a Studio Flow Engagement, available as variable `{{contact.channel.address}}`."""
    from_: Required[str]
    """The Twilio phone number to send messages or initiate calls from during the Flow Engagement."""
    parameters: Any
    """A JSON string we will add to your flow's context and that you can access as variables inside your flow."""


_LIST_LIST: Operation[Engagement] = Operation(
    id="studio.v1.flows.engagements.list",
    method="GET",
    product="studio",
    path="/v1/Flows/{FlowSid}/Engagements",
    spec="studio_v1",
    record=Engagement,
    paging="meta",
    envelope="engagements",
)


_LIST_CREATE: Operation[Engagement] = Operation(
    id="studio.v1.flows.engagements.create",
    method="POST",
    product="studio",
    path="/v1/Flows/{FlowSid}/Engagements",
    spec="studio_v1",
    record=Engagement,
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


_CONTEXT_FETCH: Operation[Engagement] = Operation(
    id="studio.v1.flows.engagements.fetch",
    method="GET",
    product="studio",
    path="/v1/Flows/{FlowSid}/Engagements/{Sid}",
    spec="studio_v1",
    record=Engagement,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="studio.v1.flows.engagements.delete",
    method="DELETE",
    product="studio",
    path="/v1/Flows/{FlowSid}/Engagements/{Sid}",
    spec="studio_v1",
)


class EngagementContext(Resource):
    """One ``Flows/FlowSid/Engagements`` record: sid."""

    _path = "/v1/Flows/{FlowSid}/Engagements/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Engagement:
        """Retrieve an Engagement."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Delete this Engagement and all Steps relating to it."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def engagement_context(self) -> EngagementContextList:
        """``Flows/FlowSid/Engagements/EngagementSid/Context``."""
        from twilio_async.rest.studio.v1.flows_engagements_context import EngagementContextList

        return self._child(EngagementContextList)

    @property
    def steps(self) -> StepList:
        """``Flows/FlowSid/Engagements/EngagementSid/Steps``."""
        from twilio_async.rest.studio.v1.flows_engagements_steps import StepList

        return self._child(StepList)


class EngagementList(CreateMany[EngagementCreateParams, Engagement], Resource):
    """``Flows/FlowSid/Engagements`` (call it with a sid)."""

    _path = "/v1/Flows/{FlowSid}/Engagements"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> EngagementContext:
        """The record with this ``sid``."""
        return self._child(EngagementContext, sid=sid)

    async def create(self, **params: Unpack[EngagementCreateParams]) -> Engagement:
        """Triggers a new Engagement for the Flow."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Engagement]:
        """Retrieve a list of all Engagements for the Flow. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Engagement]:
        """Retrieve a list of all Engagements for the Flow. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Engagement]:
        """Retrieve a list of all Engagements for the Flow. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
