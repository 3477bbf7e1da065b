# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: ProvisioningStatus (account/provision/status) on flex-api.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = [
    "ProvisioningStatus",
    "ProvisioningStatusContext",
    "ProvisioningStatusList",
    "ProvisioningStatusStatus",
]


class ProvisioningStatusStatus(OpenEnum):
    """``provisioning_status_enum_status``."""

    ACTIVE = "active"
    IN_PROGRESS = "in-progress"
    NOT_CONFIGURED = "not-configured"
    FAILED = "failed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ProvisioningStatus(Record):
    """Record ``flex.v1.provisioning_status`` (every field but ``url`` may be ``None``)."""

    status: ProvisioningStatusStatus | None = None
    url: str


_CONTEXT_FETCH: Operation[ProvisioningStatus] = Operation(
    id="flex_api.v1.provisioning_status.fetch",
    method="GET",
    product="flex-api",
    path="/v1/account/provision/status",
    spec="flex_v1",
    record=ProvisioningStatus,
)


class ProvisioningStatusContext(Resource):
    """One ``account/provision/status`` record."""

    _path = "/v1/account/provision/status"

    async def fetch(self) -> ProvisioningStatus:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class ProvisioningStatusList(Resource):
    """``account/provision/status``."""

    def __call__(self) -> ProvisioningStatusContext:
        """The one record of this resource."""
        return self._child(ProvisioningStatusContext)
