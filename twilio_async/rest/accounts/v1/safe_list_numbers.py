# Generated from specs/twilio-oai/twilio_accounts_v1.json by codegen; do not edit.
"""Accounts v1: Safelist (SafeList/Numbers) on accounts.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "Safelist",
    "SafelistCreateParams",
    "SafelistDeleteParams",
    "SafelistFetchParams",
    "SafelistList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Safelist(Record):
    """Record ``accounts.v1.safelist`` (every field but ``sid`` may be ``None``)."""

    sid: str
    phone_number: str | None = None


class SafelistFetchParams(TypedDict, total=False):
    """Keywords of ``accounts.v1.safelist.fetch`` (``FetchSafelist``)."""

    phone_number: str
    """The phone number or phone number 1k prefix to be fetched from SafeList."""


class SafelistCreateParams(TypedDict, total=False):
    """Keywords of ``accounts.v1.safelist.create`` (``CreateSafelist``)."""

    phone_number: Required[str]
    """The phone number or phone number 1k prefix to be added in SafeList."""


class SafelistDeleteParams(TypedDict, total=False):
    """Keywords of ``accounts.v1.safelist.delete`` (``DeleteSafelist``)."""

    phone_number: str
    """The phone number or phone number 1k prefix to be removed from SafeList."""


_LIST_FETCH: Operation[Safelist] = Operation(
    id="accounts.v1.safelist.fetch",
    method="GET",
    product="accounts",
    path="/v1/SafeList/Numbers",
    spec="accounts_v1",
    record=Safelist,
    query={
        "phone_number": "PhoneNumber",
    },
)


_LIST_CREATE: Operation[Safelist] = Operation(
    id="accounts.v1.safelist.create",
    method="POST",
    product="accounts",
    path="/v1/SafeList/Numbers",
    spec="accounts_v1",
    record=Safelist,
    form={
        "phone_number": "PhoneNumber",
    },
    required=frozenset(["phone_number"]),
)


_LIST_DELETE: Operation[bool] = Operation(
    id="accounts.v1.safelist.delete",
    method="DELETE",
    product="accounts",
    path="/v1/SafeList/Numbers",
    spec="accounts_v1",
    query={
        "phone_number": "PhoneNumber",
    },
)


class SafelistList(CreateMany[SafelistCreateParams, Safelist], Resource):
    """``SafeList/Numbers``."""

    _path = "/v1/SafeList/Numbers"
    _create_operation = _LIST_CREATE

    async def fetch(self, **params: Unpack[SafelistFetchParams]) -> Safelist:
        """Check if a phone number or phone number 1k prefix exists in SafeList."""
        return await self._call(_LIST_FETCH, params)

    fetch_with_http_info = with_http_info(_LIST_FETCH, fetch)

    async def create(self, **params: Unpack[SafelistCreateParams]) -> Safelist:
        """Add a new phone number or phone number 1k prefix to SafeList."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    async def delete(self, **params: Unpack[SafelistDeleteParams]) -> bool:
        """Remove a phone number or phone number 1k prefix from SafeList."""
        return await self._call(_LIST_DELETE, params)

    delete_with_http_info = with_http_info(_LIST_DELETE, delete)
