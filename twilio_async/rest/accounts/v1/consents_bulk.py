# Generated from specs/twilio-oai/twilio_accounts_v1.json by codegen; do not edit.
"""Accounts v1: BulkConsents (Consents/Bulk) on accounts.twilio.com."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["BulkConsents", "BulkConsentsCreateParams", "BulkConsentsList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class BulkConsents(Record):
    """Record ``accounts.v1.bulk_consents`` (every field may be ``None``)."""

    items: Any | None = None


class BulkConsentsCreateParams(TypedDict, total=False):
    """Keywords of ``accounts.v1.bulk_consents.create`` (``CreateBulkConsents``)."""

    items: Required[Sequence[Any]]
    """This is a list of objects that describes a contact's opt-in status."""


_LIST_CREATE: Operation[BulkConsents] = Operation(
    id="accounts.v1.bulk_consents.create",
    method="POST",
    product="accounts",
    path="/v1/Consents/Bulk",
    spec="accounts_v1",
    record=BulkConsents,
    form={
        "items": "Items",
    },
    required=frozenset(["items"]),
    encode={
        "items": "json_items",
    },
)


class BulkConsentsList(CreateMany[BulkConsentsCreateParams, BulkConsents], Resource):
    """``Consents/Bulk``."""

    _path = "/v1/Consents/Bulk"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[BulkConsentsCreateParams]) -> BulkConsents:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
