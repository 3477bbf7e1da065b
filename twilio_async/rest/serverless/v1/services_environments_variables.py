# Generated from specs/twilio-oai/twilio_serverless_v1.json by codegen; do not edit.
"""Serverless v1: Variable (Services/ServiceSid/Environments/EnvironmentSid/Variables) on serverless.twilio.com."""

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
    "Variable",
    "VariableContext",
    "VariableCreateParams",
    "VariableList",
    "VariableUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Variable(Record):
    """Record ``serverless.v1.service.environment.variable`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``environment_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    environment_sid: str
    key: str | None = None
    value: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class VariableCreateParams(TypedDict, total=False):
    """Keywords of ``serverless.v1.services.environments.variables.create`` (``CreateVariable``)."""

    key: Required[str]
    """A string by which the Variable resource can be referenced."""
    value: Required[str]
    """A string that contains the actual value of the Variable."""


class VariableUpdateParams(TypedDict, total=False):
    """Keywords of ``serverless.v1.services.environments.variables.update`` (``UpdateVariable``)."""

    key: str
    """A string by which the Variable resource can be referenced."""
    value: str
    """A string that contains the actual value of the Variable."""


_LIST_LIST: Operation[Variable] = Operation(
    id="serverless.v1.services.environments.variables.list",
    method="GET",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables",
    spec="serverless_v1",
    record=Variable,
    paging="meta",
    envelope="variables",
)


_LIST_CREATE: Operation[Variable] = Operation(
    id="serverless.v1.services.environments.variables.create",
    method="POST",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables",
    spec="serverless_v1",
    record=Variable,
    form={
        "key": "Key",
        "value": "Value",
    },
    required=frozenset(["key", "value"]),
)


_CONTEXT_FETCH: Operation[Variable] = Operation(
    id="serverless.v1.services.environments.variables.fetch",
    method="GET",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables/{Sid}",
    spec="serverless_v1",
    record=Variable,
)


_CONTEXT_UPDATE: Operation[Variable] = Operation(
    id="serverless.v1.services.environments.variables.update",
    method="POST",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables/{Sid}",
    spec="serverless_v1",
    record=Variable,
    form={
        "key": "Key",
        "value": "Value",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="serverless.v1.services.environments.variables.delete",
    method="DELETE",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables/{Sid}",
    spec="serverless_v1",
)


class VariableContext(Resource):
    """One ``Services/ServiceSid/Environments/EnvironmentSid/Variables`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> Variable:
        """Retrieve a specific Variable."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[VariableUpdateParams]) -> Variable:
        """Update a specific Variable."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Variable."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class VariableList(CreateMany[VariableCreateParams, Variable], Resource):
    """``Services/ServiceSid/Environments/EnvironmentSid/Variables`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> VariableContext:
        """The record with this ``sid``."""
        return self._child(VariableContext, sid=sid)

    async def create(self, **params: Unpack[VariableCreateParams]) -> Variable:
        """Create a new Variable."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Variable]:
        """Retrieve a list of all Variables. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Variable]:
        """Retrieve a list of all Variables. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Variable]:
        """Retrieve a list of all Variables. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
