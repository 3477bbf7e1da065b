# Generated from specs/twilio-oai/twilio_knowledge_v1.json by codegen; do not edit.
"""Knowledge v1: Chunk (Knowledge/id/Chunks) on knowledge.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource

__all__ = ["ChunkList", "KnowledgeChunk"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class KnowledgeChunk(Record):
    """Record ``knowledge.v1.service.knowledge_chunk`` (every field may be ``None``)."""

    account_sid: str | None = None
    content: str | None = None
    metadata: dict[str, Any] | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None


_LIST_LIST: Operation[KnowledgeChunk] = Operation(
    id="knowledge.v1.knowledge.chunks.list",
    method="GET",
    product="knowledge",
    path="/v1/Knowledge/{id}/Chunks",
    spec="knowledge_v1",
    record=KnowledgeChunk,
    paging="meta",
    envelope="chunks",
)


class ChunkList(Resource):
    """``Knowledge/id/Chunks``."""

    _path = "/v1/Knowledge/{id}/Chunks"

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[KnowledgeChunk]:
        """List knowledge chunks. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[KnowledgeChunk]:
        """List knowledge chunks. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[KnowledgeChunk]:
        """List knowledge chunks. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
