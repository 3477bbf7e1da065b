# Generated from specs/twilio-oai/twilio_knowledge_v1.json by codegen; do not edit.
"""Knowledge v1: Knowledge (Knowledge) on knowledge.twilio.com."""

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
    from twilio_async.rest.knowledge.v1.knowledge_chunks import ChunkList
    from twilio_async.rest.knowledge.v1.knowledge_status import KnowledgeStatusList

__all__ = [
    "Knowledge",
    "KnowledgeContext",
    "KnowledgeCreateParams",
    "KnowledgeList",
    "KnowledgeListParams",
    "KnowledgeResult",
    "KnowledgeUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Knowledge(Record):
    """Record ``knowledge.v1.service.knowledge`` (every field may be ``None``)."""

    description: str | None = None
    id: str | None = None
    account_sid: str | None = None
    knowledge_source_details: dict[str, Any] | None = None
    name: str | None = None
    status: str | None = None
    type: str | None = None
    url: str | None = None
    embedding_model: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class KnowledgeResult(Record):
    """Record ``Knowledge`` (every field may be ``None``)."""

    description: str | None = None
    id: str | None = None
    account_sid: str | None = None
    knowledge_source_details: dict[str, Any] | None = None
    name: str | None = None
    status: str | None = None
    type: str | None = None
    url: str | None = None
    embedding_model: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None


class KnowledgeListParams(TypedDict, total=False):
    """Keywords of ``knowledge.v1.knowledge.list`` (``ListKnowledge``)."""

    tags: str
    """Json array of tag and value pairs for tag filtering."""


class KnowledgeCreateParams(TypedDict, total=False):
    """Keywords of ``knowledge.v1.knowledge.create`` (``CreateKnowledge``)."""

    knowledge_v1_service_create_knowledge_request: Required[Mapping[str, Any]]
    """JSON body."""


class KnowledgeUpdateParams(TypedDict, total=False):
    """Keywords of ``knowledge.v1.knowledge.update`` (``UpdateKnowledge``)."""

    knowledge_v1_service_update_knowledge_request: Mapping[str, Any]
    """JSON body."""


_LIST_LIST: Operation[KnowledgeResult] = Operation(
    id="knowledge.v1.knowledge.list",
    method="GET",
    product="knowledge",
    path="/v1/Knowledge",
    spec="knowledge_v1",
    record=KnowledgeResult,
    query={
        "tags": "Tags",
    },
    paging="meta",
    envelope="knowledge",
)


_LIST_CREATE: Operation[Knowledge] = Operation(
    id="knowledge.v1.knowledge.create",
    method="POST",
    product="knowledge",
    path="/v1/Knowledge",
    spec="knowledge_v1",
    record=Knowledge,
    body="knowledge_v1_service_create_knowledge_request",
    required=frozenset(["knowledge_v1_service_create_knowledge_request"]),
)


_CONTEXT_FETCH: Operation[Knowledge] = Operation(
    id="knowledge.v1.knowledge.fetch",
    method="GET",
    product="knowledge",
    path="/v1/Knowledge/{id}",
    spec="knowledge_v1",
    record=Knowledge,
)


_CONTEXT_UPDATE: Operation[Knowledge] = Operation(
    id="knowledge.v1.knowledge.update",
    method="PUT",
    product="knowledge",
    path="/v1/Knowledge/{id}",
    spec="knowledge_v1",
    record=Knowledge,
    body="knowledge_v1_service_update_knowledge_request",
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="knowledge.v1.knowledge.delete",
    method="DELETE",
    product="knowledge",
    path="/v1/Knowledge/{id}",
    spec="knowledge_v1",
)


class KnowledgeContext(Resource):
    """One ``Knowledge`` record: id."""

    _path = "/v1/Knowledge/{id}"

    @property
    def id(self) -> str:
        """The ``id`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Knowledge:
        """Get knowledge."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[KnowledgeUpdateParams]) -> Knowledge:
        """Update knowledge."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete knowledge."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def knowledge_status(self) -> KnowledgeStatusList:
        """``Knowledge/id/Status``."""
        from twilio_async.rest.knowledge.v1.knowledge_status import KnowledgeStatusList

        return self._child(KnowledgeStatusList)

    @property
    def chunks(self) -> ChunkList:
        """``Knowledge/id/Chunks``."""
        from twilio_async.rest.knowledge.v1.knowledge_chunks import ChunkList

        return self._child(ChunkList)


class KnowledgeList(CreateMany[KnowledgeCreateParams, Knowledge], Resource):
    """``Knowledge`` (call it with a id)."""

    _path = "/v1/Knowledge"
    _create_operation = _LIST_CREATE

    def __call__(self, id: str) -> KnowledgeContext:
        """The record with this ``id``."""
        return self._child(KnowledgeContext, id=id)

    async def create(self, **params: Unpack[KnowledgeCreateParams]) -> Knowledge:
        """Create knowledge."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[KnowledgeListParams],
    ) -> AsyncIterator[KnowledgeResult]:
        """List all knowledge. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[KnowledgeListParams],
    ) -> Page[KnowledgeResult]:
        """List all knowledge. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[KnowledgeListParams],
    ) -> list[KnowledgeResult]:
        """List all knowledge. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
