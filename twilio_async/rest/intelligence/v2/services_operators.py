# Generated from specs/twilio-oai/twilio_intelligence_v2.json by codegen; do not edit.
"""Intelligence v2: OperatorAttachment (Services/ServiceSid/Operators) on intelligence.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["OperatorAttachment", "OperatorAttachmentContext", "OperatorAttachmentList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class OperatorAttachment(Record):
    """Record ``intelligence.v2.operator_attachment`` (every field but ``service_sid``, ``operator_sid``, ``url`` may be ``None``)."""

    service_sid: str
    operator_sid: str
    url: str


_CONTEXT_CREATE: Operation[OperatorAttachment] = Operation(
    id="intelligence.v2.operator_attachment.create",
    method="POST",
    product="intelligence",
    path="/v2/Services/{ServiceSid}/Operators/{OperatorSid}",
    spec="intelligence_v2",
    record=OperatorAttachment,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="intelligence.v2.operator_attachment.delete",
    method="DELETE",
    product="intelligence",
    path="/v2/Services/{ServiceSid}/Operators/{OperatorSid}",
    spec="intelligence_v2",
)


class OperatorAttachmentContext(Resource):
    """One ``Services/ServiceSid/Operators`` record: operator_sid."""

    _path = "/v2/Services/{ServiceSid}/Operators/{OperatorSid}"

    @property
    def service_sid(self) -> str:
        """The ``service_sid`` this context points at."""
        return self._values[0]

    @property
    def operator_sid(self) -> str:
        """The ``operator_sid`` this context points at."""
        return self._values[1]

    async def create(self) -> OperatorAttachment:
        """Attach an Operator to a Service."""
        return await self._call(_CONTEXT_CREATE, {})

    create_with_http_info = with_http_info(_CONTEXT_CREATE, create)

    async def delete(self) -> bool:
        """Detach an Operator from a Service."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class OperatorAttachmentList(Resource):
    """``Services/ServiceSid/Operators`` (call it with a operator_sid)."""

    def __call__(self, service_sid: str, operator_sid: str) -> OperatorAttachmentContext:
        """The record with this ``service_sid``, ``operator_sid``."""
        return self._child(
            OperatorAttachmentContext, service_sid=service_sid, operator_sid=operator_sid
        )
