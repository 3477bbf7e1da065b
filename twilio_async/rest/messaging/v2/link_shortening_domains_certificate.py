# Generated from specs/twilio-oai/twilio_messaging_v2.json by codegen; do not edit.
"""Messaging v2: DomainCerts (LinkShortening/Domains/DomainSid/Certificate) on messaging.twilio.com."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["DomainCertV4", "DomainCertsContext", "DomainCertsList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class DomainCertV4(Record):
    """Record ``messaging.v2.domain_cert_v4`` (every field but ``domain_sid``, ``date_created``, ``url`` may be ``None``)."""

    domain_sid: str
    date_updated: datetime | None = None
    date_expires: datetime | None = None
    date_created: datetime
    domain_name: str | None = None
    certificate_sid: str | None = None
    managed: bool | None = None
    requesting: bool | None = None
    url: str
    cert_in_validation: Any | None = None


_CONTEXT_FETCH: Operation[DomainCertV4] = Operation(
    id="messaging.v2.domain_certs.fetch",
    method="GET",
    product="messaging",
    path="/v2/LinkShortening/Domains/{DomainSid}/Certificate",
    spec="messaging_v2",
    record=DomainCertV4,
)


class DomainCertsContext(Resource):
    """One ``LinkShortening/Domains/DomainSid/Certificate`` record."""

    _path = "/v2/LinkShortening/Domains/{DomainSid}/Certificate"

    @property
    def domain_sid(self) -> str:
        """The ``domain_sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> DomainCertV4:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class DomainCertsList(Resource):
    """``LinkShortening/Domains/DomainSid/Certificate``."""

    def __call__(self, domain_sid: str) -> DomainCertsContext:
        """The record with this ``domain_sid``."""
        return self._child(DomainCertsContext, domain_sid=domain_sid)
