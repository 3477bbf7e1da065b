# Generated from specs/twilio-oai/twilio_assistants_v1.json by codegen; do not edit.
"""Assistants v1: AssistantsKnowledge (Assistants/assistantId/Knowledge) on assistants.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["AssistantsKnowledgeContext", "AssistantsKnowledgeList", "Knowledge"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Knowledge(Record):
    """Record ``assistants.v1.service.knowledge`` (every field may be ``None``)."""

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


_LIST_LIST: Operation[Knowledge] = Operation(
    id="assistants.v1.assistants.assistants_knowledge.list",
    method="GET",
    product="assistants",
    path="/v1/Assistants/{assistantId}/Knowledge",
    spec="assistants_v1",
    record=Knowledge,
    paging="meta",
    envelope="knowledge",
)


_CONTEXT_CREATE: Operation[Any] = Operation(
    id="assistants.v1.assistants.assistants_knowledge.create",
    method="POST",
    product="assistants",
    path="/v1/Assistants/{assistantId}/Knowledge/{id}",
    spec="assistants_v1",
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="assistants.v1.assistants.assistants_knowledge.delete",
    method="DELETE",
    product="assistants",
    path="/v1/Assistants/{assistantId}/Knowledge/{id}",
    spec="assistants_v1",
)


class AssistantsKnowledgeContext(Resource):
    """One ``Assistants/assistantId/Knowledge`` record: id."""

    _path = "/v1/Assistants/{assistantId}/Knowledge/{id}"

    @property
    def id(self) -> str:
        """The ``id`` this context points at."""
        return self._values[1]

    async def create(self) -> Any:
        """Attach Knowledge to Assistant."""
        return await self._call(_CONTEXT_CREATE, {})

    create_with_http_info = with_http_info(_CONTEXT_CREATE, create)

    async def delete(self) -> bool:
        """Detach Knowledge to Assistant."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class AssistantsKnowledgeList(Resource):
    """``Assistants/assistantId/Knowledge`` (call it with a id)."""

    _path = "/v1/Assistants/{assistantId}/Knowledge"

    def __call__(self, id: str) -> AssistantsKnowledgeContext:
        """The record with this ``id``."""
        return self._child(AssistantsKnowledgeContext, id=id)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Knowledge]:
        """List all knowledge for an Assistant. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Knowledge]:
        """List all knowledge for an Assistant. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Knowledge]:
        """List all knowledge for an Assistant. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
