# Generated from specs/twilio-oai/twilio_content_v1.json by codegen; do not edit.
"""Content v1: ApprovalCreate (Content/ContentSid/ApprovalRequests/whatsapp) on content.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["ApprovalCreate", "ApprovalCreateCreateParams", "ApprovalCreateList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ApprovalCreate(Record):
    """Record ``content.v1.content.approval_create`` (every field may be ``None``)."""

    name: str | None = None
    category: str | None = None
    content_type: str | None = None
    status: str | None = None
    rejection_reason: str | None = None
    allow_category_change: bool | None = None


class ApprovalCreateCreateParams(TypedDict, total=False):
    """Keywords of ``content.v1.contents.approval_create.create`` (``CreateApprovalCreate``)."""

    content_approval_request: Required[Mapping[str, Any]]
    """JSON body."""


_LIST_CREATE: Operation[ApprovalCreate] = Operation(
    id="content.v1.contents.approval_create.create",
    method="POST",
    product="content",
    path="/v1/Content/{ContentSid}/ApprovalRequests/whatsapp",
    spec="content_v1",
    record=ApprovalCreate,
    body="content_approval_request",
    required=frozenset(["content_approval_request"]),
)


class ApprovalCreateList(CreateMany[ApprovalCreateCreateParams, ApprovalCreate], Resource):
    """``Content/ContentSid/ApprovalRequests/whatsapp``."""

    _path = "/v1/Content/{ContentSid}/ApprovalRequests/whatsapp"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[ApprovalCreateCreateParams]) -> ApprovalCreate:
        """Create Content Approval Request."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
