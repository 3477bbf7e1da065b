# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1: DomainValidateDn (LinkShortening/Domains/DomainSid/ValidateDns) on messaging.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["DomainDnsValidation", "DomainValidateDnContext", "DomainValidateDnList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class DomainDnsValidation(Record):
    """Record ``messaging.v1.domain_dns_validation`` (every field but ``url`` may be ``None``)."""

    domain_sid: str | None = None
    is_valid: bool | None = None
    reason: str | None = None
    url: str


_CONTEXT_FETCH: Operation[DomainDnsValidation] = Operation(
    id="messaging.v1.domain_validate_dns.fetch",
    method="GET",
    product="messaging",
    path="/v1/LinkShortening/Domains/{DomainSid}/ValidateDns",
    spec="messaging_v1",
    record=DomainDnsValidation,
)


class DomainValidateDnContext(Resource):
    """One ``LinkShortening/Domains/DomainSid/ValidateDns`` record."""

    _path = "/v1/LinkShortening/Domains/{DomainSid}/ValidateDns"

    @property
    def domain_sid(self) -> str:
        """The ``domain_sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> DomainDnsValidation:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class DomainValidateDnList(Resource):
    """``LinkShortening/Domains/DomainSid/ValidateDns``."""

    def __call__(self, domain_sid: str) -> DomainValidateDnContext:
        """The record with this ``domain_sid``."""
        return self._child(DomainValidateDnContext, domain_sid=domain_sid)
