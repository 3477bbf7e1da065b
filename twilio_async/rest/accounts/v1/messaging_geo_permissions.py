# Generated from specs/twilio-oai/twilio_accounts_v1.json by codegen; do not edit.
"""Accounts v1: MessagingGeopermissions (Messaging/GeoPermissions) on accounts.twilio.com."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "MessagingGeopermissions",
    "MessagingGeopermissionsFetchParams",
    "MessagingGeopermissionsList",
    "MessagingGeopermissionsUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class MessagingGeopermissions(Record):
    """Record ``accounts.v1.messaging_geopermissions`` (every field may be ``None``)."""

    permissions: Any | None = None


class MessagingGeopermissionsFetchParams(TypedDict, total=False):
    """Keywords of ``accounts.v1.messaging_geopermissions.fetch`` (``FetchMessagingGeopermissions``)."""

    country_code: str
    """The country code to filter the geo permissions."""


class MessagingGeopermissionsUpdateParams(TypedDict, total=False):
    """Keywords of ``accounts.v1.messaging_geopermissions.update`` (``UpdateMessagingGeopermissions``)."""

    permissions: Required[Sequence[Any]]
    """A list of objects where each object represents the Geo Permission to be updated."""


_LIST_FETCH: Operation[MessagingGeopermissions] = Operation(
    id="accounts.v1.messaging_geopermissions.fetch",
    method="GET",
    product="accounts",
    path="/v1/Messaging/GeoPermissions",
    spec="accounts_v1",
    record=MessagingGeopermissions,
    query={
        "country_code": "CountryCode",
    },
)


_LIST_UPDATE: Operation[MessagingGeopermissions] = Operation(
    id="accounts.v1.messaging_geopermissions.update",
    method="PATCH",
    product="accounts",
    path="/v1/Messaging/GeoPermissions",
    spec="accounts_v1",
    record=MessagingGeopermissions,
    form={
        "permissions": "Permissions",
    },
    required=frozenset(["permissions"]),
    encode={
        "permissions": "json_items",
    },
)


class MessagingGeopermissionsList(Resource):
    """``Messaging/GeoPermissions``."""

    _path = "/v1/Messaging/GeoPermissions"

    async def fetch(
        self, **params: Unpack[MessagingGeopermissionsFetchParams]
    ) -> MessagingGeopermissions:
        """fetch."""
        return await self._call(_LIST_FETCH, params)

    fetch_with_http_info = with_http_info(_LIST_FETCH, fetch)

    async def update(
        self, **params: Unpack[MessagingGeopermissionsUpdateParams]
    ) -> MessagingGeopermissions:
        """update."""
        return await self._call(_LIST_UPDATE, params)

    update_with_http_info = with_http_info(_LIST_UPDATE, update)
