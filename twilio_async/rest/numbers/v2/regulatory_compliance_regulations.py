# Generated from specs/twilio-oai/twilio_numbers_v2.json by codegen; do not edit.
"""Numbers v2: Regulation (RegulatoryCompliance/Regulations) on numbers.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "Regulation",
    "RegulationContext",
    "RegulationEndUserType",
    "RegulationFetchParams",
    "RegulationList",
    "RegulationListParams",
]


class RegulationEndUserType(OpenEnum):
    """``regulation_enum_end_user_type``."""

    INDIVIDUAL = "individual"
    BUSINESS = "business"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Regulation(Record):
    """Record ``numbers.v2.regulatory_compliance.regulation`` (every field but ``sid``, ``url`` may be ``None``)."""

    sid: str
    friendly_name: str | None = None
    iso_country: str | None = None
    number_type: str | None = None
    end_user_type: RegulationEndUserType | None = None
    requirements: Any | None = None
    url: str


class RegulationListParams(TypedDict, total=False):
    """Keywords of ``numbers.v2.regulatory_compliance.regulations.list`` (``ListRegulation``)."""

    end_user_type: str
    """The type of End User the regulation requires - can be `individual` or `business`."""
    iso_country: str
    """The ISO country code of the phone number's country."""
    number_type: str
    """The type of phone number that the regulatory requiremnt is restricting."""
    include_constraints: bool
    """A boolean parameter indicating whether to include constraints or not for supporting end user, documents and their fields."""


class RegulationFetchParams(TypedDict, total=False):
    """Keywords of ``numbers.v2.regulatory_compliance.regulations.fetch`` (``FetchRegulation``)."""

    include_constraints: bool
    """A boolean parameter indicating whether to include constraints or not for supporting end user, documents and their fields."""


_LIST_LIST: Operation[Regulation] = Operation(
    id="numbers.v2.regulatory_compliance.regulations.list",
    method="GET",
    product="numbers",
    path="/v2/RegulatoryCompliance/Regulations",
    spec="numbers_v2",
    record=Regulation,
    query={
        "end_user_type": "EndUserType",
        "iso_country": "IsoCountry",
        "number_type": "NumberType",
        "include_constraints": "IncludeConstraints",
    },
    paging="meta",
    envelope="results",
)


_CONTEXT_FETCH: Operation[Regulation] = Operation(
    id="numbers.v2.regulatory_compliance.regulations.fetch",
    method="GET",
    product="numbers",
    path="/v2/RegulatoryCompliance/Regulations/{Sid}",
    spec="numbers_v2",
    record=Regulation,
    query={
        "include_constraints": "IncludeConstraints",
    },
)


class RegulationContext(Resource):
    """One ``RegulatoryCompliance/Regulations`` record: sid."""

    _path = "/v2/RegulatoryCompliance/Regulations/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self, **params: Unpack[RegulationFetchParams]) -> Regulation:
        """Fetch specific Regulation Instance."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class RegulationList(Resource):
    """``RegulatoryCompliance/Regulations`` (call it with a sid)."""

    _path = "/v2/RegulatoryCompliance/Regulations"

    def __call__(self, sid: str) -> RegulationContext:
        """The record with this ``sid``."""
        return self._child(RegulationContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[RegulationListParams],
    ) -> AsyncIterator[Regulation]:
        """Retrieve a list of all Regulations. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[RegulationListParams],
    ) -> Page[Regulation]:
        """Retrieve a list of all Regulations. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[RegulationListParams],
    ) -> list[Regulation]:
        """Retrieve a list of all Regulations. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
