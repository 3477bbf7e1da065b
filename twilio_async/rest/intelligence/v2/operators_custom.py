# Generated from specs/twilio-oai/twilio_intelligence_v2.json by codegen; do not edit.
"""Intelligence v2: CustomOperator (Operators/Custom) on intelligence.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "CustomOperator",
    "CustomOperatorAvailability",
    "CustomOperatorContext",
    "CustomOperatorCreateParams",
    "CustomOperatorList",
    "CustomOperatorListParams",
    "CustomOperatorUpdateParams",
]


class CustomOperatorAvailability(OpenEnum):
    """``custom_operator_enum_availability``."""

    INTERNAL = "internal"
    BETA = "beta"
    PUBLIC = "public"
    RETIRED = "retired"
    GENERAL_AVAILABILITY = "general-availability"
    DEPRECATED = "deprecated"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class CustomOperator(Record):
    """Record ``intelligence.v2.custom_operator`` (every field but ``account_sid``, ``sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    sid: str
    friendly_name: str | None = None
    description: str | None = None
    author: str | None = None
    operator_type: str | None = None
    version: int | None = None
    availability: CustomOperatorAvailability | None = None
    config: Any | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class CustomOperatorListParams(TypedDict, total=False):
    """Keywords of ``intelligence.v2.custom_operators.list`` (``ListCustomOperator``)."""

    availability: str
    """Returns Custom Operators with the provided availability type."""
    language_code: str
    """Returns Custom Operators that support the provided language code."""


class CustomOperatorCreateParams(TypedDict, total=False):
    """Keywords of ``intelligence.v2.custom_operators.create`` (``CreateCustomOperator``)."""

    friendly_name: Required[str]
    """A human readable description of the new Operator, up to 64 characters."""
    operator_type: Required[str]
    """Operator Type for this Operator."""
    config: Required[Any]
    """Operator configuration, following the schema defined by the Operator Type."""


class CustomOperatorUpdateParams(TypedDict, total=False):
    """Keywords of ``intelligence.v2.custom_operators.update`` (``UpdateCustomOperator``)."""

    if_match: str
    """The If-Match HTTP request header."""
    friendly_name: Required[str]
    """A human-readable name of this resource, up to 64 characters."""
    config: Required[Any]
    """Operator configuration, following the schema defined by the Operator Type."""


_LIST_LIST: Operation[CustomOperator] = Operation(
    id="intelligence.v2.custom_operators.list",
    method="GET",
    product="intelligence",
    path="/v2/Operators/Custom",
    spec="intelligence_v2",
    record=CustomOperator,
    query={
        "availability": "Availability",
        "language_code": "LanguageCode",
    },
    paging="meta",
    envelope="operators",
)


_LIST_CREATE: Operation[CustomOperator] = Operation(
    id="intelligence.v2.custom_operators.create",
    method="POST",
    product="intelligence",
    path="/v2/Operators/Custom",
    spec="intelligence_v2",
    record=CustomOperator,
    form={
        "friendly_name": "FriendlyName",
        "operator_type": "OperatorType",
        "config": "Config",
    },
    required=frozenset(["config", "friendly_name", "operator_type"]),
    encode={
        "config": "json",
    },
)


_CONTEXT_FETCH: Operation[CustomOperator] = Operation(
    id="intelligence.v2.custom_operators.fetch",
    method="GET",
    product="intelligence",
    path="/v2/Operators/Custom/{Sid}",
    spec="intelligence_v2",
    record=CustomOperator,
)


_CONTEXT_UPDATE: Operation[CustomOperator] = Operation(
    id="intelligence.v2.custom_operators.update",
    method="POST",
    product="intelligence",
    path="/v2/Operators/Custom/{Sid}",
    spec="intelligence_v2",
    record=CustomOperator,
    form={
        "friendly_name": "FriendlyName",
        "config": "Config",
    },
    headers={
        "if_match": "If-Match",
    },
    required=frozenset(["config", "friendly_name"]),
    encode={
        "config": "json",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="intelligence.v2.custom_operators.delete",
    method="DELETE",
    product="intelligence",
    path="/v2/Operators/Custom/{Sid}",
    spec="intelligence_v2",
)


class CustomOperatorContext(Resource):
    """One ``Operators/Custom`` record: sid."""

    _path = "/v2/Operators/Custom/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> CustomOperator:
        """Fetch a specific Custom Operator."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[CustomOperatorUpdateParams]) -> CustomOperator:
        """Update a specific Custom Operator."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Custom Operator."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class CustomOperatorList(CreateMany[CustomOperatorCreateParams, CustomOperator], Resource):
    """``Operators/Custom`` (call it with a sid)."""

    _path = "/v2/Operators/Custom"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> CustomOperatorContext:
        """The record with this ``sid``."""
        return self._child(CustomOperatorContext, sid=sid)

    async def create(self, **params: Unpack[CustomOperatorCreateParams]) -> CustomOperator:
        """Create a new Custom Operator for the given Account."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CustomOperatorListParams],
    ) -> AsyncIterator[CustomOperator]:
        """Retrieves a list of all Custom Operators for an Account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[CustomOperatorListParams],
    ) -> Page[CustomOperator]:
        """Retrieves a list of all Custom Operators for an Account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CustomOperatorListParams],
    ) -> list[CustomOperator]:
        """Retrieves a list of all Custom Operators for an Account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
