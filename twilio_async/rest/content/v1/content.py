# Generated from specs/twilio-oai/twilio_content_v1.json by codegen; do not edit.
"""Content v1: Content (Content) on content.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.content.v1.content_approval_requests import ApprovalFetchList
    from twilio_async.rest.content.v1.content_approval_requests_whatsapp import ApprovalCreateList

__all__ = ["Content", "ContentContext", "ContentCreateParams", "ContentList", "ContentUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Content(Record):
    """Record ``content.v1.content`` (every field but ``date_created``, ``sid``, ``account_sid``, ``url`` may be ``None``)."""

    date_created: datetime
    date_updated: datetime | None = None
    sid: str
    account_sid: str
    friendly_name: str | None = None
    language: str | None = None
    variables: dict[str, Any] | None = None
    types: dict[str, Any] | None = None
    url: str
    links: dict[str, Any] | None = None


class ContentUpdateParams(TypedDict, total=False):
    """Keywords of ``content.v1.contents.update`` (``UpdateContent``)."""

    content_update_request: Required[Mapping[str, Any]]
    """JSON body."""


class ContentCreateParams(TypedDict, total=False):
    """Keywords of ``content.v1.contents.create`` (``CreateContent``)."""

    content_create_request: Required[Mapping[str, Any]]
    """JSON body."""


_CONTEXT_FETCH: Operation[Content] = Operation(
    id="content.v1.contents.fetch",
    method="GET",
    product="content",
    path="/v1/Content/{Sid}",
    spec="content_v1",
    record=Content,
)


_CONTEXT_UPDATE: Operation[Content] = Operation(
    id="content.v1.contents.update",
    method="PUT",
    product="content",
    path="/v1/Content/{Sid}",
    spec="content_v1",
    record=Content,
    body="content_update_request",
    required=frozenset(["content_update_request"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="content.v1.contents.delete",
    method="DELETE",
    product="content",
    path="/v1/Content/{Sid}",
    spec="content_v1",
)


_LIST_LIST: Operation[Content] = Operation(
    id="content.v1.contents.list",
    method="GET",
    product="content",
    path="/v1/Content",
    spec="content_v1",
    record=Content,
    paging="meta",
    envelope="contents",
)


_LIST_CREATE: Operation[Content] = Operation(
    id="content.v1.contents.create",
    method="POST",
    product="content",
    path="/v1/Content",
    spec="content_v1",
    record=Content,
    body="content_create_request",
    required=frozenset(["content_create_request"]),
)


class ContentContext(Resource):
    """One ``Content`` record: sid."""

    _path = "/v1/Content/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Content:
        """Fetch Content."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ContentUpdateParams]) -> Content:
        """Update Content."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete Content."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def approval_create(self) -> ApprovalCreateList:
        """``Content/ContentSid/ApprovalRequests/whatsapp``."""
        from twilio_async.rest.content.v1.content_approval_requests_whatsapp import (
            ApprovalCreateList,
        )

        return self._child(ApprovalCreateList)

    @property
    def approval_fetch(self) -> ApprovalFetchList:
        """``Content/Sid/ApprovalRequests``."""
        from twilio_async.rest.content.v1.content_approval_requests import ApprovalFetchList

        return self._child(ApprovalFetchList)


class ContentList(CreateMany[ContentCreateParams, Content], Resource):
    """``Content`` (call it with a sid)."""

    _path = "/v1/Content"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ContentContext:
        """The record with this ``sid``."""
        return self._child(ContentContext, sid=sid)

    async def create(self, **params: Unpack[ContentCreateParams]) -> Content:
        """Create Content."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Content]:
        """List Contents. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Content]:
        """List Contents. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Content]:
        """List Contents. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
