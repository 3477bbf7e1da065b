# Generated from specs/twilio-oai/twilio_voice_v1.json by codegen; do not edit.
"""Voice v1: BulkCountryUpdate (DialingPermissions/BulkCountryUpdates) on voice.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "BulkCountryUpdateCreateParams",
    "BulkCountryUpdateList",
    "DialingPermissionsCountryBulkUpdate",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class DialingPermissionsCountryBulkUpdate(Record):
    """Record ``voice.v1.dialing_permissions.dialing_permissions_country_bulk_update`` (every field may be ``None``)."""

    update_count: int | None = None
    update_request: str | None = None


class BulkCountryUpdateCreateParams(TypedDict, total=False):
    """Keywords of ``voice.v1.dialing_permissions.bulk_country_updates.create`` (``CreateDialingPermissionsCountryBulkUpdate``)."""

    update_request: Required[str]
    """URL encoded JSON array of update objects."""


_LIST_CREATE: Operation[DialingPermissionsCountryBulkUpdate] = Operation(
    id="voice.v1.dialing_permissions.bulk_country_updates.create",
    method="POST",
    product="voice",
    path="/v1/DialingPermissions/BulkCountryUpdates",
    spec="voice_v1",
    record=DialingPermissionsCountryBulkUpdate,
    form={
        "update_request": "UpdateRequest",
    },
    required=frozenset(["update_request"]),
)


class BulkCountryUpdateList(
    CreateMany[BulkCountryUpdateCreateParams, DialingPermissionsCountryBulkUpdate], Resource
):
    """``DialingPermissions/BulkCountryUpdates``."""

    _path = "/v1/DialingPermissions/BulkCountryUpdates"
    _create_operation = _LIST_CREATE

    async def create(
        self, **params: Unpack[BulkCountryUpdateCreateParams]
    ) -> DialingPermissionsCountryBulkUpdate:
        """Create a bulk update request to change voice dialing country permissions of one or more countries identified by the corresponding ISO country code."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
