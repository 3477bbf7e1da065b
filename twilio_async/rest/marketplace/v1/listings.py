# Generated from specs/twilio-oai/twilio_marketplace_v1.json by codegen; do not edit.
"""Marketplace v1: ModuleData (Listings) on marketplace.twilio.com."""

from __future__ import annotations

from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["ModuleDataCreateParams", "ModuleDataList", "ModuleDataManagement", "ModuleDataResult"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ModuleDataManagement(Record):
    """Record ``marketplace.v1.module_data_management`` (every field but ``url``, ``sid`` may be ``None``)."""

    url: str
    sid: str
    description: dict[str, Any] | None = None
    support: dict[str, Any] | None = None
    policies: dict[str, Any] | None = None
    module_info: dict[str, Any] | None = None
    documentation: dict[str, Any] | None = None
    configuration: dict[str, Any] | None = None
    pricing: dict[str, Any] | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ModuleDataResult(Record):
    """Record ``ModuleData`` (every field may be ``None``)."""

    listings: list[dict[str, Any]] | None = None


class ModuleDataCreateParams(TypedDict, total=False):
    """Keywords of ``marketplace.v1.module_data.create`` (``CreateModuleData``)."""

    module_info: str
    """A JSON object containing essential attributes that define a Listing."""
    configuration: str
    """A JSON object for providing Listing-specific configuration."""


_LIST_FETCH: Operation[ModuleDataResult] = Operation(
    id="marketplace.v1.module_data.fetch",
    method="GET",
    product="marketplace",
    path="/v1/Listings",
    spec="marketplace_v1",
    record=ModuleDataResult,
)


_LIST_CREATE: Operation[ModuleDataManagement] = Operation(
    id="marketplace.v1.module_data.create",
    method="POST",
    product="marketplace",
    path="/v1/Listings",
    spec="marketplace_v1",
    record=ModuleDataManagement,
    form={
        "module_info": "ModuleInfo",
        "configuration": "Configuration",
    },
)


class ModuleDataList(CreateMany[ModuleDataCreateParams, ModuleDataManagement], Resource):
    """``Listings``."""

    _path = "/v1/Listings"
    _create_operation = _LIST_CREATE

    async def fetch(self) -> ModuleDataResult:
        """This endpoint returns the Listings owned by the authenticated Account."""
        return await self._call(_LIST_FETCH, {})

    fetch_with_http_info = with_http_info(_LIST_FETCH, fetch)

    async def create(self, **params: Unpack[ModuleDataCreateParams]) -> ModuleDataManagement:
        """This endpoint creates a Listing based on the given data."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
