# Generated from specs/twilio-oai/twilio_marketplace_v1.json by codegen; do not edit.
"""Marketplace v1: InstalledAddOnUsage (InstalledAddOns/InstalledAddOnSid/Usage) on marketplace.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "InstalledAddOnUsage",
    "InstalledAddOnUsageBillableItems",
    "InstalledAddOnUsageCreateParams",
    "InstalledAddOnUsageList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class InstalledAddOnUsage(Record):
    """Record ``marketplace.v1.installed_add_on.installed_add_on_usage`` (every field may be ``None``)."""

    total_submitted: float | None = None
    billable_items: list[InstalledAddOnUsageBillableItems] | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class InstalledAddOnUsageBillableItems(Record):
    """Record ``InstalledAddOnUsageBillableItems`` (every field may be ``None``)."""

    quantity: float | None = None
    sid: str | None = None
    submitted: bool | None = None


class InstalledAddOnUsageCreateParams(TypedDict, total=False):
    """Keywords of ``marketplace.v1.installed_add_ons.usage.create`` (``CreateBillingUsage``)."""

    marketplace_v1_installed_add_on_installed_add_on_usage: Required[Mapping[str, Any]]
    """JSON body."""


_LIST_CREATE: Operation[InstalledAddOnUsage] = Operation(
    id="marketplace.v1.installed_add_ons.usage.create",
    method="POST",
    product="marketplace",
    path="/v1/InstalledAddOns/{InstalledAddOnSid}/Usage",
    spec="marketplace_v1",
    record=InstalledAddOnUsage,
    body="marketplace_v1_installed_add_on_installed_add_on_usage",
    required=frozenset(["marketplace_v1_installed_add_on_installed_add_on_usage"]),
)


class InstalledAddOnUsageList(
    CreateMany[InstalledAddOnUsageCreateParams, InstalledAddOnUsage], Resource
):
    """``InstalledAddOns/InstalledAddOnSid/Usage``."""

    _path = "/v1/InstalledAddOns/{InstalledAddOnSid}/Usage"
    _create_operation = _LIST_CREATE

    async def create(
        self, **params: Unpack[InstalledAddOnUsageCreateParams]
    ) -> InstalledAddOnUsage:
        """Allows Twilio Marketplace publishers to manually report customer usage on No-code Partner Listings that they own."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
