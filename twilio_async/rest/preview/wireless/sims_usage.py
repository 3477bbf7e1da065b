# Generated from specs/twilio-oai/twilio_preview.json by codegen; do not edit.
"""Preview wireless: Usage (Sims/SimSid/Usage) on preview.twilio.com."""

from __future__ import annotations

from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["Usage", "UsageContext", "UsageFetchParams", "UsageList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Usage(Record):
    """Record ``preview.wireless.sim.usage`` (every field but ``sim_sid``, ``account_sid``, ``url`` may be ``None``)."""

    sim_sid: str
    sim_unique_name: str | None = None
    account_sid: str
    period: Any | None = None
    commands_usage: Any | None = None
    commands_costs: Any | None = None
    data_usage: Any | None = None
    data_costs: Any | None = None
    url: str


class UsageFetchParams(TypedDict, total=False):
    """Keywords of ``preview.wireless.sims.usage.fetch`` (``FetchWirelessUsage``)."""

    end: str
    start: str


_CONTEXT_FETCH: Operation[Usage] = Operation(
    id="preview.wireless.sims.usage.fetch",
    method="GET",
    product="preview",
    path="/wireless/Sims/{SimSid}/Usage",
    spec="preview",
    record=Usage,
    query={
        "end": "End",
        "start": "Start",
    },
)


class UsageContext(Resource):
    """One ``Sims/SimSid/Usage`` record."""

    _path = "/wireless/Sims/{SimSid}/Usage"

    async def fetch(self, **params: Unpack[UsageFetchParams]) -> Usage:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class UsageList(Resource):
    """``Sims/SimSid/Usage``."""

    def __call__(self) -> UsageContext:
        """The one record of this resource."""
        return self._child(UsageContext)
