# Generated from specs/twilio-oai/twilio_supersim_v1.json by codegen; do not edit.
"""Supersim v1: SimIpAddress (Sims/SimSid/IpAddresses) on supersim.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource

__all__ = ["SimIpAddress", "SimIpAddressIpAddressVersion", "SimIpAddressList"]


class SimIpAddressIpAddressVersion(OpenEnum):
    """``sim_ip_address_enum_ip_address_version``."""

    IPV4 = "IPv4"
    IPV6 = "IPv6"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SimIpAddress(Record):
    """Record ``supersim.v1.sim.sim_ip_address`` (every field may be ``None``)."""

    ip_address: str | None = None
    ip_address_version: SimIpAddressIpAddressVersion | None = None


_LIST_LIST: Operation[SimIpAddress] = Operation(
    id="supersim.v1.sims.sim_ip_addresses.list",
    method="GET",
    product="supersim",
    path="/v1/Sims/{SimSid}/IpAddresses",
    spec="supersim_v1",
    record=SimIpAddress,
    paging="meta",
    envelope="ip_addresses",
)


class SimIpAddressList(Resource):
    """``Sims/SimSid/IpAddresses``."""

    _path = "/v1/Sims/{SimSid}/IpAddresses"

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[SimIpAddress]:
        """Retrieve a list of IP Addresses for the given Super SIM. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[SimIpAddress]:
        """Retrieve a list of IP Addresses for the given Super SIM. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[SimIpAddress]:
        """Retrieve a list of IP Addresses for the given Super SIM. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
