# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Domain (Accounts/AccountSid/SIP/Domains) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import HttpMethod
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010.accounts_sip_domains_auth import AuthTypesList
    from twilio_async.rest.api.v2010.accounts_sip_domains_credential_list_mappings import (
        CredentialListMappingList,
    )
    from twilio_async.rest.api.v2010.accounts_sip_domains_ip_access_control_list_mappings import (
        IpAccessControlListMappingList,
    )

__all__ = ["DomainContext", "DomainCreateParams", "DomainList", "DomainUpdateParams", "SipDomain"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SipDomain(Record):
    """Record ``api.v2010.account.sip.sip_domain`` (every field but ``account_sid``, ``date_created``, ``sid`` may be ``None``)."""

    account_sid: str
    api_version: str | None = None
    auth_type: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    domain_name: str | None = None
    friendly_name: str | None = None
    sid: str
    uri: str | None = None
    voice_fallback_method: HttpMethod | None = None
    voice_fallback_url: str | None = None
    voice_method: HttpMethod | None = None
    voice_status_callback_method: HttpMethod | None = None
    voice_status_callback_url: str | None = None
    voice_url: str | None = None
    subresource_uris: dict[str, Any] | None = None
    sip_registration: bool | None = None
    emergency_calling_enabled: bool | None = None
    secure: bool | None = None
    byoc_trunk_sid: str | None = None
    emergency_caller_sid: str | None = None


class DomainCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.sip.domains.create`` (``CreateSipDomain``)."""

    domain_name: Required[str]
    """The unique address you reserve on Twilio to which you route your SIP traffic."""
    friendly_name: str
    """A descriptive string that you created to describe the resource."""
    voice_url: str
    """The URL we should when the domain receives a call."""
    voice_method: str
    """The HTTP method we should use to call `voice_url`."""
    voice_fallback_url: str
    """The URL that we should call when an error occurs while retrieving or executing the TwiML from `voice_url`."""
    voice_fallback_method: str
    """The HTTP method we should use to call `voice_fallback_url`."""
    voice_status_callback_url: str
    """The URL that we should call to pass status parameters (such as call ended) to your application."""
    voice_status_callback_method: str
    """The HTTP method we should use to call `voice_status_callback_url`."""
    sip_registration: bool
    """Whether to allow SIP Endpoints to register with the domain to receive calls."""
    emergency_calling_enabled: bool
    """Whether emergency calling is enabled for the domain."""
    secure: bool
    """Whether secure SIP is enabled for the domain."""
    byoc_trunk_sid: str
    """The SID of the BYOC Trunk(Bring Your Own Carrier) resource that the Sip Domain will be associated with."""
    emergency_caller_sid: str
    """Whether an emergency caller sid is configured for the domain."""


class DomainUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.sip.domains.update`` (``UpdateSipDomain``)."""

    friendly_name: str
    """A descriptive string that you created to describe the resource."""
    voice_fallback_method: str
    """The HTTP method we should use to call `voice_fallback_url`."""
    voice_fallback_url: str
    """The URL that we should call when an error occurs while retrieving or executing the TwiML requested by `voice_url`."""
    voice_method: str
    """The HTTP method we should use to call `voice_url`."""
    voice_status_callback_method: str
    """The HTTP method we should use to call `voice_status_callback_url`."""
    voice_status_callback_url: str
    """The URL that we should call to pass status parameters (such as call ended) to your application."""
    voice_url: str
    """The URL we should call when the domain receives a call."""
    sip_registration: bool
    """Whether to allow SIP Endpoints to register with the domain to receive calls."""
    domain_name: str
    """The unique address you reserve on Twilio to which you route your SIP traffic."""
    emergency_calling_enabled: bool
    """Whether emergency calling is enabled for the domain."""
    secure: bool
    """Whether secure SIP is enabled for the domain."""
    byoc_trunk_sid: str
    """The SID of the BYOC Trunk(Bring Your Own Carrier) resource that the Sip Domain will be associated with."""
    emergency_caller_sid: str
    """Whether an emergency caller sid is configured for the domain."""


_LIST_LIST: Operation[SipDomain] = Operation(
    id="api.v2010.accounts.sip.domains.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/Domains.json",
    spec="api_v2010",
    record=SipDomain,
    paging="v2010",
    envelope="domains",
)


_LIST_CREATE: Operation[SipDomain] = Operation(
    id="api.v2010.accounts.sip.domains.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/Domains.json",
    spec="api_v2010",
    record=SipDomain,
    form={
        "domain_name": "DomainName",
        "friendly_name": "FriendlyName",
        "voice_url": "VoiceUrl",
        "voice_method": "VoiceMethod",
        "voice_fallback_url": "VoiceFallbackUrl",
        "voice_fallback_method": "VoiceFallbackMethod",
        "voice_status_callback_url": "VoiceStatusCallbackUrl",
        "voice_status_callback_method": "VoiceStatusCallbackMethod",
        "sip_registration": "SipRegistration",
        "emergency_calling_enabled": "EmergencyCallingEnabled",
        "secure": "Secure",
        "byoc_trunk_sid": "ByocTrunkSid",
        "emergency_caller_sid": "EmergencyCallerSid",
    },
    required=frozenset(["domain_name"]),
)


_CONTEXT_FETCH: Operation[SipDomain] = Operation(
    id="api.v2010.accounts.sip.domains.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{Sid}.json",
    spec="api_v2010",
    record=SipDomain,
)


_CONTEXT_UPDATE: Operation[SipDomain] = Operation(
    id="api.v2010.accounts.sip.domains.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{Sid}.json",
    spec="api_v2010",
    record=SipDomain,
    form={
        "friendly_name": "FriendlyName",
        "voice_fallback_method": "VoiceFallbackMethod",
        "voice_fallback_url": "VoiceFallbackUrl",
        "voice_method": "VoiceMethod",
        "voice_status_callback_method": "VoiceStatusCallbackMethod",
        "voice_status_callback_url": "VoiceStatusCallbackUrl",
        "voice_url": "VoiceUrl",
        "sip_registration": "SipRegistration",
        "domain_name": "DomainName",
        "emergency_calling_enabled": "EmergencyCallingEnabled",
        "secure": "Secure",
        "byoc_trunk_sid": "ByocTrunkSid",
        "emergency_caller_sid": "EmergencyCallerSid",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.sip.domains.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{Sid}.json",
    spec="api_v2010",
)


class DomainContext(Resource):
    """One ``Accounts/AccountSid/SIP/Domains`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> SipDomain:
        """Fetch an instance of a Domain."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[DomainUpdateParams]) -> SipDomain:
        """Update the attributes of a domain."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete an instance of a Domain."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def auth(self) -> AuthTypesList:
        """``Accounts/AccountSid/SIP/Domains/DomainSid/Auth``."""
        from twilio_async.rest.api.v2010.accounts_sip_domains_auth import AuthTypesList

        return self._child(AuthTypesList)

    @property
    def credential_list_mappings(self) -> CredentialListMappingList:
        """``Accounts/AccountSid/SIP/Domains/DomainSid/CredentialListMappings``."""
        from twilio_async.rest.api.v2010.accounts_sip_domains_credential_list_mappings import (
            CredentialListMappingList,
        )

        return self._child(CredentialListMappingList)

    @property
    def ip_access_control_list_mappings(self) -> IpAccessControlListMappingList:
        """``Accounts/AccountSid/SIP/Domains/DomainSid/IpAccessControlListMappings``."""
        from twilio_async.rest.api.v2010.accounts_sip_domains_ip_access_control_list_mappings import (
            IpAccessControlListMappingList,
        )

        return self._child(IpAccessControlListMappingList)


class DomainList(CreateMany[DomainCreateParams, SipDomain], Resource):
    """``Accounts/AccountSid/SIP/Domains`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/SIP/Domains.json"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> DomainContext:
        """The record with this ``sid``."""
        return self._child(DomainContext, sid=sid)

    async def create(self, **params: Unpack[DomainCreateParams]) -> SipDomain:
        """Create a new Domain."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[SipDomain]:
        """Retrieve a list of domains belonging to the account used to make the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[SipDomain]:
        """Retrieve a list of domains belonging to the account used to make the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[SipDomain]:
        """Retrieve a list of domains belonging to the account used to make the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
