# Generated from specs/twilio-oai/twilio_notify_v1.json by codegen; do not edit.
"""Notify v1: Notification (Services/ServiceSid/Notifications) on notify.twilio.com."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["Notification", "NotificationCreateParams", "NotificationList", "NotificationPriority"]


class NotificationPriority(OpenEnum):
    """``notification_enum_priority``."""

    HIGH = "high"
    LOW = "low"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Notification(Record):
    """Record ``notify.v1.service.notification`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``date_created`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    date_created: datetime
    identities: list[str] | None = None
    tags: list[str] | None = None
    segments: list[str] | None = None
    priority: NotificationPriority | None = None
    ttl: int | None = None
    title: str | None = None
    body: str | None = None
    sound: str | None = None
    action: str | None = None
    data: Any | None = None
    apn: Any | None = None
    gcm: Any | None = None
    fcm: Any | None = None
    sms: Any | None = None
    facebook_messenger: Any | None = None
    alexa: Any | None = None


class NotificationCreateParams(TypedDict, total=False):
    """Keywords of ``notify.v1.services.notifications.create`` (``CreateNotification``)."""

    body: str
    """The notification text."""
    priority: str
    ttl: int
    """How long, in seconds, the notification is valid."""
    title: str
    """The notification title."""
    sound: str
    """The name of the sound to be played for the notification."""
    action: str
    """The actions to display for the notification."""
    data: Any
    """The custom key-value pairs of the notification's payload."""
    apn: Any
    """The APNS-specific payload that overrides corresponding attributes in the generic payload for APNS Bindings."""
    gcm: Any
    """The GCM-specific payload that overrides corresponding attributes in the generic payload for GCM Bindings."""
    sms: Any
    """The SMS-specific payload that overrides corresponding attributes in the generic payload for SMS Bindings."""
    facebook_messenger: Any
    """Deprecated."""
    fcm: Any
    """The FCM-specific payload that overrides corresponding attributes in the generic payload for FCM Bindings."""
    segment: Sequence[str]
    """The Segment resource is deprecated."""
    alexa: Any
    """Deprecated."""
    to_binding: Sequence[str]
    """The destination address specified as a JSON string."""
    delivery_callback_url: str
    """URL to send webhooks."""
    identity: Sequence[str]
    """The `identity` value that uniquely identifies the new resource's User within the Service."""
    tag: Sequence[str]
    """A tag that selects the Bindings to notify."""


_LIST_CREATE: Operation[Notification] = Operation(
    id="notify.v1.services.notifications.create",
    method="POST",
    product="notify",
    path="/v1/Services/{ServiceSid}/Notifications",
    spec="notify_v1",
    record=Notification,
    form={
        "body": "Body",
        "priority": "Priority",
        "ttl": "Ttl",
        "title": "Title",
        "sound": "Sound",
        "action": "Action",
        "data": "Data",
        "apn": "Apn",
        "gcm": "Gcm",
        "sms": "Sms",
        "facebook_messenger": "FacebookMessenger",
        "fcm": "Fcm",
        "segment": "Segment",
        "alexa": "Alexa",
        "to_binding": "ToBinding",
        "delivery_callback_url": "DeliveryCallbackUrl",
        "identity": "Identity",
        "tag": "Tag",
    },
    encode={
        "data": "json",
        "apn": "json",
        "gcm": "json",
        "sms": "json",
        "facebook_messenger": "json",
        "fcm": "json",
        "alexa": "json",
    },
)


class NotificationList(CreateMany[NotificationCreateParams, Notification], Resource):
    """``Services/ServiceSid/Notifications``."""

    _path = "/v1/Services/{ServiceSid}/Notifications"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[NotificationCreateParams]) -> Notification:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
