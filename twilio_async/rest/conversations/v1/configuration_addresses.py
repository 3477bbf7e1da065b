# Generated from specs/twilio-oai/twilio_conversations_v1.json by codegen; do not edit.
"""Conversations v1: AddressConfiguration (Configuration/Addresses) on conversations.twilio.com."""

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
    "AddressConfigurationContext",
    "AddressConfigurationCreateParams",
    "AddressConfigurationList",
    "AddressConfigurationListParams",
    "AddressConfigurationUpdateParams",
    "ConfigurationAddress",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ConfigurationAddress(Record):
    """Record ``conversations.v1.configuration_address`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    type: str | None = None
    address: str | None = None
    friendly_name: str | None = None
    auto_creation: Any | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    address_country: str | None = None


class AddressConfigurationListParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.address_configurations.list`` (``ListConfigurationAddress``)."""

    type: str
    """Filter the address configurations by its type."""


class AddressConfigurationCreateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.address_configurations.create`` (``CreateConfigurationAddress``)."""

    type: Required[str]
    address: Required[str]
    """The unique address to be configured."""
    friendly_name: str
    """The human-readable name of this configuration, limited to 256 characters."""
    auto_creation_enabled: bool
    """Enable/Disable auto-creating conversations for messages to this address."""
    auto_creation_type: str
    auto_creation_conversation_service_sid: str
    """Conversation Service for the auto-created conversation."""
    auto_creation_webhook_url: str
    """For type `webhook`, the url for the webhook request."""
    auto_creation_webhook_method: str
    auto_creation_webhook_filters: Sequence[str]
    """The list of events, firing webhook event for this Conversation."""
    auto_creation_studio_flow_sid: str
    """For type `studio`, the studio flow SID where the webhook should be sent to."""
    auto_creation_studio_retry_count: int
    """For type `studio`, number of times to retry the webhook request."""
    address_country: str
    """An ISO 3166-1 alpha-2n country code which the address belongs to."""


class AddressConfigurationUpdateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.address_configurations.update`` (``UpdateConfigurationAddress``)."""

    friendly_name: str
    """The human-readable name of this configuration, limited to 256 characters."""
    auto_creation_enabled: bool
    """Enable/Disable auto-creating conversations for messages to this address."""
    auto_creation_type: str
    auto_creation_conversation_service_sid: str
    """Conversation Service for the auto-created conversation."""
    auto_creation_webhook_url: str
    """For type `webhook`, the url for the webhook request."""
    auto_creation_webhook_method: str
    auto_creation_webhook_filters: Sequence[str]
    """The list of events, firing webhook event for this Conversation."""
    auto_creation_studio_flow_sid: str
    """For type `studio`, the studio flow SID where the webhook should be sent to."""
    auto_creation_studio_retry_count: int
    """For type `studio`, number of times to retry the webhook request."""


_LIST_LIST: Operation[ConfigurationAddress] = Operation(
    id="conversations.v1.address_configurations.list",
    method="GET",
    product="conversations",
    path="/v1/Configuration/Addresses",
    spec="conversations_v1",
    record=ConfigurationAddress,
    query={
        "type": "Type",
    },
    paging="meta",
    envelope="address_configurations",
    max_page_size=50,
)


_LIST_CREATE: Operation[ConfigurationAddress] = Operation(
    id="conversations.v1.address_configurations.create",
    method="POST",
    product="conversations",
    path="/v1/Configuration/Addresses",
    spec="conversations_v1",
    record=ConfigurationAddress,
    form={
        "type": "Type",
        "address": "Address",
        "friendly_name": "FriendlyName",
        "auto_creation_enabled": "AutoCreation.Enabled",
        "auto_creation_type": "AutoCreation.Type",
        "auto_creation_conversation_service_sid": "AutoCreation.ConversationServiceSid",
        "auto_creation_webhook_url": "AutoCreation.WebhookUrl",
        "auto_creation_webhook_method": "AutoCreation.WebhookMethod",
        "auto_creation_webhook_filters": "AutoCreation.WebhookFilters",
        "auto_creation_studio_flow_sid": "AutoCreation.StudioFlowSid",
        "auto_creation_studio_retry_count": "AutoCreation.StudioRetryCount",
        "address_country": "AddressCountry",
    },
    required=frozenset(["address", "type"]),
)


_CONTEXT_FETCH: Operation[ConfigurationAddress] = Operation(
    id="conversations.v1.address_configurations.fetch",
    method="GET",
    product="conversations",
    path="/v1/Configuration/Addresses/{Sid}",
    spec="conversations_v1",
    record=ConfigurationAddress,
)


_CONTEXT_UPDATE: Operation[ConfigurationAddress] = Operation(
    id="conversations.v1.address_configurations.update",
    method="POST",
    product="conversations",
    path="/v1/Configuration/Addresses/{Sid}",
    spec="conversations_v1",
    record=ConfigurationAddress,
    form={
        "friendly_name": "FriendlyName",
        "auto_creation_enabled": "AutoCreation.Enabled",
        "auto_creation_type": "AutoCreation.Type",
        "auto_creation_conversation_service_sid": "AutoCreation.ConversationServiceSid",
        "auto_creation_webhook_url": "AutoCreation.WebhookUrl",
        "auto_creation_webhook_method": "AutoCreation.WebhookMethod",
        "auto_creation_webhook_filters": "AutoCreation.WebhookFilters",
        "auto_creation_studio_flow_sid": "AutoCreation.StudioFlowSid",
        "auto_creation_studio_retry_count": "AutoCreation.StudioRetryCount",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="conversations.v1.address_configurations.delete",
    method="DELETE",
    product="conversations",
    path="/v1/Configuration/Addresses/{Sid}",
    spec="conversations_v1",
)


class AddressConfigurationContext(Resource):
    """One ``Configuration/Addresses`` record: sid."""

    _path = "/v1/Configuration/Addresses/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> ConfigurationAddress:
        """Fetch an address configuration."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(
        self, **params: Unpack[AddressConfigurationUpdateParams]
    ) -> ConfigurationAddress:
        """Update an existing address configuration."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Remove an existing address configuration."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class AddressConfigurationList(
    CreateMany[AddressConfigurationCreateParams, ConfigurationAddress], Resource
):
    """``Configuration/Addresses`` (call it with a sid)."""

    _path = "/v1/Configuration/Addresses"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> AddressConfigurationContext:
        """The record with this ``sid``."""
        return self._child(AddressConfigurationContext, sid=sid)

    async def create(
        self, **params: Unpack[AddressConfigurationCreateParams]
    ) -> ConfigurationAddress:
        """Create a new address configuration."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[AddressConfigurationListParams],
    ) -> AsyncIterator[ConfigurationAddress]:
        """Retrieve a list of address configurations for an account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[AddressConfigurationListParams],
    ) -> Page[ConfigurationAddress]:
        """Retrieve a list of address configurations for an account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[AddressConfigurationListParams],
    ) -> list[ConfigurationAddress]:
        """Retrieve a list of address configurations for an account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
