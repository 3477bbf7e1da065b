# Generated from specs/twilio-oai/twilio_intelligence_v2.json by codegen; do not edit.
"""Intelligence v2: OperatorAttachments (Services/ServiceSid/Operators) on intelligence.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._operation import HttpInfo, Operation, Resource

__all__ = [
    "OperatorAttachment",
    "OperatorAttachments",
    "OperatorAttachmentsContext",
    "OperatorAttachmentsList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class OperatorAttachment:
    """Record ``intelligence.v2.operator_attachment`` (every field may be ``None``)."""

    service_sid: str | None = None
    operator_sid: str | None = None
    url: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class OperatorAttachments:
    """Record ``intelligence.v2.operator_attachments`` (every field may be ``None``)."""

    service_sid: str | None = None
    operator_sids: list[str] | None = None
    url: str | None = None


_CONTEXT_CREATE: Operation[OperatorAttachment] = Operation(
    id="intelligence.v2.operator_attachments.create",
    method="POST",
    product="intelligence",
    path="/v2/Services/{ServiceSid}/Operators/{OperatorSid}",
    spec="intelligence_v2",
    record=OperatorAttachment,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="intelligence.v2.operator_attachments.delete",
    method="DELETE",
    product="intelligence",
    path="/v2/Services/{ServiceSid}/Operators/{OperatorSid}",
    spec="intelligence_v2",
)


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

    async def create(self) -> OperatorAttachment:
        """Attach an Operator to a Service."""
        return await self._call(_CONTEXT_CREATE, {})

    async def create_with_http_info(self) -> HttpInfo[OperatorAttachment]:
        """Like ``create``, with the status code and response headers."""
        return await self._call_info(_CONTEXT_CREATE, {})

    async def delete(self) -> bool:
        """Detach an Operator from a Service."""
        return await self._call(_CONTEXT_DELETE, {})

    async def delete_with_http_info(self) -> HttpInfo[bool]:
        """Like ``delete``, with the status code and response headers."""
        return await self._call_info(_CONTEXT_DELETE, {})

    async def fetch(self) -> OperatorAttachments:
        """Retrieve Operators attached to a Service."""
        return await self._call(_CONTEXT_FETCH, {})

    async def fetch_with_http_info(self) -> HttpInfo[OperatorAttachments]:
        """Like ``fetch``, with the status code and response headers."""
        return await self._call_info(_CONTEXT_FETCH, {})


class OperatorAttachmentsList(Resource):
    """``Services/ServiceSid/Operators``."""

    def __call__(self, service_sid: str) -> OperatorAttachmentsContext:
        """The record with this ``service_sid``."""
        return self._child(OperatorAttachmentsContext, service_sid=service_sid)
