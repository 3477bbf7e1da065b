# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Application (Accounts/AccountSid/Applications) on api.twilio.com."""

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
    "Application",
    "ApplicationContext",
    "ApplicationCreateParams",
    "ApplicationList",
    "ApplicationListParams",
    "ApplicationUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Application(Record):
    """Record ``api.v2010.account.application`` (every field but ``account_sid``, ``date_created``, ``sid`` may be ``None``)."""

    account_sid: str
    api_version: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    friendly_name: str | None = None
    message_status_callback: str | None = None
    sid: str
    sms_fallback_method: HttpMethod | None = None
    sms_fallback_url: str | None = None
    sms_method: HttpMethod | None = None
    sms_status_callback: str | None = None
    sms_url: str | None = None
    status_callback: str | None = None
    status_callback_method: HttpMethod | None = None
    uri: str | None = None
    voice_caller_id_lookup: bool | None = None
    voice_fallback_method: HttpMethod | None = None
    voice_fallback_url: str | None = None
    voice_method: HttpMethod | None = None
    voice_url: str | None = None
    public_application_connect_enabled: bool | None = None


class ApplicationListParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.applications.list`` (``ListApplication``)."""

    friendly_name: str
    """The string that identifies the Application resources to read."""


class ApplicationCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.applications.create`` (``CreateApplication``)."""

    api_version: str
    """The API version to use to start a new TwiML session."""
    voice_url: str
    """The URL we should call when the phone number assigned to this application receives a call."""
    voice_method: str
    """The HTTP method we should use to call `voice_url`."""
    voice_fallback_url: str
    """The URL that we should call when an error occurs retrieving or executing the TwiML requested by `url`."""
    voice_fallback_method: str
    """The HTTP method we should use to call `voice_fallback_url`."""
    status_callback: str
    """The URL we should call using the `status_callback_method` to send status information to your application."""
    status_callback_method: str
    """The HTTP method we should use to call `status_callback`."""
    voice_caller_id_lookup: bool
    """Whether we should look up the caller's caller-ID name from the CNAM database (additional charges apply)."""
    sms_url: str
    """The URL we should call when the phone number receives an incoming SMS message."""
    sms_method: str
    """The HTTP method we should use to call `sms_url`."""
    sms_fallback_url: str
    """The URL that we should call when an error occurs while retrieving or executing the TwiML from `sms_url`."""
    sms_fallback_method: str
    """The HTTP method we should use to call `sms_fallback_url`."""
    sms_status_callback: str
    """The URL we should call using a POST method to send status information about SMS messages sent by the application."""
    message_status_callback: str
    """The URL we should call using a POST method to send message status information to your application."""
    friendly_name: str
    """A descriptive string that you create to describe the new application."""
    public_application_connect_enabled: bool
    """Whether to allow other Twilio accounts to dial this applicaton using Dial verb."""


class ApplicationUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.applications.update`` (``UpdateApplication``)."""

    friendly_name: str
    """A descriptive string that you create to describe the resource."""
    api_version: str
    """The API version to use to start a new TwiML session."""
    voice_url: str
    """The URL we should call when the phone number assigned to this application receives a call."""
    voice_method: str
    """The HTTP method we should use to call `voice_url`."""
    voice_fallback_url: str
    """The URL that we should call when an error occurs retrieving or executing the TwiML requested by `url`."""
    voice_fallback_method: str
    """The HTTP method we should use to call `voice_fallback_url`."""
    status_callback: str
    """The URL we should call using the `status_callback_method` to send status information to your application."""
    status_callback_method: str
    """The HTTP method we should use to call `status_callback`."""
    voice_caller_id_lookup: bool
    """Whether we should look up the caller's caller-ID name from the CNAM database (additional charges apply)."""
    sms_url: str
    """The URL we should call when the phone number receives an incoming SMS message."""
    sms_method: str
    """The HTTP method we should use to call `sms_url`."""
    sms_fallback_url: str
    """The URL that we should call when an error occurs while retrieving or executing the TwiML from `sms_url`."""
    sms_fallback_method: str
    """The HTTP method we should use to call `sms_fallback_url`."""
    sms_status_callback: str
    """Same as message_status_callback: The URL we should call using a POST method to send status information about SMS messages sent by the application."""
    message_status_callback: str
    """The URL we should call using a POST method to send message status information to your application."""
    public_application_connect_enabled: bool
    """Whether to allow other Twilio accounts to dial this applicaton using Dial verb."""


_LIST_LIST: Operation[Application] = Operation(
    id="api.v2010.accounts.applications.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Applications.json",
    spec="api_v2010",
    record=Application,
    query={
        "friendly_name": "FriendlyName",
    },
    paging="v2010",
    envelope="applications",
)


_LIST_CREATE: Operation[Application] = Operation(
    id="api.v2010.accounts.applications.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Applications.json",
    spec="api_v2010",
    record=Application,
    form={
        "api_version": "ApiVersion",
        "voice_url": "VoiceUrl",
        "voice_method": "VoiceMethod",
        "voice_fallback_url": "VoiceFallbackUrl",
        "voice_fallback_method": "VoiceFallbackMethod",
        "status_callback": "StatusCallback",
        "status_callback_method": "StatusCallbackMethod",
        "voice_caller_id_lookup": "VoiceCallerIdLookup",
        "sms_url": "SmsUrl",
        "sms_method": "SmsMethod",
        "sms_fallback_url": "SmsFallbackUrl",
        "sms_fallback_method": "SmsFallbackMethod",
        "sms_status_callback": "SmsStatusCallback",
        "message_status_callback": "MessageStatusCallback",
        "friendly_name": "FriendlyName",
        "public_application_connect_enabled": "PublicApplicationConnectEnabled",
    },
)


_CONTEXT_FETCH: Operation[Application] = Operation(
    id="api.v2010.accounts.applications.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Applications/{Sid}.json",
    spec="api_v2010",
    record=Application,
)


_CONTEXT_UPDATE: Operation[Application] = Operation(
    id="api.v2010.accounts.applications.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Applications/{Sid}.json",
    spec="api_v2010",
    record=Application,
    form={
        "friendly_name": "FriendlyName",
        "api_version": "ApiVersion",
        "voice_url": "VoiceUrl",
        "voice_method": "VoiceMethod",
        "voice_fallback_url": "VoiceFallbackUrl",
        "voice_fallback_method": "VoiceFallbackMethod",
        "status_callback": "StatusCallback",
        "status_callback_method": "StatusCallbackMethod",
        "voice_caller_id_lookup": "VoiceCallerIdLookup",
        "sms_url": "SmsUrl",
        "sms_method": "SmsMethod",
        "sms_fallback_url": "SmsFallbackUrl",
        "sms_fallback_method": "SmsFallbackMethod",
        "sms_status_callback": "SmsStatusCallback",
        "message_status_callback": "MessageStatusCallback",
        "public_application_connect_enabled": "PublicApplicationConnectEnabled",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.applications.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Applications/{Sid}.json",
    spec="api_v2010",
)


class ApplicationContext(Resource):
    """One ``Accounts/AccountSid/Applications`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Applications/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Application:
        """Fetch the application specified by the provided sid."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ApplicationUpdateParams]) -> Application:
        """Updates the application's properties."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete the application by the specified application sid."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class ApplicationList(CreateMany[ApplicationCreateParams, Application], Resource):
    """``Accounts/AccountSid/Applications`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Applications.json"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ApplicationContext:
        """The record with this ``sid``."""
        return self._child(ApplicationContext, sid=sid)

    async def create(self, **params: Unpack[ApplicationCreateParams]) -> Application:
        """Create a new application within your account."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ApplicationListParams],
    ) -> AsyncIterator[Application]:
        """Retrieve a list of applications representing an application within the requesting account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[ApplicationListParams],
    ) -> Page[Application]:
        """Retrieve a list of applications representing an application within the requesting account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ApplicationListParams],
    ) -> list[Application]:
        """Retrieve a list of applications representing an application within the requesting account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
