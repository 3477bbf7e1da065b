# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1: DomainCerts (LinkShortening/Domains/DomainSid/Certificate) on messaging.twilio.com."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["DomainCertV4", "DomainCertsContext", "DomainCertsList", "DomainCertsUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class DomainCertV4(Record):
    """Record ``messaging.v1.domain_cert_v4`` (every field but ``domain_sid``, ``date_created``, ``url`` may be ``None``)."""

    domain_sid: str
    date_updated: datetime | None = None
    date_expires: datetime | None = None
    date_created: datetime
    domain_name: str | None = None
    certificate_sid: str | None = None
    url: str
    cert_in_validation: Any | None = None


class DomainCertsUpdateParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.domain_certs.update`` (``UpdateDomainCertV4``)."""

    tls_cert: Required[str]
    """Contains the full TLS certificate and private for this domain in PEM format: https://en.wikipedia.org/wiki/Privacy-Enhanced_Mail."""


_CONTEXT_FETCH: Operation[DomainCertV4] = Operation(
    id="messaging.v1.domain_certs.fetch",
    method="GET",
    product="messaging",
    path="/v1/LinkShortening/Domains/{DomainSid}/Certificate",
    spec="messaging_v1",
    record=DomainCertV4,
)


_CONTEXT_UPDATE: Operation[DomainCertV4] = Operation(
    id="messaging.v1.domain_certs.update",
    method="POST",
    product="messaging",
    path="/v1/LinkShortening/Domains/{DomainSid}/Certificate",
    spec="messaging_v1",
    record=DomainCertV4,
    form={
        "tls_cert": "TlsCert",
    },
    required=frozenset(["tls_cert"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="messaging.v1.domain_certs.delete",
    method="DELETE",
    product="messaging",
    path="/v1/LinkShortening/Domains/{DomainSid}/Certificate",
    spec="messaging_v1",
)


class DomainCertsContext(Resource):
    """One ``LinkShortening/Domains/DomainSid/Certificate`` record."""

    _path = "/v1/LinkShortening/Domains/{DomainSid}/Certificate"

    @property
    def domain_sid(self) -> str:
        """The ``domain_sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> DomainCertV4:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[DomainCertsUpdateParams]) -> DomainCertV4:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class DomainCertsList(Resource):
    """``LinkShortening/Domains/DomainSid/Certificate``."""

    def __call__(self, domain_sid: str) -> DomainCertsContext:
        """The record with this ``domain_sid``."""
        return self._child(DomainCertsContext, domain_sid=domain_sid)
