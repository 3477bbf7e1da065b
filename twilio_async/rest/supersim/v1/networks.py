# Generated from specs/twilio-oai/twilio_supersim_v1.json by codegen; do not edit.
"""Supersim v1: Network (Networks) on supersim.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["Network", "NetworkContext", "NetworkList", "NetworkListParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Network(Record):
    """Record ``supersim.v1.network`` (every field but ``sid``, ``url`` may be ``None``)."""

    sid: str
    friendly_name: str | None = None
    url: str
    iso_country: str | None = None
    identifiers: list[Any] | None = None


class NetworkListParams(TypedDict, total=False):
    """Keywords of ``supersim.v1.networks.list`` (``ListNetwork``)."""

    iso_country: str
    """The ISO country code of the Network resources to read."""
    mcc: str
    """The 'mobile country code' of a country."""
    mnc: str
    """The 'mobile network code' of a mobile operator network."""


_CONTEXT_FETCH: Operation[Network] = Operation(
    id="supersim.v1.networks.fetch",
    method="GET",
    product="supersim",
    path="/v1/Networks/{Sid}",
    spec="supersim_v1",
    record=Network,
)


_LIST_LIST: Operation[Network] = Operation(
    id="supersim.v1.networks.list",
    method="GET",
    product="supersim",
    path="/v1/Networks",
    spec="supersim_v1",
    record=Network,
    query={
        "iso_country": "IsoCountry",
        "mcc": "Mcc",
        "mnc": "Mnc",
    },
    paging="meta",
    envelope="networks",
)


class NetworkContext(Resource):
    """One ``Networks`` record: sid."""

    _path = "/v1/Networks/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Network:
        """Fetch a Network resource."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class NetworkList(Resource):
    """``Networks`` (call it with a sid)."""

    _path = "/v1/Networks"

    def __call__(self, sid: str) -> NetworkContext:
        """The record with this ``sid``."""
        return self._child(NetworkContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[NetworkListParams],
    ) -> AsyncIterator[Network]:
        """Retrieve a list of Network resources. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[NetworkListParams],
    ) -> Page[Network]:
        """Retrieve a list of Network resources. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[NetworkListParams],
    ) -> list[Network]:
        """Retrieve a list of Network resources. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
