# Generated from specs/twilio-oai/twilio_events_v1.json by codegen; do not edit.
"""Events v1: SchemaVersion (Schemas/Id/Versions) on events.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["SchemaVersion", "SchemaVersionContext", "SchemaVersionList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SchemaVersion(Record):
    """Record ``events.v1.schema.schema_version`` (every field but ``id``, ``schema_version``, ``date_created``, ``url`` may be ``None``)."""

    id: str
    schema_version: int
    date_created: datetime
    url: str
    raw: str | None = None


_LIST_LIST: Operation[SchemaVersion] = Operation(
    id="events.v1.schemas.versions.list",
    method="GET",
    product="events",
    path="/v1/Schemas/{Id}/Versions",
    spec="events_v1",
    record=SchemaVersion,
    paging="meta",
    envelope="schema_versions",
)


_CONTEXT_FETCH: Operation[SchemaVersion] = Operation(
    id="events.v1.schemas.versions.fetch",
    method="GET",
    product="events",
    path="/v1/Schemas/{Id}/Versions/{SchemaVersion}",
    spec="events_v1",
    record=SchemaVersion,
)


class SchemaVersionContext(Resource):
    """One ``Schemas/Id/Versions`` record: schema_version."""

    _path = "/v1/Schemas/{Id}/Versions/{SchemaVersion}"

    @property
    def schema_version(self) -> str:
        """The ``schema_version`` this context points at."""
        return self._values[1]

    async def fetch(self) -> SchemaVersion:
        """Fetch a specific schema and version."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class SchemaVersionList(Resource):
    """``Schemas/Id/Versions`` (call it with a schema_version)."""

    _path = "/v1/Schemas/{Id}/Versions"

    def __call__(self, schema_version: int) -> SchemaVersionContext:
        """The record with this ``schema_version``."""
        return self._child(SchemaVersionContext, schema_version=schema_version)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[SchemaVersion]:
        """Retrieve a paginated list of versions of the schema. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[SchemaVersion]:
        """Retrieve a paginated list of versions of the schema. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[SchemaVersion]:
        """Retrieve a paginated list of versions of the schema. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
