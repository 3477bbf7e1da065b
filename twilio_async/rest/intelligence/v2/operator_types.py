# Generated from specs/twilio-oai/twilio_intelligence_v2.json by codegen; do not edit.
"""Intelligence v2: OperatorType (OperatorTypes) on intelligence.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "OperatorType",
    "OperatorTypeAvailability",
    "OperatorTypeContext",
    "OperatorTypeList",
    "OperatorTypeListParams",
    "OperatorTypeOutputType",
    "OperatorTypeProvider",
]


class OperatorTypeAvailability(OpenEnum):
    """``operator_type_enum_availability``."""

    INTERNAL = "internal"
    BETA = "beta"
    GENERAL_AVAILABILITY = "general-availability"
    RETIRED = "retired"
    DEPRECATED = "deprecated"


class OperatorTypeOutputType(OpenEnum):
    """``operator_type_enum_output_type``."""

    TEXT_CLASSIFICATION = "text-classification"
    TEXT_EXTRACTION = "text-extraction"
    TEXT_EXTRACTION_NORMALIZED = "text-extraction-normalized"
    TEXT_GENERATION = "text-generation"
    JSON = "json"


class OperatorTypeProvider(OpenEnum):
    """``operator_type_enum_provider``."""

    TWILIO = "twilio"
    AMAZON = "amazon"
    OPENAI = "openai"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class OperatorType(Record):
    """Record ``intelligence.v2.operator_type`` (every field but ``sid``, ``date_created``, ``url`` may be ``None``)."""

    name: str | None = None
    sid: str
    friendly_name: str | None = None
    description: str | None = None
    docs_link: str | None = None
    output_type: OperatorTypeOutputType | None = None
    supported_languages: list[str] | None = None
    provider: OperatorTypeProvider | None = None
    availability: OperatorTypeAvailability | None = None
    configurable: bool | None = None
    config_schema: Any | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class OperatorTypeListParams(TypedDict, total=False):
    """Keywords of ``intelligence.v2.operator_type.list`` (``ListOperatorType``)."""

    language_code: str
    """Returns Operator Types that support the provided language code."""


_LIST_LIST: Operation[OperatorType] = Operation(
    id="intelligence.v2.operator_type.list",
    method="GET",
    product="intelligence",
    path="/v2/OperatorTypes",
    spec="intelligence_v2",
    record=OperatorType,
    query={
        "language_code": "LanguageCode",
    },
    paging="meta",
    envelope="operator_types",
)


_CONTEXT_FETCH: Operation[OperatorType] = Operation(
    id="intelligence.v2.operator_type.fetch",
    method="GET",
    product="intelligence",
    path="/v2/OperatorTypes/{Sid}",
    spec="intelligence_v2",
    record=OperatorType,
)


class OperatorTypeContext(Resource):
    """One ``OperatorTypes`` record: sid."""

    _path = "/v2/OperatorTypes/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> OperatorType:
        """Fetch a specific Operator Type."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class OperatorTypeList(Resource):
    """``OperatorTypes`` (call it with a sid)."""

    _path = "/v2/OperatorTypes"

    def __call__(self, sid: str) -> OperatorTypeContext:
        """The record with this ``sid``."""
        return self._child(OperatorTypeContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[OperatorTypeListParams],
    ) -> AsyncIterator[OperatorType]:
        """Retrieves a list of all Operator Types for an Account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[OperatorTypeListParams],
    ) -> Page[OperatorType]:
        """Retrieves a list of all Operator Types for an Account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[OperatorTypeListParams],
    ) -> list[OperatorType]:
        """Retrieves a list of all Operator Types for an Account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
