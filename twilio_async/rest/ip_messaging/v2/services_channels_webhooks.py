# Generated from specs/twilio-oai/twilio_ip_messaging_v2.json by codegen; do not edit.
"""IpMessaging v2: Webhook (Services/ServiceSid/Channels/ChannelSid/Webhooks) on ip-messaging.twilio.com."""

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
    "ChannelWebhook",
    "WebhookContext",
    "WebhookCreateParams",
    "WebhookList",
    "WebhookUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ChannelWebhook(Record):
    """Record ``ip_messaging.v2.service.channel.channel_webhook`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``channel_sid``, ``url``, ``date_created`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    channel_sid: str
    type: str | None = None
    url: str
    configuration: Any | None = None
    date_created: datetime
    date_updated: datetime | None = None


class WebhookCreateParams(TypedDict, total=False):
    """Keywords of ``ip_messaging.v2.services.channels.webhooks.create`` (``CreateChannelWebhook``)."""

    type: Required[str]
    configuration_url: str
    configuration_method: str
    configuration_filters: Sequence[str]
    configuration_triggers: Sequence[str]
    configuration_flow_sid: str
    configuration_retry_count: int


class WebhookUpdateParams(TypedDict, total=False):
    """Keywords of ``ip_messaging.v2.services.channels.webhooks.update`` (``UpdateChannelWebhook``)."""

    configuration_url: str
    configuration_method: str
    configuration_filters: Sequence[str]
    configuration_triggers: Sequence[str]
    configuration_flow_sid: str
    configuration_retry_count: int


_LIST_LIST: Operation[ChannelWebhook] = Operation(
    id="ip_messaging.v2.services.channels.webhooks.list",
    method="GET",
    product="ip-messaging",
    path="/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks",
    spec="ip_messaging_v2",
    record=ChannelWebhook,
    paging="meta",
    envelope="webhooks",
    max_page_size=5,
)


_LIST_CREATE: Operation[ChannelWebhook] = Operation(
    id="ip_messaging.v2.services.channels.webhooks.create",
    method="POST",
    product="ip-messaging",
    path="/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks",
    spec="ip_messaging_v2",
    record=ChannelWebhook,
    form={
        "type": "Type",
        "configuration_url": "Configuration.Url",
        "configuration_method": "Configuration.Method",
        "configuration_filters": "Configuration.Filters",
        "configuration_triggers": "Configuration.Triggers",
        "configuration_flow_sid": "Configuration.FlowSid",
        "configuration_retry_count": "Configuration.RetryCount",
    },
    required=frozenset(["type"]),
)


_CONTEXT_FETCH: Operation[ChannelWebhook] = Operation(
    id="ip_messaging.v2.services.channels.webhooks.fetch",
    method="GET",
    product="ip-messaging",
    path="/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks/{Sid}",
    spec="ip_messaging_v2",
    record=ChannelWebhook,
)


_CONTEXT_UPDATE: Operation[ChannelWebhook] = Operation(
    id="ip_messaging.v2.services.channels.webhooks.update",
    method="POST",
    product="ip-messaging",
    path="/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks/{Sid}",
    spec="ip_messaging_v2",
    record=ChannelWebhook,
    form={
        "configuration_url": "Configuration.Url",
        "configuration_method": "Configuration.Method",
        "configuration_filters": "Configuration.Filters",
        "configuration_triggers": "Configuration.Triggers",
        "configuration_flow_sid": "Configuration.FlowSid",
        "configuration_retry_count": "Configuration.RetryCount",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="ip_messaging.v2.services.channels.webhooks.delete",
    method="DELETE",
    product="ip-messaging",
    path="/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks/{Sid}",
    spec="ip_messaging_v2",
)


class WebhookContext(Resource):
    """One ``Services/ServiceSid/Channels/ChannelSid/Webhooks`` record: sid."""

    _path = "/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> ChannelWebhook:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[WebhookUpdateParams]) -> ChannelWebhook:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class WebhookList(CreateMany[WebhookCreateParams, ChannelWebhook], Resource):
    """``Services/ServiceSid/Channels/ChannelSid/Webhooks`` (call it with a sid)."""

    _path = "/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> WebhookContext:
        """The record with this ``sid``."""
        return self._child(WebhookContext, sid=sid)

    async def create(self, **params: Unpack[WebhookCreateParams]) -> ChannelWebhook:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[ChannelWebhook]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[ChannelWebhook]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[ChannelWebhook]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
