# Generated from specs/twilio-oai/twilio_studio_v2.json by codegen; do not edit.
"""Studio v2: FlowRevision (Flows/Sid/Revisions) on studio.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["FlowRevision", "FlowRevisionContext", "FlowRevisionList", "FlowRevisionStatus"]


class FlowRevisionStatus(OpenEnum):
    """``flow_revision_enum_status``."""

    DRAFT = "draft"
    PUBLISHED = "published"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class FlowRevision(Record):
    """Record ``studio.v2.flow.flow_revision`` (every field but ``sid``, ``account_sid``, ``revision``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    author_sid: str | None = None
    friendly_name: str | None = None
    definition: Any | None = None
    status: FlowRevisionStatus | None = None
    revision: int
    commit_message: str | None = None
    valid: bool | None = None
    errors: list[Any] | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


_LIST_LIST: Operation[FlowRevision] = Operation(
    id="studio.v2.flows.revisions.list",
    method="GET",
    product="studio",
    path="/v2/Flows/{Sid}/Revisions",
    spec="studio_v2",
    record=FlowRevision,
    paging="meta",
    envelope="revisions",
)


_CONTEXT_FETCH: Operation[FlowRevision] = Operation(
    id="studio.v2.flows.revisions.fetch",
    method="GET",
    product="studio",
    path="/v2/Flows/{Sid}/Revisions/{Revision}",
    spec="studio_v2",
    record=FlowRevision,
)


class FlowRevisionContext(Resource):
    """One ``Flows/Sid/Revisions`` record: revision."""

    _path = "/v2/Flows/{Sid}/Revisions/{Revision}"

    @property
    def revision(self) -> str:
        """The ``revision`` this context points at."""
        return self._values[1]

    async def fetch(self) -> FlowRevision:
        """Retrieve a specific Flow revision."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class FlowRevisionList(Resource):
    """``Flows/Sid/Revisions`` (call it with a revision)."""

    _path = "/v2/Flows/{Sid}/Revisions"

    def __call__(self, revision: str) -> FlowRevisionContext:
        """The record with this ``revision``."""
        return self._child(FlowRevisionContext, revision=revision)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[FlowRevision]:
        """Retrieve a list of all Flows revisions. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[FlowRevision]:
        """Retrieve a list of all Flows revisions. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[FlowRevision]:
        """Retrieve a list of all Flows revisions. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
