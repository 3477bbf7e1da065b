# Generated from specs/twilio-oai/twilio_serverless_v1.json by codegen; do not edit.
"""Serverless v1: Function (Services/ServiceSid/Functions) on serverless.twilio.com."""

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
    from twilio_async.rest.serverless.v1.services_functions_versions import FunctionVersionList

__all__ = [
    "Function",
    "FunctionContext",
    "FunctionCreateParams",
    "FunctionList",
    "FunctionUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Function(Record):
    """Record ``serverless.v1.service.function`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    friendly_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


class FunctionCreateParams(TypedDict, total=False):
    """Keywords of ``serverless.v1.services.functions.create`` (``CreateFunction``)."""

    friendly_name: Required[str]
    """A descriptive string that you create to describe the Function resource."""


class FunctionUpdateParams(TypedDict, total=False):
    """Keywords of ``serverless.v1.services.functions.update`` (``UpdateFunction``)."""

    friendly_name: Required[str]
    """A descriptive string that you create to describe the Function resource."""


_LIST_LIST: Operation[Function] = Operation(
    id="serverless.v1.services.functions.list",
    method="GET",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Functions",
    spec="serverless_v1",
    record=Function,
    paging="meta",
    envelope="functions",
)


_LIST_CREATE: Operation[Function] = Operation(
    id="serverless.v1.services.functions.create",
    method="POST",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Functions",
    spec="serverless_v1",
    record=Function,
    form={
        "friendly_name": "FriendlyName",
    },
    required=frozenset(["friendly_name"]),
)


_CONTEXT_FETCH: Operation[Function] = Operation(
    id="serverless.v1.services.functions.fetch",
    method="GET",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Functions/{Sid}",
    spec="serverless_v1",
    record=Function,
)


_CONTEXT_UPDATE: Operation[Function] = Operation(
    id="serverless.v1.services.functions.update",
    method="POST",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Functions/{Sid}",
    spec="serverless_v1",
    record=Function,
    form={
        "friendly_name": "FriendlyName",
    },
    required=frozenset(["friendly_name"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="serverless.v1.services.functions.delete",
    method="DELETE",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Functions/{Sid}",
    spec="serverless_v1",
)


class FunctionContext(Resource):
    """One ``Services/ServiceSid/Functions`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/Functions/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Function:
        """Retrieve a specific Function resource."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[FunctionUpdateParams]) -> Function:
        """Update a specific Function resource."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a Function resource."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def function_versions(self) -> FunctionVersionList:
        """``Services/ServiceSid/Functions/FunctionSid/Versions``."""
        from twilio_async.rest.serverless.v1.services_functions_versions import FunctionVersionList

        return self._child(FunctionVersionList)


class FunctionList(CreateMany[FunctionCreateParams, Function], Resource):
    """``Services/ServiceSid/Functions`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/Functions"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> FunctionContext:
        """The record with this ``sid``."""
        return self._child(FunctionContext, sid=sid)

    async def create(self, **params: Unpack[FunctionCreateParams]) -> Function:
        """Create a new Function resource."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Function]:
        """Retrieve a list of all Functions. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Function]:
        """Retrieve a list of all Functions. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Function]:
        """Retrieve a list of all Functions. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
