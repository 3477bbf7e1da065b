# Generated from specs/twilio-oai/twilio_sync_v1.json by codegen; do not edit.
"""Sync v1: Service (Services) on sync.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.sync.v1.services_documents import DocumentList
    from twilio_async.rest.sync.v1.services_lists import SyncListList
    from twilio_async.rest.sync.v1.services_maps import SyncMapList
    from twilio_async.rest.sync.v1.services_streams import SyncStreamList

__all__ = ["Service", "ServiceContext", "ServiceCreateParams", "ServiceList", "ServiceUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Service(Record):
    """Record ``sync.v1.service`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    unique_name: str | None = None
    account_sid: str
    friendly_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    webhook_url: str | None = None
    webhooks_from_rest_enabled: bool | None = None
    reachability_webhooks_enabled: bool | None = None
    acl_enabled: bool | None = None
    reachability_debouncing_enabled: bool | None = None
    reachability_debouncing_window: int | None = None
    links: dict[str, Any] | None = None


class ServiceUpdateParams(TypedDict, total=False):
    """Keywords of ``sync.v1.services.update`` (``UpdateService``)."""

    webhook_url: str
    """The URL we should call when Sync objects are manipulated."""
    friendly_name: str
    """A string that you assign to describe the resource."""
    reachability_webhooks_enabled: bool
    """Whether the service instance should call `webhook_url` when client endpoints connect to Sync."""
    acl_enabled: bool
    """Whether token identities in the Service must be granted access to Sync objects by using the Permissions resource."""
    reachability_debouncing_enabled: bool
    """Whether every `endpoint_disconnected` event should occur after a configurable delay."""
    reachability_debouncing_window: int
    """The reachability event delay in milliseconds if `reachability_debouncing_enabled` = `true`."""
    webhooks_from_rest_enabled: bool
    """Whether the Service instance should call `webhook_url` when the REST API is used to update Sync objects."""


class ServiceCreateParams(TypedDict, total=False):
    """Keywords of ``sync.v1.services.create`` (``CreateService``)."""

    friendly_name: str
    """A string that you assign to describe the resource."""
    webhook_url: str
    """The URL we should call when Sync objects are manipulated."""
    reachability_webhooks_enabled: bool
    """Whether the service instance should call `webhook_url` when client endpoints connect to Sync."""
    acl_enabled: bool
    """Whether token identities in the Service must be granted access to Sync objects by using the Permissions resource."""
    reachability_debouncing_enabled: bool
    """Whether every `endpoint_disconnected` event should occur after a configurable delay."""
    reachability_debouncing_window: int
    """The reachability event delay in milliseconds if `reachability_debouncing_enabled` = `true`."""
    webhooks_from_rest_enabled: bool
    """Whether the Service instance should call `webhook_url` when the REST API is used to update Sync objects."""


_CONTEXT_FETCH: Operation[Service] = Operation(
    id="sync.v1.services.fetch",
    method="GET",
    product="sync",
    path="/v1/Services/{Sid}",
    spec="sync_v1",
    record=Service,
)


_CONTEXT_UPDATE: Operation[Service] = Operation(
    id="sync.v1.services.update",
    method="POST",
    product="sync",
    path="/v1/Services/{Sid}",
    spec="sync_v1",
    record=Service,
    form={
        "webhook_url": "WebhookUrl",
        "friendly_name": "FriendlyName",
        "reachability_webhooks_enabled": "ReachabilityWebhooksEnabled",
        "acl_enabled": "AclEnabled",
        "reachability_debouncing_enabled": "ReachabilityDebouncingEnabled",
        "reachability_debouncing_window": "ReachabilityDebouncingWindow",
        "webhooks_from_rest_enabled": "WebhooksFromRestEnabled",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="sync.v1.services.delete",
    method="DELETE",
    product="sync",
    path="/v1/Services/{Sid}",
    spec="sync_v1",
)


_LIST_LIST: Operation[Service] = Operation(
    id="sync.v1.services.list",
    method="GET",
    product="sync",
    path="/v1/Services",
    spec="sync_v1",
    record=Service,
    paging="meta",
    envelope="services",
    max_page_size=100,
)


_LIST_CREATE: Operation[Service] = Operation(
    id="sync.v1.services.create",
    method="POST",
    product="sync",
    path="/v1/Services",
    spec="sync_v1",
    record=Service,
    form={
        "friendly_name": "FriendlyName",
        "webhook_url": "WebhookUrl",
        "reachability_webhooks_enabled": "ReachabilityWebhooksEnabled",
        "acl_enabled": "AclEnabled",
        "reachability_debouncing_enabled": "ReachabilityDebouncingEnabled",
        "reachability_debouncing_window": "ReachabilityDebouncingWindow",
        "webhooks_from_rest_enabled": "WebhooksFromRestEnabled",
    },
)


class ServiceContext(Resource):
    """One ``Services`` record: sid."""

    _path = "/v1/Services/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Service:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ServiceUpdateParams]) -> Service:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def documents(self) -> DocumentList:
        """``Services/ServiceSid/Documents``."""
        from twilio_async.rest.sync.v1.services_documents import DocumentList

        return self._child(DocumentList)

    @property
    def sync_lists(self) -> SyncListList:
        """``Services/ServiceSid/Lists``."""
        from twilio_async.rest.sync.v1.services_lists import SyncListList

        return self._child(SyncListList)

    @property
    def sync_maps(self) -> SyncMapList:
        """``Services/ServiceSid/Maps``."""
        from twilio_async.rest.sync.v1.services_maps import SyncMapList

        return self._child(SyncMapList)

    @property
    def sync_streams(self) -> SyncStreamList:
        """``Services/ServiceSid/Streams``."""
        from twilio_async.rest.sync.v1.services_streams import SyncStreamList

        return self._child(SyncStreamList)


class ServiceList(CreateMany[ServiceCreateParams, Service], Resource):
    """``Services`` (call it with a sid)."""

    _path = "/v1/Services"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ServiceContext:
        """The record with this ``sid``."""
        return self._child(ServiceContext, sid=sid)

    async def create(self, **params: Unpack[ServiceCreateParams]) -> Service:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Service]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Service]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Service]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
