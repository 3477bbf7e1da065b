# Generated from specs/twilio-oai/twilio_knowledge_v1.json by codegen; do not edit.
"""Knowledge v1: KnowledgeStatus (Knowledge/id/Status) on knowledge.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["KnowledgeStatus", "KnowledgeStatusContext", "KnowledgeStatusList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class KnowledgeStatus(Record):
    """Record ``knowledge.v1.service.knowledge_status`` (every field may be ``None``)."""

    account_sid: str | None = None
    status: str | None = None
    last_status: str | None = None
    date_updated: datetime | None = None


_CONTEXT_FETCH: Operation[KnowledgeStatus] = Operation(
    id="knowledge.v1.knowledge.knowledge_status.fetch",
    method="GET",
    product="knowledge",
    path="/v1/Knowledge/{id}/Status",
    spec="knowledge_v1",
    record=KnowledgeStatus,
)


class KnowledgeStatusContext(Resource):
    """One ``Knowledge/id/Status`` record."""

    _path = "/v1/Knowledge/{id}/Status"

    async def fetch(self) -> KnowledgeStatus:
        """Get knowledge status."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class KnowledgeStatusList(Resource):
    """``Knowledge/id/Status``."""

    def __call__(self) -> KnowledgeStatusContext:
        """The one record of this resource."""
        return self._child(KnowledgeStatusContext)
