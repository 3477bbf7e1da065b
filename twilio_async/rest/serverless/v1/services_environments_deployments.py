# Generated from specs/twilio-oai/twilio_serverless_v1.json by codegen; do not edit.
"""Serverless v1: Deployment (Services/ServiceSid/Environments/EnvironmentSid/Deployments) on serverless.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["Deployment", "DeploymentContext", "DeploymentCreateParams", "DeploymentList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Deployment(Record):
    """Record ``serverless.v1.service.environment.deployment`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``environment_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    environment_sid: str
    build_sid: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class DeploymentCreateParams(TypedDict, total=False):
    """Keywords of ``serverless.v1.services.environments.deployments.create`` (``CreateDeployment``)."""

    build_sid: str
    """The SID of the Build for the Deployment."""
    is_plugin: bool
    """Whether the Deployment is a plugin."""


_LIST_LIST: Operation[Deployment] = Operation(
    id="serverless.v1.services.environments.deployments.list",
    method="GET",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments",
    spec="serverless_v1",
    record=Deployment,
    paging="meta",
    envelope="deployments",
)


_LIST_CREATE: Operation[Deployment] = Operation(
    id="serverless.v1.services.environments.deployments.create",
    method="POST",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments",
    spec="serverless_v1",
    record=Deployment,
    form={
        "build_sid": "BuildSid",
        "is_plugin": "IsPlugin",
    },
)


_CONTEXT_FETCH: Operation[Deployment] = Operation(
    id="serverless.v1.services.environments.deployments.fetch",
    method="GET",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments/{Sid}",
    spec="serverless_v1",
    record=Deployment,
)


class DeploymentContext(Resource):
    """One ``Services/ServiceSid/Environments/EnvironmentSid/Deployments`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> Deployment:
        """Retrieve a specific Deployment."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class DeploymentList(CreateMany[DeploymentCreateParams, Deployment], Resource):
    """``Services/ServiceSid/Environments/EnvironmentSid/Deployments`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> DeploymentContext:
        """The record with this ``sid``."""
        return self._child(DeploymentContext, sid=sid)

    async def create(self, **params: Unpack[DeploymentCreateParams]) -> Deployment:
        """Create a new Deployment."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Deployment]:
        """Retrieve a list of all Deployments. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Deployment]:
        """Retrieve a list of all Deployments. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Deployment]:
        """Retrieve a list of all Deployments. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
