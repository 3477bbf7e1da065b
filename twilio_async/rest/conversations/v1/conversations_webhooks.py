# Generated from specs/twilio-oai/twilio_conversations_v1.json by codegen; do not edit.
"""Conversations v1: Webhook (Conversations/ConversationSid/Webhooks) on conversations.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "ConversationScopedWebhook",
    "WebhookContext",
    "WebhookCreateParams",
    "WebhookList",
    "WebhookUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ConversationScopedWebhook(Record):
    """Record ``conversations.v1.conversation.conversation_scoped_webhook`` (every field but ``sid``, ``account_sid``, ``conversation_sid``, ``url``, ``date_created`` may be ``None``)."""

    sid: str
    account_sid: str
    conversation_sid: str
    target: str | None = None
    url: str
    configuration: Any | None = None
    date_created: datetime
    date_updated: datetime | None = None


class WebhookCreateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.conversations.webhooks.create`` (``CreateConversationScopedWebhook``)."""

    target: Required[str]
    configuration_url: str
    """The absolute url the webhook request should be sent to."""
    configuration_method: str
    configuration_filters: Sequence[str]
    """The list of events, firing webhook event for this Conversation."""
    configuration_triggers: Sequence[str]
    """The list of keywords, firing webhook event for this Conversation."""
    configuration_flow_sid: str
    """The studio flow SID, where the webhook should be sent to."""
    configuration_replay_after: int
    """The message index for which and it's successors the webhook will be replayed."""


class WebhookUpdateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.conversations.webhooks.update`` (``UpdateConversationScopedWebhook``)."""

    configuration_url: str
    """The absolute url the webhook request should be sent to."""
    configuration_method: str
    configuration_filters: Sequence[str]
    """The list of events, firing webhook event for this Conversation."""
    configuration_triggers: Sequence[str]
    """The list of keywords, firing webhook event for this Conversation."""
    configuration_flow_sid: str
    """The studio flow SID, where the webhook should be sent to."""


_LIST_LIST: Operation[ConversationScopedWebhook] = Operation(
    id="conversations.v1.conversations.webhooks.list",
    method="GET",
    product="conversations",
    path="/v1/Conversations/{ConversationSid}/Webhooks",
    spec="conversations_v1",
    record=ConversationScopedWebhook,
    paging="meta",
    envelope="webhooks",
    max_page_size=5,
)


_LIST_CREATE: Operation[ConversationScopedWebhook] = Operation(
    id="conversations.v1.conversations.webhooks.create",
    method="POST",
    product="conversations",
    path="/v1/Conversations/{ConversationSid}/Webhooks",
    spec="conversations_v1",
    record=ConversationScopedWebhook,
    form={
        "target": "Target",
        "configuration_url": "Configuration.Url",
        "configuration_method": "Configuration.Method",
        "configuration_filters": "Configuration.Filters",
        "configuration_triggers": "Configuration.Triggers",
        "configuration_flow_sid": "Configuration.FlowSid",
        "configuration_replay_after": "Configuration.ReplayAfter",
    },
    required=frozenset(["target"]),
)


_CONTEXT_FETCH: Operation[ConversationScopedWebhook] = Operation(
    id="conversations.v1.conversations.webhooks.fetch",
    method="GET",
    product="conversations",
    path="/v1/Conversations/{ConversationSid}/Webhooks/{Sid}",
    spec="conversations_v1",
    record=ConversationScopedWebhook,
)


_CONTEXT_UPDATE: Operation[ConversationScopedWebhook] = Operation(
    id="conversations.v1.conversations.webhooks.update",
    method="POST",
    product="conversations",
    path="/v1/Conversations/{ConversationSid}/Webhooks/{Sid}",
    spec="conversations_v1",
    record=ConversationScopedWebhook,
    form={
        "configuration_url": "Configuration.Url",
        "configuration_method": "Configuration.Method",
        "configuration_filters": "Configuration.Filters",
        "configuration_triggers": "Configuration.Triggers",
        "configuration_flow_sid": "Configuration.FlowSid",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="conversations.v1.conversations.webhooks.delete",
    method="DELETE",
    product="conversations",
    path="/v1/Conversations/{ConversationSid}/Webhooks/{Sid}",
    spec="conversations_v1",
)


class WebhookContext(Resource):
    """One ``Conversations/ConversationSid/Webhooks`` record: sid."""

    _path = "/v1/Conversations/{ConversationSid}/Webhooks/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> ConversationScopedWebhook:
        """Fetch the configuration of a conversation-scoped webhook."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[WebhookUpdateParams]) -> ConversationScopedWebhook:
        """Update an existing conversation-scoped webhook."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Remove an existing webhook scoped to the conversation."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class WebhookList(CreateMany[WebhookCreateParams, ConversationScopedWebhook], Resource):
    """``Conversations/ConversationSid/Webhooks`` (call it with a sid)."""

    _path = "/v1/Conversations/{ConversationSid}/Webhooks"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> WebhookContext:
        """The record with this ``sid``."""
        return self._child(WebhookContext, sid=sid)

    async def create(self, **params: Unpack[WebhookCreateParams]) -> ConversationScopedWebhook:
        """Create a new webhook scoped to the conversation."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[ConversationScopedWebhook]:
        """Retrieve a list of all webhooks scoped to the conversation. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[ConversationScopedWebhook]:
        """Retrieve a list of all webhooks scoped to the conversation. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[ConversationScopedWebhook]:
        """Retrieve a list of all webhooks scoped to the conversation. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
