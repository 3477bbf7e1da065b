# Generated from specs/twilio-oai/twilio_bulkexports_v1.json by codegen; do not edit.
"""Bulkexports v1: Export (Exports) on bulkexports.twilio.com."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

if TYPE_CHECKING:
    from twilio_async.rest.bulkexports.v1.exports_days import DayList
    from twilio_async.rest.bulkexports.v1.exports_jobs import ExportCustomJobList
    from twilio_async.rest.bulkexports.v1.exports_jobs_2 import JobList

__all__ = ["Export", "ExportContext", "ExportList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Export(Record):
    """Record ``bulkexports.v1.export`` (every field but ``resource_type``, ``url`` may be ``None``)."""

    resource_type: str
    url: str
    links: dict[str, Any] | None = None


_CONTEXT_FETCH: Operation[Export] = Operation(
    id="bulkexports.v1.exports.fetch",
    method="GET",
    product="bulkexports",
    path="/v1/Exports/{ResourceType}",
    spec="bulkexports_v1",
    record=Export,
)


class ExportContext(Resource):
    """One ``Exports`` record: resource_type."""

    _path = "/v1/Exports/{ResourceType}"

    @property
    def resource_type(self) -> str:
        """The ``resource_type`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Export:
        """Fetch a specific Export."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    @property
    def days(self) -> DayList:
        """``Exports/ResourceType/Days``."""
        from twilio_async.rest.bulkexports.v1.exports_days import DayList

        return self._child(DayList)

    @property
    def export_custom_jobs(self) -> ExportCustomJobList:
        """``Exports/ResourceType/Jobs``."""
        from twilio_async.rest.bulkexports.v1.exports_jobs import ExportCustomJobList

        return self._child(ExportCustomJobList)


class ExportList(Resource):
    """``Exports`` (call it with a resource_type)."""

    _path = "/v1/Exports"

    def __call__(self, resource_type: str) -> ExportContext:
        """The record with this ``resource_type``."""
        return self._child(ExportContext, resource_type=resource_type)

    @property
    def jobs(self) -> JobList:
        """``Exports/Jobs``."""
        from twilio_async.rest.bulkexports.v1.exports_jobs_2 import JobList

        return self._child(JobList)
