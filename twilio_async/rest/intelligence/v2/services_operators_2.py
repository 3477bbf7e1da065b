# Generated from specs/twilio-oai/twilio_intelligence_v2.json by codegen; do not edit.
"""Intelligence v2: OperatorAttachments (Services/ServiceSid/Operators) on intelligence.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["OperatorAttachments", "OperatorAttachmentsContext", "OperatorAttachmentsList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class OperatorAttachments(Record):
    """Record ``intelligence.v2.operator_attachments`` (every field but ``service_sid``, ``url`` may be ``None``)."""

    service_sid: str
    operator_sids: list[str] | None = None
    url: str


_CONTEXT_FETCH: Operation[OperatorAttachments] = Operation(
    id="intelligence.v2.operator_attachments.fetch",
    method="GET",
    product="intelligence",
    path="/v2/Services/{ServiceSid}/Operators",
    spec="intelligence_v2",
    record=OperatorAttachments,
)


class OperatorAttachmentsContext(Resource):
    """One ``Services/ServiceSid/Operators`` record."""

    _path = "/v2/Services/{ServiceSid}/Operators"

    @property
    def service_sid(self) -> str:
        """The ``service_sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> OperatorAttachments:
        """Retrieve Operators attached to a Service."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class OperatorAttachmentsList(Resource):
    """``Services/ServiceSid/Operators``."""

    def __call__(self, service_sid: str) -> OperatorAttachmentsContext:
        """The record with this ``service_sid``."""
        return self._child(OperatorAttachmentsContext, service_sid=service_sid)
