# Generated from specs/twilio-oai/twilio_bulkexports_v1.json by codegen; do not edit.
"""Bulkexports v1: ExportCustomJob (Exports/ResourceType/Jobs) on bulkexports.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["ExportCustomJob", "ExportCustomJobCreateParams", "ExportCustomJobList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ExportCustomJob(Record):
    """Record ``bulkexports.v1.export.export_custom_job`` (every field but ``resource_type`` may be ``None``)."""

    friendly_name: str | None = None
    resource_type: str
    start_day: str | None = None
    end_day: str | None = None
    webhook_url: str | None = None
    webhook_method: str | None = None
    email: str | None = None
    job_sid: str | None = None
    details: list[Any] | None = None
    job_queue_position: str | None = None
    estimated_completion_time: str | None = None


class ExportCustomJobCreateParams(TypedDict, total=False):
    """Keywords of ``bulkexports.v1.exports.export_custom_jobs.create`` (``CreateExportCustomJob``)."""

    start_day: Required[str]
    """The start day for the custom export specified as a string in the format of yyyy-mm-dd."""
    end_day: Required[str]
    """The end day for the custom export specified as a string in the format of yyyy-mm-dd."""
    friendly_name: Required[str]
    """The friendly name specified when creating the job."""
    webhook_url: str
    """The optional webhook url called on completion of the job."""
    webhook_method: str
    """This is the method used to call the webhook on completion of the job."""
    email: str
    """The optional email to send the completion notification to."""


_LIST_LIST: Operation[ExportCustomJob] = Operation(
    id="bulkexports.v1.exports.export_custom_jobs.list",
    method="GET",
    product="bulkexports",
    path="/v1/Exports/{ResourceType}/Jobs",
    spec="bulkexports_v1",
    record=ExportCustomJob,
    paging="meta",
    envelope="jobs",
)


_LIST_CREATE: Operation[ExportCustomJob] = Operation(
    id="bulkexports.v1.exports.export_custom_jobs.create",
    method="POST",
    product="bulkexports",
    path="/v1/Exports/{ResourceType}/Jobs",
    spec="bulkexports_v1",
    record=ExportCustomJob,
    form={
        "start_day": "StartDay",
        "end_day": "EndDay",
        "friendly_name": "FriendlyName",
        "webhook_url": "WebhookUrl",
        "webhook_method": "WebhookMethod",
        "email": "Email",
    },
    required=frozenset(["end_day", "friendly_name", "start_day"]),
)


class ExportCustomJobList(CreateMany[ExportCustomJobCreateParams, ExportCustomJob], Resource):
    """``Exports/ResourceType/Jobs``."""

    _path = "/v1/Exports/{ResourceType}/Jobs"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[ExportCustomJobCreateParams]) -> ExportCustomJob:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[ExportCustomJob]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[ExportCustomJob]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[ExportCustomJob]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
