# Generated from specs/twilio-oai/twilio_supersim_v1.json by codegen; do not edit.
"""Supersim v1: NetworkAccessProfileNetwork (NetworkAccessProfiles/NetworkAccessProfileSid/Networks) on supersim.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "NetworkAccessProfileNetwork",
    "NetworkAccessProfileNetworkContext",
    "NetworkAccessProfileNetworkCreateParams",
    "NetworkAccessProfileNetworkList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class NetworkAccessProfileNetwork(Record):
    """Record ``supersim.v1.network_access_profile.network_access_profile_network`` (every field but ``sid``, ``network_access_profile_sid``, ``url`` may be ``None``)."""

    sid: str
    network_access_profile_sid: str
    friendly_name: str | None = None
    iso_country: str | None = None
    identifiers: list[Any] | None = None
    url: str


class NetworkAccessProfileNetworkCreateParams(TypedDict, total=False):
    """Keywords of ``supersim.v1.network_access_profiles.networks.create`` (``CreateNetworkAccessProfileNetwork``)."""

    network: Required[str]
    """The SID of the Network resource to be added to the Network Access Profile resource."""


_LIST_LIST: Operation[NetworkAccessProfileNetwork] = Operation(
    id="supersim.v1.network_access_profiles.networks.list",
    method="GET",
    product="supersim",
    path="/v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks",
    spec="supersim_v1",
    record=NetworkAccessProfileNetwork,
    paging="meta",
    envelope="networks",
)


_LIST_CREATE: Operation[NetworkAccessProfileNetwork] = Operation(
    id="supersim.v1.network_access_profiles.networks.create",
    method="POST",
    product="supersim",
    path="/v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks",
    spec="supersim_v1",
    record=NetworkAccessProfileNetwork,
    form={
        "network": "Network",
    },
    required=frozenset(["network"]),
)


_CONTEXT_FETCH: Operation[NetworkAccessProfileNetwork] = Operation(
    id="supersim.v1.network_access_profiles.networks.fetch",
    method="GET",
    product="supersim",
    path="/v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks/{Sid}",
    spec="supersim_v1",
    record=NetworkAccessProfileNetwork,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="supersim.v1.network_access_profiles.networks.delete",
    method="DELETE",
    product="supersim",
    path="/v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks/{Sid}",
    spec="supersim_v1",
)


class NetworkAccessProfileNetworkContext(Resource):
    """One ``NetworkAccessProfiles/NetworkAccessProfileSid/Networks`` record: sid."""

    _path = "/v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> NetworkAccessProfileNetwork:
        """Fetch a Network Access Profile resource's Network resource."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Remove a Network resource from the Network Access Profile resource's."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class NetworkAccessProfileNetworkList(
    CreateMany[NetworkAccessProfileNetworkCreateParams, NetworkAccessProfileNetwork], Resource
):
    """``NetworkAccessProfiles/NetworkAccessProfileSid/Networks`` (call it with a sid)."""

    _path = "/v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> NetworkAccessProfileNetworkContext:
        """The record with this ``sid``."""
        return self._child(NetworkAccessProfileNetworkContext, sid=sid)

    async def create(
        self, **params: Unpack[NetworkAccessProfileNetworkCreateParams]
    ) -> NetworkAccessProfileNetwork:
        """Add a Network resource to the Network Access Profile resource."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[NetworkAccessProfileNetwork]:
        """Retrieve a list of Network Access Profile resource's Network resource. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[NetworkAccessProfileNetwork]:
        """Retrieve a list of Network Access Profile resource's Network resource. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[NetworkAccessProfileNetwork]:
        """Retrieve a list of Network Access Profile resource's Network resource. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
