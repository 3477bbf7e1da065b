# Generated from specs/twilio-oai/twilio_routes_v2.json by codegen; do not edit.
"""Routes v2: SipDomain (SipDomains) on routes.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["SipDomain", "SipDomainContext", "SipDomainList", "SipDomainUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SipDomain(Record):
    """Record ``routes.v2.sip_domain`` (every field but ``sip_domain``, ``url``, ``sid``, ``account_sid``, ``date_created`` may be ``None``)."""

    sip_domain: str
    url: str
    sid: str
    account_sid: str
    friendly_name: str | None = None
    voice_region: str | None = None
    date_created: datetime
    date_updated: datetime | None = None


class SipDomainUpdateParams(TypedDict, total=False):
    """Keywords of ``routes.v2.sip_domains.update`` (``UpdateSipDomain``)."""

    voice_region: str
    friendly_name: str


_CONTEXT_FETCH: Operation[SipDomain] = Operation(
    id="routes.v2.sip_domains.fetch",
    method="GET",
    product="routes",
    path="/v2/SipDomains/{SipDomain}",
    spec="routes_v2",
    record=SipDomain,
)


_CONTEXT_UPDATE: Operation[SipDomain] = Operation(
    id="routes.v2.sip_domains.update",
    method="POST",
    product="routes",
    path="/v2/SipDomains/{SipDomain}",
    spec="routes_v2",
    record=SipDomain,
    form={
        "voice_region": "VoiceRegion",
        "friendly_name": "FriendlyName",
    },
)


class SipDomainContext(Resource):
    """One ``SipDomains`` record: sip_domain."""

    _path = "/v2/SipDomains/{SipDomain}"

    @property
    def sip_domain(self) -> str:
        """The ``sip_domain`` this context points at."""
        return self._values[0]

    async def fetch(self) -> SipDomain:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[SipDomainUpdateParams]) -> SipDomain:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class SipDomainList(Resource):
    """``SipDomains`` (call it with a sip_domain)."""

    def __call__(self, sip_domain: str) -> SipDomainContext:
        """The record with this ``sip_domain``."""
        return self._child(SipDomainContext, sip_domain=sip_domain)
