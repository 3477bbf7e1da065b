# Generated from specs/twilio-oai/twilio_lookups_v2.json by codegen; do not edit.
"""Lookups v2: LookupOverride (PhoneNumbers/PhoneNumber/Overrides) on lookups.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "LookupOverride",
    "LookupOverrideContext",
    "LookupOverrideCreateParams",
    "LookupOverrideList",
    "LookupOverrideUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class LookupOverride(Record):
    """Record ``OverridesResponse`` (every field but ``phone_number`` may be ``None``)."""

    phone_number: str
    original_line_type: str | None = None
    overridden_line_type: str | None = None
    override_reason: str | None = None
    override_timestamp: datetime | None = None
    overridden_by_account_sid: str | None = None


class LookupOverrideCreateParams(TypedDict, total=False):
    """Keywords of ``lookups.v2.lookup_overrides.create`` (``CreateLookupPhoneNumberOverrides``)."""

    overrides_request: Mapping[str, Any]
    """JSON body."""


class LookupOverrideUpdateParams(TypedDict, total=False):
    """Keywords of ``lookups.v2.lookup_overrides.update`` (``UpdateLookupPhoneNumberOverrides``)."""

    overrides_request: Mapping[str, Any]
    """JSON body."""


_CONTEXT_FETCH: Operation[LookupOverride] = Operation(
    id="lookups.v2.lookup_overrides.fetch",
    method="GET",
    product="lookups",
    path="/v2/PhoneNumbers/{PhoneNumber}/Overrides/{Field}",
    spec="lookups_v2",
    record=LookupOverride,
)


_CONTEXT_CREATE: Operation[LookupOverride] = Operation(
    id="lookups.v2.lookup_overrides.create",
    method="POST",
    product="lookups",
    path="/v2/PhoneNumbers/{PhoneNumber}/Overrides/{Field}",
    spec="lookups_v2",
    record=LookupOverride,
    body="overrides_request",
)


_CONTEXT_UPDATE: Operation[LookupOverride] = Operation(
    id="lookups.v2.lookup_overrides.update",
    method="PUT",
    product="lookups",
    path="/v2/PhoneNumbers/{PhoneNumber}/Overrides/{Field}",
    spec="lookups_v2",
    record=LookupOverride,
    body="overrides_request",
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="lookups.v2.lookup_overrides.delete",
    method="DELETE",
    product="lookups",
    path="/v2/PhoneNumbers/{PhoneNumber}/Overrides/{Field}",
    spec="lookups_v2",
)


class LookupOverrideContext(Resource):
    """One ``PhoneNumbers/PhoneNumber/Overrides`` record: field."""

    _path = "/v2/PhoneNumbers/{PhoneNumber}/Overrides/{Field}"

    @property
    def phone_number(self) -> str:
        """The ``phone_number`` this context points at."""
        return self._values[0]

    @property
    def field(self) -> str:
        """The ``field`` this context points at."""
        return self._values[1]

    async def fetch(self) -> LookupOverride:
        """Get Overrides for a Phone Number for a specific field."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def create(self, **params: Unpack[LookupOverrideCreateParams]) -> LookupOverride:
        """Create Override for a Phone Number for a specific field."""
        return await self._call(_CONTEXT_CREATE, params)

    create_with_http_info = with_http_info(_CONTEXT_CREATE, create)

    async def update(self, **params: Unpack[LookupOverrideUpdateParams]) -> LookupOverride:
        """Update Override for a Phone Number for a specific field."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete an Override for a Phone Number for a specific field."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class LookupOverrideList(Resource):
    """``PhoneNumbers/PhoneNumber/Overrides`` (call it with a field)."""

    def __call__(self, field: str, phone_number: str) -> LookupOverrideContext:
        """The record with this ``field``, ``phone_number``."""
        return self._child(LookupOverrideContext, phone_number=phone_number, field=field)
