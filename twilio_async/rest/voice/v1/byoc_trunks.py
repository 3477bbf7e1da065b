# Generated from specs/twilio-oai/twilio_voice_v1.json by codegen; do not edit.
"""Voice v1: ByocTrunk (ByocTrunks) on voice.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import HttpMethod
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "ByocTrunk",
    "ByocTrunkContext",
    "ByocTrunkCreateParams",
    "ByocTrunkList",
    "ByocTrunkUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ByocTrunk(Record):
    """Record ``voice.v1.byoc_trunk`` (every field but ``account_sid``, ``sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    sid: str
    friendly_name: str | None = None
    voice_url: str | None = None
    voice_method: HttpMethod | None = None
    voice_fallback_url: str | None = None
    voice_fallback_method: HttpMethod | None = None
    status_callback_url: str | None = None
    status_callback_method: HttpMethod | None = None
    cnam_lookup_enabled: bool | None = None
    connection_policy_sid: str | None = None
    from_domain_sid: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class ByocTrunkCreateParams(TypedDict, total=False):
    """Keywords of ``voice.v1.byoc_trunks.create`` (``CreateByocTrunk``)."""

    friendly_name: str
    """A descriptive string that you create to describe the resource."""
    voice_url: str
    """The URL we should call when the BYOC Trunk receives a call."""
    voice_method: str
    """The HTTP method we should use to call `voice_url`."""
    voice_fallback_url: str
    """The URL that we should call when an error occurs while retrieving or executing the TwiML from `voice_url`."""
    voice_fallback_method: str
    """The HTTP method we should use to call `voice_fallback_url`."""
    status_callback_url: str
    """The URL that we should call to pass status parameters (such as call ended) to your application."""
    status_callback_method: str
    """The HTTP method we should use to call `status_callback_url`."""
    cnam_lookup_enabled: bool
    """Whether Caller ID Name (CNAM) lookup is enabled for the trunk."""
    connection_policy_sid: str
    """The SID of the Connection Policy that Twilio will use when routing traffic to your communications infrastructure."""
    from_domain_sid: str
    """The SID of the SIP Domain that should be used in the `From` header of originating calls sent to your SIP infrastructure."""


class ByocTrunkUpdateParams(TypedDict, total=False):
    """Keywords of ``voice.v1.byoc_trunks.update`` (``UpdateByocTrunk``)."""

    friendly_name: str
    """A descriptive string that you create to describe the resource."""
    voice_url: str
    """The URL we should call when the BYOC Trunk receives a call."""
    voice_method: str
    """The HTTP method we should use to call `voice_url`."""
    voice_fallback_url: str
    """The URL that we should call when an error occurs while retrieving or executing the TwiML requested by `voice_url`."""
    voice_fallback_method: str
    """The HTTP method we should use to call `voice_fallback_url`."""
    status_callback_url: str
    """The URL that we should call to pass status parameters (such as call ended) to your application."""
    status_callback_method: str
    """The HTTP method we should use to call `status_callback_url`."""
    cnam_lookup_enabled: bool
    """Whether Caller ID Name (CNAM) lookup is enabled for the trunk."""
    connection_policy_sid: str
    """The SID of the Connection Policy that Twilio will use when routing traffic to your communications infrastructure."""
    from_domain_sid: str
    """The SID of the SIP Domain that should be used in the `From` header of originating calls sent to your SIP infrastructure."""


_LIST_LIST: Operation[ByocTrunk] = Operation(
    id="voice.v1.byoc_trunks.list",
    method="GET",
    product="voice",
    path="/v1/ByocTrunks",
    spec="voice_v1",
    record=ByocTrunk,
    paging="meta",
    envelope="byoc_trunks",
)


_LIST_CREATE: Operation[ByocTrunk] = Operation(
    id="voice.v1.byoc_trunks.create",
    method="POST",
    product="voice",
    path="/v1/ByocTrunks",
    spec="voice_v1",
    record=ByocTrunk,
    form={
        "friendly_name": "FriendlyName",
        "voice_url": "VoiceUrl",
        "voice_method": "VoiceMethod",
        "voice_fallback_url": "VoiceFallbackUrl",
        "voice_fallback_method": "VoiceFallbackMethod",
        "status_callback_url": "StatusCallbackUrl",
        "status_callback_method": "StatusCallbackMethod",
        "cnam_lookup_enabled": "CnamLookupEnabled",
        "connection_policy_sid": "ConnectionPolicySid",
        "from_domain_sid": "FromDomainSid",
    },
)


_CONTEXT_FETCH: Operation[ByocTrunk] = Operation(
    id="voice.v1.byoc_trunks.fetch",
    method="GET",
    product="voice",
    path="/v1/ByocTrunks/{Sid}",
    spec="voice_v1",
    record=ByocTrunk,
)


_CONTEXT_UPDATE: Operation[ByocTrunk] = Operation(
    id="voice.v1.byoc_trunks.update",
    method="POST",
    product="voice",
    path="/v1/ByocTrunks/{Sid}",
    spec="voice_v1",
    record=ByocTrunk,
    form={
        "friendly_name": "FriendlyName",
        "voice_url": "VoiceUrl",
        "voice_method": "VoiceMethod",
        "voice_fallback_url": "VoiceFallbackUrl",
        "voice_fallback_method": "VoiceFallbackMethod",
        "status_callback_url": "StatusCallbackUrl",
        "status_callback_method": "StatusCallbackMethod",
        "cnam_lookup_enabled": "CnamLookupEnabled",
        "connection_policy_sid": "ConnectionPolicySid",
        "from_domain_sid": "FromDomainSid",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="voice.v1.byoc_trunks.delete",
    method="DELETE",
    product="voice",
    path="/v1/ByocTrunks/{Sid}",
    spec="voice_v1",
)


class ByocTrunkContext(Resource):
    """One ``ByocTrunks`` record: sid."""

    _path = "/v1/ByocTrunks/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> ByocTrunk:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ByocTrunkUpdateParams]) -> ByocTrunk:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class ByocTrunkList(CreateMany[ByocTrunkCreateParams, ByocTrunk], Resource):
    """``ByocTrunks`` (call it with a sid)."""

    _path = "/v1/ByocTrunks"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ByocTrunkContext:
        """The record with this ``sid``."""
        return self._child(ByocTrunkContext, sid=sid)

    async def create(self, **params: Unpack[ByocTrunkCreateParams]) -> ByocTrunk:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[ByocTrunk]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[ByocTrunk]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[ByocTrunk]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
