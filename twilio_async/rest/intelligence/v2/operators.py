# Generated from specs/twilio-oai/twilio_intelligence_v2.json by codegen; do not edit.
"""Intelligence v2: Operator (Operators) on intelligence.twilio.com."""

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
    "Operator",
    "OperatorAvailability",
    "OperatorContext",
    "OperatorList",
    "OperatorListParams",
]


class OperatorAvailability(OpenEnum):
    """``operator_enum_availability``."""

    INTERNAL = "internal"
    BETA = "beta"
    PUBLIC = "public"
    DEPRECATED = "deprecated"
    GENERAL_AVAILABILITY = "general-availability"
    RETIRED = "retired"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Operator(Record):
    """Record ``intelligence.v2.operator`` (every field but ``account_sid``, ``sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    sid: str
    friendly_name: str | None = None
    description: str | None = None
    author: str | None = None
    operator_type: str | None = None
    version: int | None = None
    availability: OperatorAvailability | None = None
    config: Any | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class OperatorListParams(TypedDict, total=False):
    """Keywords of ``intelligence.v2.operators.list`` (``ListOperator``)."""

    availability: str
    """Returns Operators with the provided availability type."""
    language_code: str
    """Returns Operators that support the provided language code."""


_CONTEXT_FETCH: Operation[Operator] = Operation(
    id="intelligence.v2.operators.fetch",
    method="GET",
    product="intelligence",
    path="/v2/Operators/{Sid}",
    spec="intelligence_v2",
    record=Operator,
)


_LIST_LIST: Operation[Operator] = Operation(
    id="intelligence.v2.operators.list",
    method="GET",
    product="intelligence",
    path="/v2/Operators",
    spec="intelligence_v2",
    record=Operator,
    query={
        "availability": "Availability",
        "language_code": "LanguageCode",
    },
    paging="meta",
    envelope="operators",
)


class OperatorContext(Resource):
    """One ``Operators`` record: sid."""

    _path = "/v2/Operators/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Operator:
        """Fetch a specific Operator."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class OperatorList(Resource):
    """``Operators`` (call it with a sid)."""

    _path = "/v2/Operators"

    def __call__(self, sid: str) -> OperatorContext:
        """The record with this ``sid``."""
        return self._child(OperatorContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[OperatorListParams],
    ) -> AsyncIterator[Operator]:
        """Retrieves a list of all Operators for an Account, both Custom and Pre-built. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[OperatorListParams],
    ) -> Page[Operator]:
        """Retrieves a list of all Operators for an Account, both Custom and Pre-built. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[OperatorListParams],
    ) -> list[Operator]:
        """Retrieves a list of all Operators for an Account, both Custom and Pre-built. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
