# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: Safelist (SafeList/Numbers) on verify.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["Safelist", "SafelistContext", "SafelistCreateParams", "SafelistList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Safelist(Record):
    """Record ``verify.v2.safelist`` (every field but ``sid``, ``phone_number``, ``url`` may be ``None``)."""

    sid: str
    phone_number: str
    url: str


class SafelistCreateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.safelist.create`` (``CreateSafelist``)."""

    phone_number: Required[str]
    """The phone number to be added in SafeList."""


_LIST_CREATE: Operation[Safelist] = Operation(
    id="verify.v2.safelist.create",
    method="POST",
    product="verify",
    path="/v2/SafeList/Numbers",
    spec="verify_v2",
    record=Safelist,
    form={
        "phone_number": "PhoneNumber",
    },
    required=frozenset(["phone_number"]),
)


_CONTEXT_FETCH: Operation[Safelist] = Operation(
    id="verify.v2.safelist.fetch",
    method="GET",
    product="verify",
    path="/v2/SafeList/Numbers/{PhoneNumber}",
    spec="verify_v2",
    record=Safelist,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="verify.v2.safelist.delete",
    method="DELETE",
    product="verify",
    path="/v2/SafeList/Numbers/{PhoneNumber}",
    spec="verify_v2",
)


class SafelistContext(Resource):
    """One ``SafeList/Numbers`` record: phone_number."""

    _path = "/v2/SafeList/Numbers/{PhoneNumber}"

    @property
    def phone_number(self) -> str:
        """The ``phone_number`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Safelist:
        """Check if a phone number exists in SafeList."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Remove a phone number from SafeList."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class SafelistList(CreateMany[SafelistCreateParams, Safelist], Resource):
    """``SafeList/Numbers`` (call it with a phone_number)."""

    _path = "/v2/SafeList/Numbers"
    _create_operation = _LIST_CREATE

    def __call__(self, phone_number: str) -> SafelistContext:
        """The record with this ``phone_number``."""
        return self._child(SafelistContext, phone_number=phone_number)

    async def create(self, **params: Unpack[SafelistCreateParams]) -> Safelist:
        """Add a new phone number to SafeList."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
