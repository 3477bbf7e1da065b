# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1: LinkshorteningMessagingServiceDomainAssociation (LinkShortening/MessagingServices/MessagingServiceSid/Domain) on messaging.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = [
    "LinkshorteningMessagingServiceDomainAssociation",
    "LinkshorteningMessagingServiceDomainAssociationContext",
    "LinkshorteningMessagingServiceDomainAssociationList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class LinkshorteningMessagingServiceDomainAssociation(Record):
    """Record ``messaging.v1.linkshortening_messaging_service_domain_association`` (every field but ``messaging_service_sid``, ``url`` may be ``None``)."""

    domain_sid: str | None = None
    messaging_service_sid: str
    url: str


_CONTEXT_FETCH: Operation[LinkshorteningMessagingServiceDomainAssociation] = Operation(
    id="messaging.v1.linkshortening_messaging_service_domain_association.fetch",
    method="GET",
    product="messaging",
    path="/v1/LinkShortening/MessagingServices/{MessagingServiceSid}/Domain",
    spec="messaging_v1",
    record=LinkshorteningMessagingServiceDomainAssociation,
)


class LinkshorteningMessagingServiceDomainAssociationContext(Resource):
    """One ``LinkShortening/MessagingServices/MessagingServiceSid/Domain`` record."""

    _path = "/v1/LinkShortening/MessagingServices/{MessagingServiceSid}/Domain"

    @property
    def messaging_service_sid(self) -> str:
        """The ``messaging_service_sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> LinkshorteningMessagingServiceDomainAssociation:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class LinkshorteningMessagingServiceDomainAssociationList(Resource):
    """``LinkShortening/MessagingServices/MessagingServiceSid/Domain``."""

    def __call__(
        self, messaging_service_sid: str
    ) -> LinkshorteningMessagingServiceDomainAssociationContext:
        """The record with this ``messaging_service_sid``."""
        return self._child(
            LinkshorteningMessagingServiceDomainAssociationContext,
            messaging_service_sid=messaging_service_sid,
        )
