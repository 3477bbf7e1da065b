# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1: LinkshorteningMessagingService (LinkShortening/Domains/DomainSid/MessagingServices) on messaging.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = [
    "LinkshorteningMessagingService",
    "LinkshorteningMessagingServiceContext",
    "LinkshorteningMessagingServiceList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class LinkshorteningMessagingService(Record):
    """Record ``messaging.v1.linkshortening_messaging_service`` (every field but ``domain_sid``, ``messaging_service_sid``, ``url`` may be ``None``)."""

    domain_sid: str
    messaging_service_sid: str
    url: str


_CONTEXT_CREATE: Operation[LinkshorteningMessagingService] = Operation(
    id="messaging.v1.linkshortening_messaging_service.create",
    method="POST",
    product="messaging",
    path="/v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}",
    spec="messaging_v1",
    record=LinkshorteningMessagingService,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="messaging.v1.linkshortening_messaging_service.delete",
    method="DELETE",
    product="messaging",
    path="/v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}",
    spec="messaging_v1",
)


class LinkshorteningMessagingServiceContext(Resource):
    """One ``LinkShortening/Domains/DomainSid/MessagingServices`` record: messaging_service_sid."""

    _path = "/v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}"

    @property
    def domain_sid(self) -> str:
        """The ``domain_sid`` this context points at."""
        return self._values[0]

    @property
    def messaging_service_sid(self) -> str:
        """The ``messaging_service_sid`` this context points at."""
        return self._values[1]

    async def create(self) -> LinkshorteningMessagingService:
        """create."""
        return await self._call(_CONTEXT_CREATE, {})

    create_with_http_info = with_http_info(_CONTEXT_CREATE, create)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class LinkshorteningMessagingServiceList(Resource):
    """``LinkShortening/Domains/DomainSid/MessagingServices`` (call it with a messaging_service_sid)."""

    def __call__(
        self, domain_sid: str, messaging_service_sid: str
    ) -> LinkshorteningMessagingServiceContext:
        """The record with this ``domain_sid``, ``messaging_service_sid``."""
        return self._child(
            LinkshorteningMessagingServiceContext,
            domain_sid=domain_sid,
            messaging_service_sid=messaging_service_sid,
        )
