# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: FlexFlow (FlexFlows) on flex-api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "FlexFlow",
    "FlexFlowChannelType",
    "FlexFlowContext",
    "FlexFlowCreateParams",
    "FlexFlowIntegrationType",
    "FlexFlowList",
    "FlexFlowListParams",
    "FlexFlowUpdateParams",
]


class FlexFlowChannelType(OpenEnum):
    """``flex_flow_enum_channel_type``."""

    WEB = "web"
    SMS = "sms"
    FACEBOOK = "facebook"
    WHATSAPP = "whatsapp"
    LINE = "line"
    CUSTOM = "custom"


class FlexFlowIntegrationType(OpenEnum):
    """``flex_flow_enum_integration_type``."""

    STUDIO = "studio"
    EXTERNAL = "external"
    TASK = "task"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class FlexFlow(Record):
    """Record ``flex.v1.flex_flow`` (every field but ``account_sid``, ``date_created``, ``sid``, ``url`` may be ``None``)."""

    account_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    sid: str
    friendly_name: str | None = None
    chat_service_sid: str | None = None
    channel_type: FlexFlowChannelType | None = None
    contact_identity: str | None = None
    enabled: bool | None = None
    integration_type: FlexFlowIntegrationType | None = None
    integration: Any | None = None
    long_lived: bool | None = None
    janitor_enabled: bool | None = None
    url: str


class FlexFlowListParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.flex_flow.list`` (``ListFlexFlow``)."""

    friendly_name: str
    """The `friendly_name` of the Flex Flow resources to read."""


class FlexFlowCreateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.flex_flow.create`` (``CreateFlexFlow``)."""

    friendly_name: Required[str]
    """A descriptive string that you create to describe the Flex Flow resource."""
    chat_service_sid: Required[str]
    """The SID of the chat service."""
    channel_type: Required[str]
    contact_identity: str
    """The channel contact's Identity."""
    enabled: bool
    """Whether the new Flex Flow is enabled."""
    integration_type: str
    integration_flow_sid: str
    """The SID of the Studio Flow."""
    integration_url: str
    """The URL of the external webhook."""
    integration_workspace_sid: str
    """The Workspace SID for a new Task."""
    integration_workflow_sid: str
    """The Workflow SID for a new Task."""
    integration_channel: str
    """The Task Channel SID (TCXXXX) or unique name (e.g., `sms`) to use for the Task that will be created."""
    integration_timeout: int
    """The Task timeout in seconds for a new Task."""
    integration_priority: int
    """The Task priority of a new Task."""
    integration_creation_on_message: bool
    """In the context of outbound messaging, defines whether to create a Task immediately (and therefore reserve the conversation to current agent), or de..."""
    long_lived: bool
    """When enabled, Flex will keep the chat channel active so that it may be used for subsequent interactions with a contact identity."""
    janitor_enabled: bool
    """When enabled, the Messaging Channel Janitor will remove active Proxy sessions if the associated Task is deleted outside of the Flex UI."""
    integration_retry_count: int
    """The number of times to retry the Studio Flow or webhook in case of failure."""


class FlexFlowUpdateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.flex_flow.update`` (``UpdateFlexFlow``)."""

    friendly_name: str
    """A descriptive string that you create to describe the Flex Flow resource."""
    chat_service_sid: str
    """The SID of the chat service."""
    channel_type: str
    contact_identity: str
    """The channel contact's Identity."""
    enabled: bool
    """Whether the new Flex Flow is enabled."""
    integration_type: str
    integration_flow_sid: str
    """The SID of the Studio Flow."""
    integration_url: str
    """The URL of the external webhook."""
    integration_workspace_sid: str
    """The Workspace SID for a new Task."""
    integration_workflow_sid: str
    """The Workflow SID for a new Task."""
    integration_channel: str
    """The Task Channel SID (TCXXXX) or unique name (e.g., `sms`) to use for the Task that will be created."""
    integration_timeout: int
    """The Task timeout in seconds for a new Task."""
    integration_priority: int
    """The Task priority of a new Task."""
    integration_creation_on_message: bool
    """In the context of outbound messaging, defines whether to create a Task immediately (and therefore reserve the conversation to current agent), or de..."""
    long_lived: bool
    """When enabled, Flex will keep the chat channel active so that it may be used for subsequent interactions with a contact identity."""
    janitor_enabled: bool
    """When enabled, the Messaging Channel Janitor will remove active Proxy sessions if the associated Task is deleted outside of the Flex UI."""
    integration_retry_count: int
    """The number of times to retry the Studio Flow or webhook in case of failure."""


_LIST_LIST: Operation[FlexFlow] = Operation(
    id="flex_api.v1.flex_flow.list",
    method="GET",
    product="flex-api",
    path="/v1/FlexFlows",
    spec="flex_v1",
    record=FlexFlow,
    query={
        "friendly_name": "FriendlyName",
    },
    paging="meta",
    envelope="flex_flows",
)


_LIST_CREATE: Operation[FlexFlow] = Operation(
    id="flex_api.v1.flex_flow.create",
    method="POST",
    product="flex-api",
    path="/v1/FlexFlows",
    spec="flex_v1",
    record=FlexFlow,
    form={
        "friendly_name": "FriendlyName",
        "chat_service_sid": "ChatServiceSid",
        "channel_type": "ChannelType",
        "contact_identity": "ContactIdentity",
        "enabled": "Enabled",
        "integration_type": "IntegrationType",
        "integration_flow_sid": "Integration.FlowSid",
        "integration_url": "Integration.Url",
        "integration_workspace_sid": "Integration.WorkspaceSid",
        "integration_workflow_sid": "Integration.WorkflowSid",
        "integration_channel": "Integration.Channel",
        "integration_timeout": "Integration.Timeout",
        "integration_priority": "Integration.Priority",
        "integration_creation_on_message": "Integration.CreationOnMessage",
        "long_lived": "LongLived",
        "janitor_enabled": "JanitorEnabled",
        "integration_retry_count": "Integration.RetryCount",
    },
    required=frozenset(["channel_type", "chat_service_sid", "friendly_name"]),
)


_CONTEXT_FETCH: Operation[FlexFlow] = Operation(
    id="flex_api.v1.flex_flow.fetch",
    method="GET",
    product="flex-api",
    path="/v1/FlexFlows/{Sid}",
    spec="flex_v1",
    record=FlexFlow,
)


_CONTEXT_UPDATE: Operation[FlexFlow] = Operation(
    id="flex_api.v1.flex_flow.update",
    method="POST",
    product="flex-api",
    path="/v1/FlexFlows/{Sid}",
    spec="flex_v1",
    record=FlexFlow,
    form={
        "friendly_name": "FriendlyName",
        "chat_service_sid": "ChatServiceSid",
        "channel_type": "ChannelType",
        "contact_identity": "ContactIdentity",
        "enabled": "Enabled",
        "integration_type": "IntegrationType",
        "integration_flow_sid": "Integration.FlowSid",
        "integration_url": "Integration.Url",
        "integration_workspace_sid": "Integration.WorkspaceSid",
        "integration_workflow_sid": "Integration.WorkflowSid",
        "integration_channel": "Integration.Channel",
        "integration_timeout": "Integration.Timeout",
        "integration_priority": "Integration.Priority",
        "integration_creation_on_message": "Integration.CreationOnMessage",
        "long_lived": "LongLived",
        "janitor_enabled": "JanitorEnabled",
        "integration_retry_count": "Integration.RetryCount",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="flex_api.v1.flex_flow.delete",
    method="DELETE",
    product="flex-api",
    path="/v1/FlexFlows/{Sid}",
    spec="flex_v1",
)


class FlexFlowContext(Resource):
    """One ``FlexFlows`` record: sid."""

    _path = "/v1/FlexFlows/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> FlexFlow:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[FlexFlowUpdateParams]) -> FlexFlow:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class FlexFlowList(CreateMany[FlexFlowCreateParams, FlexFlow], Resource):
    """``FlexFlows`` (call it with a sid)."""

    _path = "/v1/FlexFlows"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> FlexFlowContext:
        """The record with this ``sid``."""
        return self._child(FlexFlowContext, sid=sid)

    async def create(self, **params: Unpack[FlexFlowCreateParams]) -> FlexFlow:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[FlexFlowListParams],
    ) -> AsyncIterator[FlexFlow]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[FlexFlowListParams],
    ) -> Page[FlexFlow]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[FlexFlowListParams],
    ) -> list[FlexFlow]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
