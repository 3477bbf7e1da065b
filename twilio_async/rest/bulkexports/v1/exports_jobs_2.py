# Generated from specs/twilio-oai/twilio_bulkexports_v1.json by codegen; do not edit.
"""Bulkexports v1: Job (Exports/Jobs) on bulkexports.twilio.com."""

from __future__ import annotations

from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["Job", "JobContext", "JobList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Job(Record):
    """Record ``bulkexports.v1.export.job`` (every field but ``job_sid``, ``url`` may be ``None``)."""

    resource_type: str | None = None
    friendly_name: str | None = None
    details: list[Any] | None = None
    start_day: str | None = None
    end_day: str | None = None
    job_sid: str
    webhook_url: str | None = None
    webhook_method: str | None = None
    email: str | None = None
    url: str
    job_queue_position: str | None = None
    estimated_completion_time: str | None = None


_CONTEXT_FETCH: Operation[Job] = Operation(
    id="bulkexports.v1.exports.jobs.fetch",
    method="GET",
    product="bulkexports",
    path="/v1/Exports/Jobs/{JobSid}",
    spec="bulkexports_v1",
    record=Job,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="bulkexports.v1.exports.jobs.delete",
    method="DELETE",
    product="bulkexports",
    path="/v1/Exports/Jobs/{JobSid}",
    spec="bulkexports_v1",
)


class JobContext(Resource):
    """One ``Exports/Jobs`` record: job_sid."""

    _path = "/v1/Exports/Jobs/{JobSid}"

    @property
    def job_sid(self) -> str:
        """The ``job_sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Job:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class JobList(Resource):
    """``Exports/Jobs`` (call it with a job_sid)."""

    _path = "/v1/Exports/Jobs"

    def __call__(self, job_sid: str) -> JobContext:
        """The record with this ``job_sid``."""
        return self._child(JobContext, job_sid=job_sid)
