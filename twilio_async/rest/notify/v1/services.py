# Generated from specs/twilio-oai/twilio_notify_v1.json by codegen; do not edit.
"""Notify v1: Service (Services) on notify.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.notify.v1.services_bindings import BindingList
    from twilio_async.rest.notify.v1.services_notifications import NotificationList

__all__ = [
    "Service",
    "ServiceContext",
    "ServiceCreateParams",
    "ServiceList",
    "ServiceListParams",
    "ServiceUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Service(Record):
    """Record ``notify.v1.service`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    friendly_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    apn_credential_sid: str | None = None
    gcm_credential_sid: str | None = None
    fcm_credential_sid: str | None = None
    messaging_service_sid: str | None = None
    facebook_messenger_page_id: str | None = None
    default_apn_notification_protocol_version: str | None = None
    default_gcm_notification_protocol_version: str | None = None
    default_fcm_notification_protocol_version: str | None = None
    log_enabled: bool | None = None
    url: str
    links: dict[str, Any] | None = None
    alexa_skill_id: str | None = None
    default_alexa_notification_protocol_version: str | None = None
    delivery_callback_url: str | None = None
    delivery_callback_enabled: bool | None = None


class ServiceListParams(TypedDict, total=False):
    """Keywords of ``notify.v1.services.list`` (``ListService``)."""

    friendly_name: str
    """The string that identifies the Service resources to read."""


class ServiceCreateParams(TypedDict, total=False):
    """Keywords of ``notify.v1.services.create`` (``CreateService``)."""

    friendly_name: str
    """A descriptive string that you create to describe the resource."""
    apn_credential_sid: str
    """The SID of the Credential to use for APN Bindings."""
    gcm_credential_sid: str
    """The SID of the Credential to use for GCM Bindings."""
    messaging_service_sid: str
    """The SID of the Messaging Service to use for SMS Bindings."""
    facebook_messenger_page_id: str
    """Deprecated."""
    default_apn_notification_protocol_version: str
    """The protocol version to use for sending APNS notifications."""
    default_gcm_notification_protocol_version: str
    """The protocol version to use for sending GCM notifications."""
    fcm_credential_sid: str
    """The SID of the Credential to use for FCM Bindings."""
    default_fcm_notification_protocol_version: str
    """The protocol version to use for sending FCM notifications."""
    log_enabled: bool
    """Whether to log notifications."""
    alexa_skill_id: str
    """Deprecated."""
    default_alexa_notification_protocol_version: str
    """Deprecated."""
    delivery_callback_url: str
    """URL to send delivery status callback."""
    delivery_callback_enabled: bool
    """Callback configuration that enables delivery callbacks, default false."""


class ServiceUpdateParams(TypedDict, total=False):
    """Keywords of ``notify.v1.services.update`` (``UpdateService``)."""

    friendly_name: str
    """A descriptive string that you create to describe the resource."""
    apn_credential_sid: str
    """The SID of the Credential to use for APN Bindings."""
    gcm_credential_sid: str
    """The SID of the Credential to use for GCM Bindings."""
    messaging_service_sid: str
    """The SID of the Messaging Service to use for SMS Bindings."""
    facebook_messenger_page_id: str
    """Deprecated."""
    default_apn_notification_protocol_version: str
    """The protocol version to use for sending APNS notifications."""
    default_gcm_notification_protocol_version: str
    """The protocol version to use for sending GCM notifications."""
    fcm_credential_sid: str
    """The SID of the Credential to use for FCM Bindings."""
    default_fcm_notification_protocol_version: str
    """The protocol version to use for sending FCM notifications."""
    log_enabled: bool
    """Whether to log notifications."""
    alexa_skill_id: str
    """Deprecated."""
    default_alexa_notification_protocol_version: str
    """Deprecated."""
    delivery_callback_url: str
    """URL to send delivery status callback."""
    delivery_callback_enabled: bool
    """Callback configuration that enables delivery callbacks, default false."""


_LIST_LIST: Operation[Service] = Operation(
    id="notify.v1.services.list",
    method="GET",
    product="notify",
    path="/v1/Services",
    spec="notify_v1",
    record=Service,
    query={
        "friendly_name": "FriendlyName",
    },
    paging="meta",
    envelope="services",
)


_LIST_CREATE: Operation[Service] = Operation(
    id="notify.v1.services.create",
    method="POST",
    product="notify",
    path="/v1/Services",
    spec="notify_v1",
    record=Service,
    form={
        "friendly_name": "FriendlyName",
        "apn_credential_sid": "ApnCredentialSid",
        "gcm_credential_sid": "GcmCredentialSid",
        "messaging_service_sid": "MessagingServiceSid",
        "facebook_messenger_page_id": "FacebookMessengerPageId",
        "default_apn_notification_protocol_version": "DefaultApnNotificationProtocolVersion",
        "default_gcm_notification_protocol_version": "DefaultGcmNotificationProtocolVersion",
        "fcm_credential_sid": "FcmCredentialSid",
        "default_fcm_notification_protocol_version": "DefaultFcmNotificationProtocolVersion",
        "log_enabled": "LogEnabled",
        "alexa_skill_id": "AlexaSkillId",
        "default_alexa_notification_protocol_version": "DefaultAlexaNotificationProtocolVersion",
        "delivery_callback_url": "DeliveryCallbackUrl",
        "delivery_callback_enabled": "DeliveryCallbackEnabled",
    },
)


_CONTEXT_FETCH: Operation[Service] = Operation(
    id="notify.v1.services.fetch",
    method="GET",
    product="notify",
    path="/v1/Services/{Sid}",
    spec="notify_v1",
    record=Service,
)


_CONTEXT_UPDATE: Operation[Service] = Operation(
    id="notify.v1.services.update",
    method="POST",
    product="notify",
    path="/v1/Services/{Sid}",
    spec="notify_v1",
    record=Service,
    form={
        "friendly_name": "FriendlyName",
        "apn_credential_sid": "ApnCredentialSid",
        "gcm_credential_sid": "GcmCredentialSid",
        "messaging_service_sid": "MessagingServiceSid",
        "facebook_messenger_page_id": "FacebookMessengerPageId",
        "default_apn_notification_protocol_version": "DefaultApnNotificationProtocolVersion",
        "default_gcm_notification_protocol_version": "DefaultGcmNotificationProtocolVersion",
        "fcm_credential_sid": "FcmCredentialSid",
        "default_fcm_notification_protocol_version": "DefaultFcmNotificationProtocolVersion",
        "log_enabled": "LogEnabled",
        "alexa_skill_id": "AlexaSkillId",
        "default_alexa_notification_protocol_version": "DefaultAlexaNotificationProtocolVersion",
        "delivery_callback_url": "DeliveryCallbackUrl",
        "delivery_callback_enabled": "DeliveryCallbackEnabled",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="notify.v1.services.delete",
    method="DELETE",
    product="notify",
    path="/v1/Services/{Sid}",
    spec="notify_v1",
)


class ServiceContext(Resource):
    """One ``Services`` record: sid."""

    _path = "/v1/Services/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Service:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ServiceUpdateParams]) -> Service:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def bindings(self) -> BindingList:
        """``Services/ServiceSid/Bindings``."""
        from twilio_async.rest.notify.v1.services_bindings import BindingList

        return self._child(BindingList)

    @property
    def notifications(self) -> NotificationList:
        """``Services/ServiceSid/Notifications``."""
        from twilio_async.rest.notify.v1.services_notifications import NotificationList

        return self._child(NotificationList)


class ServiceList(CreateMany[ServiceCreateParams, Service], Resource):
    """``Services`` (call it with a sid)."""

    _path = "/v1/Services"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ServiceContext:
        """The record with this ``sid``."""
        return self._child(ServiceContext, sid=sid)

    async def create(self, **params: Unpack[ServiceCreateParams]) -> Service:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ServiceListParams],
    ) -> AsyncIterator[Service]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[ServiceListParams],
    ) -> Page[Service]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ServiceListParams],
    ) -> list[Service]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
