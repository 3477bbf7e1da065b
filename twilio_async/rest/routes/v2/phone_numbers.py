# Generated from specs/twilio-oai/twilio_routes_v2.json by codegen; do not edit.
"""Routes v2: PhoneNumber (PhoneNumbers) on routes.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["PhoneNumber", "PhoneNumberContext", "PhoneNumberList", "PhoneNumberUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class PhoneNumber(Record):
    """Record ``routes.v2.phone_number`` (every field but ``phone_number``, ``url``, ``sid``, ``account_sid``, ``date_created`` may be ``None``)."""

    phone_number: str
    url: str
    sid: str
    account_sid: str
    friendly_name: str | None = None
    voice_region: str | None = None
    date_created: datetime
    date_updated: datetime | None = None


class PhoneNumberUpdateParams(TypedDict, total=False):
    """Keywords of ``routes.v2.phone_numbers.update`` (``UpdatePhoneNumber``)."""

    voice_region: str
    """The Inbound Processing Region used for this phone number for voice."""
    friendly_name: str
    """A human readable description of this resource, up to 64 characters."""


_CONTEXT_FETCH: Operation[PhoneNumber] = Operation(
    id="routes.v2.phone_numbers.fetch",
    method="GET",
    product="routes",
    path="/v2/PhoneNumbers/{PhoneNumber}",
    spec="routes_v2",
    record=PhoneNumber,
)


_CONTEXT_UPDATE: Operation[PhoneNumber] = Operation(
    id="routes.v2.phone_numbers.update",
    method="POST",
    product="routes",
    path="/v2/PhoneNumbers/{PhoneNumber}",
    spec="routes_v2",
    record=PhoneNumber,
    form={
        "voice_region": "VoiceRegion",
        "friendly_name": "FriendlyName",
    },
)


class PhoneNumberContext(Resource):
    """One ``PhoneNumbers`` record: phone_number."""

    _path = "/v2/PhoneNumbers/{PhoneNumber}"

    @property
    def phone_number(self) -> str:
        """The ``phone_number`` this context points at."""
        return self._values[0]

    async def fetch(self) -> PhoneNumber:
        """Fetch the Inbound Processing Region assigned to a phone number."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[PhoneNumberUpdateParams]) -> PhoneNumber:
        """Assign an Inbound Processing Region to a phone number."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class PhoneNumberList(Resource):
    """``PhoneNumbers`` (call it with a phone_number)."""

    def __call__(self, phone_number: str) -> PhoneNumberContext:
        """The record with this ``phone_number``."""
        return self._child(PhoneNumberContext, phone_number=phone_number)
