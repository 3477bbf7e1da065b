# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: Notification (Services/ServiceSid/Entities/Identity/Challenges/ChallengeSid/Notifications) on verify.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["Notification", "NotificationCreateParams", "NotificationList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Notification(Record):
    """Record ``verify.v2.service.entity.challenge.notification`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``identity``, ``challenge_sid``, ``date_created`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    entity_sid: str | None = None
    identity: str
    challenge_sid: str
    priority: str | None = None
    ttl: int | None = None
    date_created: datetime


class NotificationCreateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.entities.challenges.notifications.create`` (``CreateNotification``)."""

    ttl: int
    """How long, in seconds, the notification is valid."""


_LIST_CREATE: Operation[Notification] = Operation(
    id="verify.v2.services.entities.challenges.notifications.create",
    method="POST",
    product="verify",
    path="/v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{ChallengeSid}/Notifications",
    spec="verify_v2",
    record=Notification,
    form={
        "ttl": "Ttl",
    },
)


class NotificationList(CreateMany[NotificationCreateParams, Notification], Resource):
    """``Services/ServiceSid/Entities/Identity/Challenges/ChallengeSid/Notifications``."""

    _path = "/v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{ChallengeSid}/Notifications"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[NotificationCreateParams]) -> Notification:
        """Create a new Notification for the corresponding Challenge."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
