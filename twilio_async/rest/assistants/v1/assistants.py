# Generated from specs/twilio-oai/twilio_assistants_v1.json by codegen; do not edit.
"""Assistants v1: Assistant (Assistants) on assistants.twilio.com."""

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
    from twilio_async.rest.assistants.v1.assistants_feedbacks import FeedbackList
    from twilio_async.rest.assistants.v1.assistants_knowledge import AssistantsKnowledgeList
    from twilio_async.rest.assistants.v1.assistants_messages import MessageList
    from twilio_async.rest.assistants.v1.assistants_tools import AssistantsToolList

__all__ = [
    "Assistant",
    "AssistantContext",
    "AssistantCreateParams",
    "AssistantList",
    "AssistantUpdateParams",
    "AssistantWithToolsAndKnowledge",
    "Knowledge",
    "Tool",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Assistant(Record):
    """Record ``assistants.v1.service.assistant`` (every field may be ``None``)."""

    account_sid: str | None = None
    customer_ai: dict[str, Any] | None = None
    id: str | None = None
    model: str | None = None
    name: str | None = None
    owner: str | None = None
    url: str | None = None
    personality_prompt: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AssistantWithToolsAndKnowledge(Record):
    """Record ``assistants.v1.service.assistant_with_tools_and_knowledge`` (every field may be ``None``)."""

    account_sid: str | None = None
    customer_ai: dict[str, Any] | None = None
    id: str | None = None
    model: str | None = None
    name: str | None = None
    owner: str | None = None
    url: str | None = None
    personality_prompt: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    knowledge: list[Knowledge] | None = None
    tools: list[Tool] | None = None


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


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Tool(Record):
    """Record ``assistants.v1.service.tool`` (every field may be ``None``)."""

    account_sid: str | None = None
    description: str | None = None
    enabled: bool | None = None
    id: str | None = None
    meta: dict[str, Any] | None = None
    name: str | None = None
    requires_auth: bool | None = None
    type: str | None = None
    url: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None


class AssistantCreateParams(TypedDict, total=False):
    """Keywords of ``assistants.v1.assistants.create`` (``CreateAssistant``)."""

    assistants_v1_service_create_assistant_request: Required[Mapping[str, Any]]
    """JSON body."""


class AssistantUpdateParams(TypedDict, total=False):
    """Keywords of ``assistants.v1.assistants.update`` (``UpdateAssistant``)."""

    assistants_v1_service_update_assistant_request: Mapping[str, Any]
    """JSON body."""


_LIST_LIST: Operation[Assistant] = Operation(
    id="assistants.v1.assistants.list",
    method="GET",
    product="assistants",
    path="/v1/Assistants",
    spec="assistants_v1",
    record=Assistant,
    paging="meta",
    envelope="assistants",
)


_LIST_CREATE: Operation[Assistant] = Operation(
    id="assistants.v1.assistants.create",
    method="POST",
    product="assistants",
    path="/v1/Assistants",
    spec="assistants_v1",
    record=Assistant,
    body="assistants_v1_service_create_assistant_request",
    required=frozenset(["assistants_v1_service_create_assistant_request"]),
)


_CONTEXT_FETCH: Operation[AssistantWithToolsAndKnowledge] = Operation(
    id="assistants.v1.assistants.fetch",
    method="GET",
    product="assistants",
    path="/v1/Assistants/{id}",
    spec="assistants_v1",
    record=AssistantWithToolsAndKnowledge,
)


_CONTEXT_UPDATE: Operation[Assistant] = Operation(
    id="assistants.v1.assistants.update",
    method="PUT",
    product="assistants",
    path="/v1/Assistants/{id}",
    spec="assistants_v1",
    record=Assistant,
    body="assistants_v1_service_update_assistant_request",
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="assistants.v1.assistants.delete",
    method="DELETE",
    product="assistants",
    path="/v1/Assistants/{id}",
    spec="assistants_v1",
)


class AssistantContext(Resource):
    """One ``Assistants`` record: id."""

    _path = "/v1/Assistants/{id}"

    @property
    def id(self) -> str:
        """The ``id`` this context points at."""
        return self._values[0]

    async def fetch(self) -> AssistantWithToolsAndKnowledge:
        """Get an assistant by ID."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[AssistantUpdateParams]) -> Assistant:
        """Update an assistant by ID."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete an assistant by ID."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def messages(self) -> MessageList:
        """``Assistants/id/Messages``."""
        from twilio_async.rest.assistants.v1.assistants_messages import MessageList

        return self._child(MessageList)

    @property
    def feedbacks(self) -> FeedbackList:
        """``Assistants/id/Feedbacks``."""
        from twilio_async.rest.assistants.v1.assistants_feedbacks import FeedbackList

        return self._child(FeedbackList)

    @property
    def assistants_knowledge(self) -> AssistantsKnowledgeList:
        """``Assistants/assistantId/Knowledge``."""
        from twilio_async.rest.assistants.v1.assistants_knowledge import AssistantsKnowledgeList

        return self._child(AssistantsKnowledgeList)

    @property
    def assistants_tools(self) -> AssistantsToolList:
        """``Assistants/assistantId/Tools``."""
        from twilio_async.rest.assistants.v1.assistants_tools import AssistantsToolList

        return self._child(AssistantsToolList)


class AssistantList(CreateMany[AssistantCreateParams, Assistant], Resource):
    """``Assistants`` (call it with a id)."""

    _path = "/v1/Assistants"
    _create_operation = _LIST_CREATE

    def __call__(self, id: str) -> AssistantContext:
        """The record with this ``id``."""
        return self._child(AssistantContext, id=id)

    async def create(self, **params: Unpack[AssistantCreateParams]) -> Assistant:
        """Create a new assistant."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Assistant]:
        """List all assistants. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Assistant]:
        """List all assistants. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Assistant]:
        """List all assistants. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
