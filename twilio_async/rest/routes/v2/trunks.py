# Generated from specs/twilio-oai/twilio_routes_v2.json by codegen; do not edit.
"""Routes v2: Trunk (Trunks) on routes.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["TrunkContext", "TrunkList", "TrunkUpdateParams", "Trunks"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Trunks(Record):
    """Record ``routes.v2.trunks`` (every field but ``sip_trunk_domain``, ``url``, ``sid``, ``account_sid``, ``date_created`` may be ``None``)."""

    sip_trunk_domain: str
    url: str
    sid: str
    account_sid: str
    friendly_name: str | None = None
    voice_region: str | None = None
    date_created: datetime
    date_updated: datetime | None = None


class TrunkUpdateParams(TypedDict, total=False):
    """Keywords of ``routes.v2.trunks.update`` (``UpdateTrunks``)."""

    voice_region: str
    """The Inbound Processing Region used for this SIP Trunk for voice."""
    friendly_name: str
    """A human readable description of this resource, up to 64 characters."""


_CONTEXT_FETCH: Operation[Trunks] = Operation(
    id="routes.v2.trunks.fetch",
    method="GET",
    product="routes",
    path="/v2/Trunks/{SipTrunkDomain}",
    spec="routes_v2",
    record=Trunks,
)


_CONTEXT_UPDATE: Operation[Trunks] = Operation(
    id="routes.v2.trunks.update",
    method="POST",
    product="routes",
    path="/v2/Trunks/{SipTrunkDomain}",
    spec="routes_v2",
    record=Trunks,
    form={
        "voice_region": "VoiceRegion",
        "friendly_name": "FriendlyName",
    },
)


class TrunkContext(Resource):
    """One ``Trunks`` record: sip_trunk_domain."""

    _path = "/v2/Trunks/{SipTrunkDomain}"

    @property
    def sip_trunk_domain(self) -> str:
        """The ``sip_trunk_domain`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Trunks:
        """Fetch the Inbound Processing Region assigned to a SIP Trunk."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[TrunkUpdateParams]) -> Trunks:
        """Assign an Inbound Processing Region to a SIP Trunk."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class TrunkList(Resource):
    """``Trunks`` (call it with a sip_trunk_domain)."""

    def __call__(self, sip_trunk_domain: str) -> TrunkContext:
        """The record with this ``sip_trunk_domain``."""
        return self._child(TrunkContext, sip_trunk_domain=sip_trunk_domain)
