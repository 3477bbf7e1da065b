# Generated from specs/twilio-oai/twilio_events_v1.json by codegen; do not edit.
"""Events v1: Schema (Schemas) on events.twilio.com."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

if TYPE_CHECKING:
    from twilio_async.rest.events.v1.schemas_versions import SchemaVersionList

__all__ = ["Schema", "SchemaContext", "SchemaList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Schema(Record):
    """Record ``events.v1.schema`` (every field but ``id``, ``url`` may be ``None``)."""

    id: str
    url: str
    links: dict[str, Any] | None = None
    latest_version_date_created: datetime | None = None
    latest_version: int | None = None


_CONTEXT_FETCH: Operation[Schema] = Operation(
    id="events.v1.schemas.fetch",
    method="GET",
    product="events",
    path="/v1/Schemas/{Id}",
    spec="events_v1",
    record=Schema,
)


class SchemaContext(Resource):
    """One ``Schemas`` record: id."""

    _path = "/v1/Schemas/{Id}"

    @property
    def id(self) -> str:
        """The ``id`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Schema:
        """Fetch a specific schema with its nested versions."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    @property
    def versions(self) -> SchemaVersionList:
        """``Schemas/Id/Versions``."""
        from twilio_async.rest.events.v1.schemas_versions import SchemaVersionList

        return self._child(SchemaVersionList)


class SchemaList(Resource):
    """``Schemas`` (call it with a id)."""

    _path = "/v1/Schemas"

    def __call__(self, id: str) -> SchemaContext:
        """The record with this ``id``."""
        return self._child(SchemaContext, id=id)
