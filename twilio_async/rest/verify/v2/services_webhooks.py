# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: Webhook (Services/ServiceSid/Webhooks) on verify.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "Webhook",
    "WebhookContext",
    "WebhookCreateParams",
    "WebhookList",
    "WebhookMethods",
    "WebhookStatus",
    "WebhookUpdateParams",
    "WebhookVersion",
]


class WebhookMethods(OpenEnum):
    """``webhook_enum_methods``."""

    GET = "GET"
    POST = "POST"


class WebhookStatus(OpenEnum):
    """``webhook_enum_status``."""

    ENABLED = "enabled"
    DISABLED = "disabled"


class WebhookVersion(OpenEnum):
    """``webhook_enum_version``."""

    V1 = "v1"
    V2 = "v2"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Webhook(Record):
    """Record ``verify.v2.service.webhook`` (every field but ``sid``, ``service_sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    service_sid: str
    account_sid: str
    friendly_name: str | None = None
    event_types: list[str] | None = None
    status: WebhookStatus | None = None
    version: WebhookVersion | None = None
    webhook_url: str | None = None
    webhook_method: WebhookMethods | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class WebhookCreateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.webhooks.create`` (``CreateWebhook``)."""

    friendly_name: Required[str]
    """The string that you assigned to describe the webhook."""
    event_types: Required[Sequence[str]]
    """The array of events that this Webhook is subscribed to."""
    webhook_url: Required[str]
    """The URL associated with this Webhook."""
    status: str
    version: str


class WebhookUpdateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.webhooks.update`` (``UpdateWebhook``)."""

    friendly_name: str
    """The string that you assigned to describe the webhook."""
    event_types: Sequence[str]
    """The array of events that this Webhook is subscribed to."""
    webhook_url: str
    """The URL associated with this Webhook."""
    status: str
    version: str


_LIST_LIST: Operation[Webhook] = Operation(
    id="verify.v2.services.webhooks.list",
    method="GET",
    product="verify",
    path="/v2/Services/{ServiceSid}/Webhooks",
    spec="verify_v2",
    record=Webhook,
    paging="meta",
    envelope="webhooks",
)


_LIST_CREATE: Operation[Webhook] = Operation(
    id="verify.v2.services.webhooks.create",
    method="POST",
    product="verify",
    path="/v2/Services/{ServiceSid}/Webhooks",
    spec="verify_v2",
    record=Webhook,
    form={
        "friendly_name": "FriendlyName",
        "event_types": "EventTypes",
        "webhook_url": "WebhookUrl",
        "status": "Status",
        "version": "Version",
    },
    required=frozenset(["event_types", "friendly_name", "webhook_url"]),
)


_CONTEXT_FETCH: Operation[Webhook] = Operation(
    id="verify.v2.services.webhooks.fetch",
    method="GET",
    product="verify",
    path="/v2/Services/{ServiceSid}/Webhooks/{Sid}",
    spec="verify_v2",
    record=Webhook,
)


_CONTEXT_UPDATE: Operation[Webhook] = Operation(
    id="verify.v2.services.webhooks.update",
    method="POST",
    product="verify",
    path="/v2/Services/{ServiceSid}/Webhooks/{Sid}",
    spec="verify_v2",
    record=Webhook,
    form={
        "friendly_name": "FriendlyName",
        "event_types": "EventTypes",
        "webhook_url": "WebhookUrl",
        "status": "Status",
        "version": "Version",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="verify.v2.services.webhooks.delete",
    method="DELETE",
    product="verify",
    path="/v2/Services/{ServiceSid}/Webhooks/{Sid}",
    spec="verify_v2",
)


class WebhookContext(Resource):
    """One ``Services/ServiceSid/Webhooks`` record: sid."""

    _path = "/v2/Services/{ServiceSid}/Webhooks/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Webhook:
        """Fetch a specific Webhook."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[WebhookUpdateParams]) -> Webhook:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Webhook."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class WebhookList(CreateMany[WebhookCreateParams, Webhook], Resource):
    """``Services/ServiceSid/Webhooks`` (call it with a sid)."""

    _path = "/v2/Services/{ServiceSid}/Webhooks"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> WebhookContext:
        """The record with this ``sid``."""
        return self._child(WebhookContext, sid=sid)

    async def create(self, **params: Unpack[WebhookCreateParams]) -> Webhook:
        """Create a new Webhook for the Service."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Webhook]:
        """Retrieve a list of all Webhooks for a Service. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Webhook]:
        """Retrieve a list of all Webhooks for a Service. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Webhook]:
        """Retrieve a list of all Webhooks for a Service. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
