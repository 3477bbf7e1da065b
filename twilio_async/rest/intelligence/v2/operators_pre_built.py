# Generated from specs/twilio-oai/twilio_intelligence_v2.json by codegen; do not edit.
"""Intelligence v2: PrebuiltOperator (Operators/PreBuilt) on intelligence.twilio.com."""

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
    "PrebuiltOperator",
    "PrebuiltOperatorAvailability",
    "PrebuiltOperatorContext",
    "PrebuiltOperatorList",
    "PrebuiltOperatorListParams",
]


class PrebuiltOperatorAvailability(OpenEnum):
    """``prebuilt_operator_enum_availability``."""

    INTERNAL = "internal"
    BETA = "beta"
    PUBLIC = "public"
    RETIRED = "retired"
    GENERAL_AVAILABILITY = "general-availability"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PrebuiltOperator(Record):
    """Record ``intelligence.v2.prebuilt_operator`` (every field but ``account_sid``, ``sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    sid: str
    friendly_name: str | None = None
    description: str | None = None
    author: str | None = None
    operator_type: str | None = None
    version: int | None = None
    availability: PrebuiltOperatorAvailability | None = None
    config: Any | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class PrebuiltOperatorListParams(TypedDict, total=False):
    """Keywords of ``intelligence.v2.prebuilt_operators.list`` (``ListPrebuiltOperator``)."""

    availability: str
    """Returns Pre-built Operators with the provided availability type."""
    language_code: str
    """Returns Pre-built Operators that support the provided language code."""


_CONTEXT_FETCH: Operation[PrebuiltOperator] = Operation(
    id="intelligence.v2.prebuilt_operators.fetch",
    method="GET",
    product="intelligence",
    path="/v2/Operators/PreBuilt/{Sid}",
    spec="intelligence_v2",
    record=PrebuiltOperator,
)


_LIST_LIST: Operation[PrebuiltOperator] = Operation(
    id="intelligence.v2.prebuilt_operators.list",
    method="GET",
    product="intelligence",
    path="/v2/Operators/PreBuilt",
    spec="intelligence_v2",
    record=PrebuiltOperator,
    query={
        "availability": "Availability",
        "language_code": "LanguageCode",
    },
    paging="meta",
    envelope="operators",
)


class PrebuiltOperatorContext(Resource):
    """One ``Operators/PreBuilt`` record: sid."""

    _path = "/v2/Operators/PreBuilt/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> PrebuiltOperator:
        """Fetch a specific Pre-built Operator."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class PrebuiltOperatorList(Resource):
    """``Operators/PreBuilt`` (call it with a sid)."""

    _path = "/v2/Operators/PreBuilt"

    def __call__(self, sid: str) -> PrebuiltOperatorContext:
        """The record with this ``sid``."""
        return self._child(PrebuiltOperatorContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[PrebuiltOperatorListParams],
    ) -> AsyncIterator[PrebuiltOperator]:
        """Retrieves a list of all Pre-built Operators for an account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[PrebuiltOperatorListParams],
    ) -> Page[PrebuiltOperator]:
        """Retrieves a list of all Pre-built Operators for an account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[PrebuiltOperatorListParams],
    ) -> list[PrebuiltOperator]:
        """Retrieves a list of all Pre-built Operators for an account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
