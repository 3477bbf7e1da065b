# Generated from specs/twilio-oai/twilio_serverless_v1.json by codegen; do not edit.
"""Serverless v1: BuildStatus (Services/ServiceSid/Builds/Sid/Status) on serverless.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["BuildStatus", "BuildStatusContext", "BuildStatusList", "BuildStatusStatus"]


class BuildStatusStatus(OpenEnum):
    """``build_status_enum_status``."""

    BUILDING = "building"
    COMPLETED = "completed"
    FAILED = "failed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class BuildStatus(Record):
    """Record ``serverless.v1.service.build.build_status`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    status: BuildStatusStatus | None = None
    url: str


_CONTEXT_FETCH: Operation[BuildStatus] = Operation(
    id="serverless.v1.services.builds.build_status.fetch",
    method="GET",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Builds/{Sid}/Status",
    spec="serverless_v1",
    record=BuildStatus,
)


class BuildStatusContext(Resource):
    """One ``Services/ServiceSid/Builds/Sid/Status`` record."""

    _path = "/v1/Services/{ServiceSid}/Builds/{Sid}/Status"

    async def fetch(self) -> BuildStatus:
        """Retrieve a specific Build resource."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class BuildStatusList(Resource):
    """``Services/ServiceSid/Builds/Sid/Status``."""

    def __call__(self) -> BuildStatusContext:
        """The one record of this resource."""
        return self._child(BuildStatusContext)
