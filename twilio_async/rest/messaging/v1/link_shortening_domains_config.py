# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1: DomainConfig (LinkShortening/Domains/DomainSid/Config) on messaging.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["DomainConfig", "DomainConfigContext", "DomainConfigList", "DomainConfigUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class DomainConfig(Record):
    """Record ``messaging.v1.domain_config`` (every field but ``domain_sid``, ``date_created``, ``url`` may be ``None``)."""

    domain_sid: str
    config_sid: str | None = None
    fallback_url: str | None = None
    callback_url: str | None = None
    continue_on_failure: bool | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    disable_https: bool | None = None


class DomainConfigUpdateParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.domain_config.update`` (``UpdateDomainConfig``)."""

    fallback_url: str
    """Any requests we receive to this domain that do not match an existing shortened message will be redirected to the fallback url."""
    callback_url: str
    """URL to receive click events to your webhook whenever the recipients click on the shortened links."""
    continue_on_failure: bool
    """Boolean field to set customer delivery preference when there is a failure in linkShortening service."""
    disable_https: bool
    """Customer's choice to send links with/without "https://" attached to shortened url."""


_CONTEXT_FETCH: Operation[DomainConfig] = Operation(
    id="messaging.v1.domain_config.fetch",
    method="GET",
    product="messaging",
    path="/v1/LinkShortening/Domains/{DomainSid}/Config",
    spec="messaging_v1",
    record=DomainConfig,
)


_CONTEXT_UPDATE: Operation[DomainConfig] = Operation(
    id="messaging.v1.domain_config.update",
    method="POST",
    product="messaging",
    path="/v1/LinkShortening/Domains/{DomainSid}/Config",
    spec="messaging_v1",
    record=DomainConfig,
    form={
        "fallback_url": "FallbackUrl",
        "callback_url": "CallbackUrl",
        "continue_on_failure": "ContinueOnFailure",
        "disable_https": "DisableHttps",
    },
)


class DomainConfigContext(Resource):
    """One ``LinkShortening/Domains/DomainSid/Config`` record."""

    _path = "/v1/LinkShortening/Domains/{DomainSid}/Config"

    @property
    def domain_sid(self) -> str:
        """The ``domain_sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> DomainConfig:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[DomainConfigUpdateParams]) -> DomainConfig:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class DomainConfigList(Resource):
    """``LinkShortening/Domains/DomainSid/Config``."""

    def __call__(self, domain_sid: str) -> DomainConfigContext:
        """The record with this ``domain_sid``."""
        return self._child(DomainConfigContext, domain_sid=domain_sid)
