# Generated from specs/twilio-oai/twilio_numbers_v2.json by codegen; do not edit.
"""Numbers v2: ReplaceItems (RegulatoryCompliance/Bundles/BundleSid/ReplaceItems) on numbers.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["ReplaceItems", "ReplaceItemsCreateParams", "ReplaceItemsList", "ReplaceItemsStatus"]


class ReplaceItemsStatus(OpenEnum):
    """``replace_items_enum_status``."""

    DRAFT = "draft"
    PENDING_REVIEW = "pending-review"
    IN_REVIEW = "in-review"
    TWILIO_REJECTED = "twilio-rejected"
    TWILIO_APPROVED = "twilio-approved"
    PROVISIONALLY_APPROVED = "provisionally-approved"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ReplaceItems(Record):
    """Record ``numbers.v2.regulatory_compliance.bundle.replace_items`` (every field but ``sid``, ``account_sid``, ``date_created`` may be ``None``)."""

    sid: str
    account_sid: str
    regulation_sid: str | None = None
    friendly_name: str | None = None
    status: ReplaceItemsStatus | None = None
    valid_until: datetime | None = None
    email: str | None = None
    status_callback: str | None = None
    date_created: datetime
    date_updated: datetime | None = None


class ReplaceItemsCreateParams(TypedDict, total=False):
    """Keywords of ``numbers.v2.regulatory_compliance.bundles.replace_items.create`` (``CreateReplaceItems``)."""

    from_bundle_sid: Required[str]
    """The source bundle sid to copy the item assignments from."""


_LIST_CREATE: Operation[ReplaceItems] = Operation(
    id="numbers.v2.regulatory_compliance.bundles.replace_items.create",
    method="POST",
    product="numbers",
    path="/v2/RegulatoryCompliance/Bundles/{BundleSid}/ReplaceItems",
    spec="numbers_v2",
    record=ReplaceItems,
    form={
        "from_bundle_sid": "FromBundleSid",
    },
    required=frozenset(["from_bundle_sid"]),
)


class ReplaceItemsList(CreateMany[ReplaceItemsCreateParams, ReplaceItems], Resource):
    """``RegulatoryCompliance/Bundles/BundleSid/ReplaceItems``."""

    _path = "/v2/RegulatoryCompliance/Bundles/{BundleSid}/ReplaceItems"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[ReplaceItemsCreateParams]) -> ReplaceItems:
        """Replaces all bundle items in the target bundle (specified in the path) with all the bundle items of the source bundle (specified by the from_bundle..."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
