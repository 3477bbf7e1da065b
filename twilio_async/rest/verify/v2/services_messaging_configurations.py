# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: MessagingConfiguration (Services/ServiceSid/MessagingConfigurations) on verify.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "MessagingConfiguration",
    "MessagingConfigurationContext",
    "MessagingConfigurationCreateParams",
    "MessagingConfigurationList",
    "MessagingConfigurationUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class MessagingConfiguration(Record):
    """Record ``verify.v2.service.messaging_configuration`` (every field but ``account_sid``, ``service_sid``, ``country``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    service_sid: str
    country: str
    messaging_service_sid: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class MessagingConfigurationCreateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.messaging_configurations.create`` (``CreateMessagingConfiguration``)."""

    country: Required[str]
    """The ISO-3166-1 country code of the country this configuration will be applied to."""
    messaging_service_sid: Required[str]
    """The SID of the Messaging Service to be used to send SMS to the country of this configuration."""


class MessagingConfigurationUpdateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.messaging_configurations.update`` (``UpdateMessagingConfiguration``)."""

    messaging_service_sid: Required[str]
    """The SID of the Messaging Service to be used to send SMS to the country of this configuration."""


_LIST_LIST: Operation[MessagingConfiguration] = Operation(
    id="verify.v2.services.messaging_configurations.list",
    method="GET",
    product="verify",
    path="/v2/Services/{ServiceSid}/MessagingConfigurations",
    spec="verify_v2",
    record=MessagingConfiguration,
    paging="meta",
    envelope="messaging_configurations",
)


_LIST_CREATE: Operation[MessagingConfiguration] = Operation(
    id="verify.v2.services.messaging_configurations.create",
    method="POST",
    product="verify",
    path="/v2/Services/{ServiceSid}/MessagingConfigurations",
    spec="verify_v2",
    record=MessagingConfiguration,
    form={
        "country": "Country",
        "messaging_service_sid": "MessagingServiceSid",
    },
    required=frozenset(["country", "messaging_service_sid"]),
)


_CONTEXT_FETCH: Operation[MessagingConfiguration] = Operation(
    id="verify.v2.services.messaging_configurations.fetch",
    method="GET",
    product="verify",
    path="/v2/Services/{ServiceSid}/MessagingConfigurations/{Country}",
    spec="verify_v2",
    record=MessagingConfiguration,
)


_CONTEXT_UPDATE: Operation[MessagingConfiguration] = Operation(
    id="verify.v2.services.messaging_configurations.update",
    method="POST",
    product="verify",
    path="/v2/Services/{ServiceSid}/MessagingConfigurations/{Country}",
    spec="verify_v2",
    record=MessagingConfiguration,
    form={
        "messaging_service_sid": "MessagingServiceSid",
    },
    required=frozenset(["messaging_service_sid"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="verify.v2.services.messaging_configurations.delete",
    method="DELETE",
    product="verify",
    path="/v2/Services/{ServiceSid}/MessagingConfigurations/{Country}",
    spec="verify_v2",
)


class MessagingConfigurationContext(Resource):
    """One ``Services/ServiceSid/MessagingConfigurations`` record: country."""

    _path = "/v2/Services/{ServiceSid}/MessagingConfigurations/{Country}"

    @property
    def country(self) -> str:
        """The ``country`` this context points at."""
        return self._values[1]

    async def fetch(self) -> MessagingConfiguration:
        """Fetch a specific MessagingConfiguration."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(
        self, **params: Unpack[MessagingConfigurationUpdateParams]
    ) -> MessagingConfiguration:
        """Update a specific MessagingConfiguration."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific MessagingConfiguration."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class MessagingConfigurationList(
    CreateMany[MessagingConfigurationCreateParams, MessagingConfiguration], Resource
):
    """``Services/ServiceSid/MessagingConfigurations`` (call it with a country)."""

    _path = "/v2/Services/{ServiceSid}/MessagingConfigurations"
    _create_operation = _LIST_CREATE

    def __call__(self, country: str) -> MessagingConfigurationContext:
        """The record with this ``country``."""
        return self._child(MessagingConfigurationContext, country=country)

    async def create(
        self, **params: Unpack[MessagingConfigurationCreateParams]
    ) -> MessagingConfiguration:
        """Create a new MessagingConfiguration for a service."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[MessagingConfiguration]:
        """Retrieve a list of all Messaging Configurations for a Service. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[MessagingConfiguration]:
        """Retrieve a list of all Messaging Configurations for a Service. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[MessagingConfiguration]:
        """Retrieve a list of all Messaging Configurations for a Service. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
