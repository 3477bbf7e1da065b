# Generated from specs/twilio-oai/twilio_content_v1.json by codegen; do not edit.
"""Content v1: ApprovalFetch (Content/Sid/ApprovalRequests) on content.twilio.com."""

from __future__ import annotations

from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["ApprovalFetch", "ApprovalFetchContext", "ApprovalFetchList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ApprovalFetch(Record):
    """Record ``content.v1.content.approval_fetch`` (every field but ``sid``, ``account_sid``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    whatsapp: dict[str, Any] | None = None
    url: str


_CONTEXT_FETCH: Operation[ApprovalFetch] = Operation(
    id="content.v1.contents.approval_fetch.fetch",
    method="GET",
    product="content",
    path="/v1/Content/{Sid}/ApprovalRequests",
    spec="content_v1",
    record=ApprovalFetch,
)


class ApprovalFetchContext(Resource):
    """One ``Content/Sid/ApprovalRequests`` record."""

    _path = "/v1/Content/{Sid}/ApprovalRequests"

    async def fetch(self) -> ApprovalFetch:
        """Fetch Approval Status."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class ApprovalFetchList(Resource):
    """``Content/Sid/ApprovalRequests``."""

    def __call__(self) -> ApprovalFetchContext:
        """The one record of this resource."""
        return self._child(ApprovalFetchContext)
