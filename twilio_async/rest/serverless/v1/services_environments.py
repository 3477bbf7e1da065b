# Generated from specs/twilio-oai/twilio_serverless_v1.json by codegen; do not edit.
"""Serverless v1: Environment (Services/ServiceSid/Environments) on serverless.twilio.com."""

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
    from twilio_async.rest.serverless.v1.services_environments_deployments import DeploymentList
    from twilio_async.rest.serverless.v1.services_environments_logs import LogList
    from twilio_async.rest.serverless.v1.services_environments_variables import VariableList

__all__ = ["Environment", "EnvironmentContext", "EnvironmentCreateParams", "EnvironmentList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Environment(Record):
    """Record ``serverless.v1.service.environment`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    build_sid: str | None = None
    unique_name: str | None = None
    domain_suffix: str | None = None
    domain_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


class EnvironmentCreateParams(TypedDict, total=False):
    """Keywords of ``serverless.v1.services.environments.create`` (``CreateEnvironment``)."""

    unique_name: Required[str]
    """A user-defined string that uniquely identifies the Environment resource."""
    domain_suffix: str
    """A URL-friendly name that represents the environment and forms part of the domain name."""


_LIST_LIST: Operation[Environment] = Operation(
    id="serverless.v1.services.environments.list",
    method="GET",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Environments",
    spec="serverless_v1",
    record=Environment,
    paging="meta",
    envelope="environments",
)


_LIST_CREATE: Operation[Environment] = Operation(
    id="serverless.v1.services.environments.create",
    method="POST",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Environments",
    spec="serverless_v1",
    record=Environment,
    form={
        "unique_name": "UniqueName",
        "domain_suffix": "DomainSuffix",
    },
    required=frozenset(["unique_name"]),
)


_CONTEXT_FETCH: Operation[Environment] = Operation(
    id="serverless.v1.services.environments.fetch",
    method="GET",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Environments/{Sid}",
    spec="serverless_v1",
    record=Environment,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="serverless.v1.services.environments.delete",
    method="DELETE",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Environments/{Sid}",
    spec="serverless_v1",
)


class EnvironmentContext(Resource):
    """One ``Services/ServiceSid/Environments`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/Environments/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Environment:
        """Retrieve a specific environment."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Delete a specific environment."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def deployments(self) -> DeploymentList:
        """``Services/ServiceSid/Environments/EnvironmentSid/Deployments``."""
        from twilio_async.rest.serverless.v1.services_environments_deployments import DeploymentList

        return self._child(DeploymentList)

    @property
    def logs(self) -> LogList:
        """``Services/ServiceSid/Environments/EnvironmentSid/Logs``."""
        from twilio_async.rest.serverless.v1.services_environments_logs import LogList

        return self._child(LogList)

    @property
    def variables(self) -> VariableList:
        """``Services/ServiceSid/Environments/EnvironmentSid/Variables``."""
        from twilio_async.rest.serverless.v1.services_environments_variables import VariableList

        return self._child(VariableList)


class EnvironmentList(CreateMany[EnvironmentCreateParams, Environment], Resource):
    """``Services/ServiceSid/Environments`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/Environments"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> EnvironmentContext:
        """The record with this ``sid``."""
        return self._child(EnvironmentContext, sid=sid)

    async def create(self, **params: Unpack[EnvironmentCreateParams]) -> Environment:
        """Create a new environment."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Environment]:
        """Retrieve a list of all environments. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Environment]:
        """Retrieve a list of all environments. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Environment]:
        """Retrieve a list of all environments. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
