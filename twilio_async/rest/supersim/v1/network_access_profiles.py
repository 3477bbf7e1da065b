# Generated from specs/twilio-oai/twilio_supersim_v1.json by codegen; do not edit.
"""Supersim v1: NetworkAccessProfile (NetworkAccessProfiles) on supersim.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.supersim.v1.network_access_profiles_networks import (
        NetworkAccessProfileNetworkList,
    )

__all__ = [
    "NetworkAccessProfile",
    "NetworkAccessProfileContext",
    "NetworkAccessProfileCreateParams",
    "NetworkAccessProfileList",
    "NetworkAccessProfileUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class NetworkAccessProfile(Record):
    """Record ``supersim.v1.network_access_profile`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    unique_name: str | None = None
    account_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


class NetworkAccessProfileCreateParams(TypedDict, total=False):
    """Keywords of ``supersim.v1.network_access_profiles.create`` (``CreateNetworkAccessProfile``)."""

    unique_name: str
    """An application-defined string that uniquely identifies the resource."""
    networks: Sequence[str]
    """List of Network SIDs that this Network Access Profile will allow connections to."""


class NetworkAccessProfileUpdateParams(TypedDict, total=False):
    """Keywords of ``supersim.v1.network_access_profiles.update`` (``UpdateNetworkAccessProfile``)."""

    unique_name: str
    """The new unique name of the Network Access Profile."""


_LIST_LIST: Operation[NetworkAccessProfile] = Operation(
    id="supersim.v1.network_access_profiles.list",
    method="GET",
    product="supersim",
    path="/v1/NetworkAccessProfiles",
    spec="supersim_v1",
    record=NetworkAccessProfile,
    paging="meta",
    envelope="network_access_profiles",
)


_LIST_CREATE: Operation[NetworkAccessProfile] = Operation(
    id="supersim.v1.network_access_profiles.create",
    method="POST",
    product="supersim",
    path="/v1/NetworkAccessProfiles",
    spec="supersim_v1",
    record=NetworkAccessProfile,
    form={
        "unique_name": "UniqueName",
        "networks": "Networks",
    },
)


_CONTEXT_FETCH: Operation[NetworkAccessProfile] = Operation(
    id="supersim.v1.network_access_profiles.fetch",
    method="GET",
    product="supersim",
    path="/v1/NetworkAccessProfiles/{Sid}",
    spec="supersim_v1",
    record=NetworkAccessProfile,
)


_CONTEXT_UPDATE: Operation[NetworkAccessProfile] = Operation(
    id="supersim.v1.network_access_profiles.update",
    method="POST",
    product="supersim",
    path="/v1/NetworkAccessProfiles/{Sid}",
    spec="supersim_v1",
    record=NetworkAccessProfile,
    form={
        "unique_name": "UniqueName",
    },
)


class NetworkAccessProfileContext(Resource):
    """One ``NetworkAccessProfiles`` record: sid."""

    _path = "/v1/NetworkAccessProfiles/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> NetworkAccessProfile:
        """Fetch a Network Access Profile instance from your account."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(
        self, **params: Unpack[NetworkAccessProfileUpdateParams]
    ) -> NetworkAccessProfile:
        """Updates the given properties of a Network Access Profile in your account."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    @property
    def networks(self) -> NetworkAccessProfileNetworkList:
        """``NetworkAccessProfiles/NetworkAccessProfileSid/Networks``."""
        from twilio_async.rest.supersim.v1.network_access_profiles_networks import (
            NetworkAccessProfileNetworkList,
        )

        return self._child(NetworkAccessProfileNetworkList)


class NetworkAccessProfileList(
    CreateMany[NetworkAccessProfileCreateParams, NetworkAccessProfile], Resource
):
    """``NetworkAccessProfiles`` (call it with a sid)."""

    _path = "/v1/NetworkAccessProfiles"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> NetworkAccessProfileContext:
        """The record with this ``sid``."""
        return self._child(NetworkAccessProfileContext, sid=sid)

    async def create(
        self, **params: Unpack[NetworkAccessProfileCreateParams]
    ) -> NetworkAccessProfile:
        """Create a new Network Access Profile."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[NetworkAccessProfile]:
        """Retrieve a list of Network Access Profiles from your account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[NetworkAccessProfile]:
        """Retrieve a list of Network Access Profiles from your account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[NetworkAccessProfile]:
        """Retrieve a list of Network Access Profiles from your account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
