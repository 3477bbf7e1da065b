# Generated from specs/twilio-oai/twilio_serverless_v1.json by codegen; do not edit.
"""Serverless v1: Service (Services) on serverless.twilio.com."""

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
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.serverless.v1.services_assets import AssetList
    from twilio_async.rest.serverless.v1.services_builds import BuildList
    from twilio_async.rest.serverless.v1.services_environments import EnvironmentList
    from twilio_async.rest.serverless.v1.services_functions import FunctionList

__all__ = ["Service", "ServiceContext", "ServiceCreateParams", "ServiceList", "ServiceUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Service(Record):
    """Record ``serverless.v1.service`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    friendly_name: str | None = None
    unique_name: str | None = None
    include_credentials: bool | None = None
    ui_editable: bool | None = None
    domain_base: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


class ServiceCreateParams(TypedDict, total=False):
    """Keywords of ``serverless.v1.services.create`` (``CreateService``)."""

    unique_name: Required[str]
    """A user-defined string that uniquely identifies the Service resource."""
    friendly_name: Required[str]
    """A descriptive string that you create to describe the Service resource."""
    include_credentials: bool
    """Whether to inject Account credentials into a function invocation context."""
    ui_editable: bool
    """Whether the Service's properties and subresources can be edited via the UI."""


class ServiceUpdateParams(TypedDict, total=False):
    """Keywords of ``serverless.v1.services.update`` (``UpdateService``)."""

    include_credentials: bool
    """Whether to inject Account credentials into a function invocation context."""
    friendly_name: str
    """A descriptive string that you create to describe the Service resource."""
    ui_editable: bool
    """Whether the Service resource's properties and subresources can be edited via the UI."""


_LIST_LIST: Operation[Service] = Operation(
    id="serverless.v1.services.list",
    method="GET",
    product="serverless",
    path="/v1/Services",
    spec="serverless_v1",
    record=Service,
    paging="meta",
    envelope="services",
)


_LIST_CREATE: Operation[Service] = Operation(
    id="serverless.v1.services.create",
    method="POST",
    product="serverless",
    path="/v1/Services",
    spec="serverless_v1",
    record=Service,
    form={
        "unique_name": "UniqueName",
        "friendly_name": "FriendlyName",
        "include_credentials": "IncludeCredentials",
        "ui_editable": "UiEditable",
    },
    required=frozenset(["friendly_name", "unique_name"]),
)


_CONTEXT_FETCH: Operation[Service] = Operation(
    id="serverless.v1.services.fetch",
    method="GET",
    product="serverless",
    path="/v1/Services/{Sid}",
    spec="serverless_v1",
    record=Service,
)


_CONTEXT_UPDATE: Operation[Service] = Operation(
    id="serverless.v1.services.update",
    method="POST",
    product="serverless",
    path="/v1/Services/{Sid}",
    spec="serverless_v1",
    record=Service,
    form={
        "include_credentials": "IncludeCredentials",
        "friendly_name": "FriendlyName",
        "ui_editable": "UiEditable",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="serverless.v1.services.delete",
    method="DELETE",
    product="serverless",
    path="/v1/Services/{Sid}",
    spec="serverless_v1",
)


class ServiceContext(Resource):
    """One ``Services`` record: sid."""

    _path = "/v1/Services/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Service:
        """Retrieve a specific Service resource."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ServiceUpdateParams]) -> Service:
        """Update a specific Service resource."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a Service resource."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def assets(self) -> AssetList:
        """``Services/ServiceSid/Assets``."""
        from twilio_async.rest.serverless.v1.services_assets import AssetList

        return self._child(AssetList)

    @property
    def builds(self) -> BuildList:
        """``Services/ServiceSid/Builds``."""
        from twilio_async.rest.serverless.v1.services_builds import BuildList

        return self._child(BuildList)

    @property
    def environments(self) -> EnvironmentList:
        """``Services/ServiceSid/Environments``."""
        from twilio_async.rest.serverless.v1.services_environments import EnvironmentList

        return self._child(EnvironmentList)

    @property
    def functions(self) -> FunctionList:
        """``Services/ServiceSid/Functions``."""
        from twilio_async.rest.serverless.v1.services_functions import FunctionList

        return self._child(FunctionList)


class ServiceList(CreateMany[ServiceCreateParams, Service], Resource):
    """``Services`` (call it with a sid)."""

    _path = "/v1/Services"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ServiceContext:
        """The record with this ``sid``."""
        return self._child(ServiceContext, sid=sid)

    async def create(self, **params: Unpack[ServiceCreateParams]) -> Service:
        """Create a new Service resource."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Service]:
        """Retrieve a list of all Services. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Service]:
        """Retrieve a list of all Services. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Service]:
        """Retrieve a list of all Services. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
