# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1: DomainConfigMessagingService (LinkShortening/MessagingService/MessagingServiceSid/DomainConfig) on messaging.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = [
    "DomainConfigMessagingService",
    "DomainConfigMessagingServiceContext",
    "DomainConfigMessagingServiceList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class DomainConfigMessagingService(Record):
    """Record ``messaging.v1.domain_config_messaging_service`` (every field but ``messaging_service_sid``, ``date_created``, ``url`` may be ``None``)."""

    domain_sid: str | None = None
    config_sid: str | None = None
    messaging_service_sid: str
    fallback_url: str | None = None
    callback_url: str | None = None
    continue_on_failure: bool | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


_CONTEXT_FETCH: Operation[DomainConfigMessagingService] = Operation(
    id="messaging.v1.domain_config_messaging_service.fetch",
    method="GET",
    product="messaging",
    path="/v1/LinkShortening/MessagingService/{MessagingServiceSid}/DomainConfig",
    spec="messaging_v1",
    record=DomainConfigMessagingService,
)


class DomainConfigMessagingServiceContext(Resource):
    """One ``LinkShortening/MessagingService/MessagingServiceSid/DomainConfig`` record."""

    _path = "/v1/LinkShortening/MessagingService/{MessagingServiceSid}/DomainConfig"

    @property
    def messaging_service_sid(self) -> str:
        """The ``messaging_service_sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> DomainConfigMessagingService:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class DomainConfigMessagingServiceList(Resource):
    """``LinkShortening/MessagingService/MessagingServiceSid/DomainConfig``."""

    def __call__(self, messaging_service_sid: str) -> DomainConfigMessagingServiceContext:
        """The record with this ``messaging_service_sid``."""
        return self._child(
            DomainConfigMessagingServiceContext, messaging_service_sid=messaging_service_sid
        )
