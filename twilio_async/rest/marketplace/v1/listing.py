# Generated from specs/twilio-oai/twilio_marketplace_v1.json by codegen; do not edit.
"""Marketplace v1: ModuleDataManagement (Listing) on marketplace.twilio.com."""

from __future__ import annotations

from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "ModuleDataManagement",
    "ModuleDataManagementContext",
    "ModuleDataManagementList",
    "ModuleDataManagementUpdateParams",
]


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


class ModuleDataManagementUpdateParams(TypedDict, total=False):
    """Keywords of ``marketplace.v1.module_data_management.update`` (``UpdateModuleDataManagement``)."""

    module_info: str
    """A JSON object containing essential attributes that define a Listing."""
    description: str
    """A JSON object describing the Listing."""
    documentation: str
    """A JSON object for providing comprehensive information, instructions, and resources related to the Listing."""
    policies: str
    """A JSON object describing the Listing's privacy and legal policies."""
    support: str
    """A JSON object containing information on how Marketplace users can obtain support for the Listing."""
    configuration: str
    """A JSON object for providing Listing-specific configuration."""
    pricing: str
    """A JSON object for providing Listing's purchase options."""


_CONTEXT_FETCH: Operation[ModuleDataManagement] = Operation(
    id="marketplace.v1.module_data_management.fetch",
    method="GET",
    product="marketplace",
    path="/v1/Listing/{Sid}",
    spec="marketplace_v1",
    record=ModuleDataManagement,
)


_CONTEXT_UPDATE: Operation[ModuleDataManagement] = Operation(
    id="marketplace.v1.module_data_management.update",
    method="POST",
    product="marketplace",
    path="/v1/Listing/{Sid}",
    spec="marketplace_v1",
    record=ModuleDataManagement,
    form={
        "module_info": "ModuleInfo",
        "description": "Description",
        "documentation": "Documentation",
        "policies": "Policies",
        "support": "Support",
        "configuration": "Configuration",
        "pricing": "Pricing",
    },
)


class ModuleDataManagementContext(Resource):
    """One ``Listing`` record: sid."""

    _path = "/v1/Listing/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> ModuleDataManagement:
        """This endpoint returns the data of a given Listing."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(
        self, **params: Unpack[ModuleDataManagementUpdateParams]
    ) -> ModuleDataManagement:
        """This endpoint updates the data of a given Listing."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class ModuleDataManagementList(Resource):
    """``Listing`` (call it with a sid)."""

    def __call__(self, sid: str) -> ModuleDataManagementContext:
        """The record with this ``sid``."""
        return self._child(ModuleDataManagementContext, sid=sid)
