# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1: RequestManagedCert (LinkShortening/Domains/DomainSid/RequestManagedCert) on messaging.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["RequestManagedCert", "RequestManagedCertContext", "RequestManagedCertList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RequestManagedCert(Record):
    """Record ``messaging.v1.request_managed_cert`` (every field but ``domain_sid``, ``date_created``, ``url`` may be ``None``)."""

    domain_sid: str
    date_updated: datetime | None = None
    date_created: datetime
    date_expires: datetime | None = None
    domain_name: str | None = None
    certificate_sid: str | None = None
    url: str
    managed: bool | None = None
    requesting: bool | None = None


_CONTEXT_UPDATE: Operation[RequestManagedCert] = Operation(
    id="messaging.v1.request_managed_cert.update",
    method="POST",
    product="messaging",
    path="/v1/LinkShortening/Domains/{DomainSid}/RequestManagedCert",
    spec="messaging_v1",
    record=RequestManagedCert,
)


class RequestManagedCertContext(Resource):
    """One ``LinkShortening/Domains/DomainSid/RequestManagedCert`` record."""

    _path = "/v1/LinkShortening/Domains/{DomainSid}/RequestManagedCert"

    @property
    def domain_sid(self) -> str:
        """The ``domain_sid`` this context points at."""
        return self._values[0]

    async def update(self) -> RequestManagedCert:
        """update."""
        return await self._call(_CONTEXT_UPDATE, {})

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class RequestManagedCertList(Resource):
    """``LinkShortening/Domains/DomainSid/RequestManagedCert``."""

    def __call__(self, domain_sid: str) -> RequestManagedCertContext:
        """The record with this ``domain_sid``."""
        return self._child(RequestManagedCertContext, domain_sid=domain_sid)
