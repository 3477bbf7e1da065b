# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: Notification (Services/ServiceSid/Entities/Identity/Challenges/ChallengeSid/Notifications) on verify.twilio.com."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import attrs

from twilio_async._operation import HttpInfo, Operation
from twilio_async._resource import Resource
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from collections.abc import AsyncIterable, Callable, Iterable

    from twilio_async._bulk import BulkResult, ProgressCallback
    from twilio_async._exceptions import TwilioError

__all__ = ["Notification", "NotificationCreateParams", "NotificationList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Notification:
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


class NotificationList(Resource):
    """``Services/ServiceSid/Entities/Identity/Challenges/ChallengeSid/Notifications``."""

    _path = "/v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{ChallengeSid}/Notifications"

    async def create_many(
        self,
        items: Iterable[NotificationCreateParams] | AsyncIterable[NotificationCreateParams],
        *,
        max_in_flight: int | None = None,
        collect: bool = True,
        on_result: Callable[[int, Notification | TwilioError], object] | None = None,
        progress: bool | ProgressCallback = False,
    ) -> BulkResult[Notification]:
        """``create`` for many items, at most ``max_in_flight`` at once (see :doc:`bulk`).

        ``items`` is any iterable or async iterable of ``create`` keyword dicts,
        consumed lazily. The result holds, in input order, a record or the
        :class:`~twilio_async.TwilioError` for each item, plus a ``summary``;
        ``collect=False`` keeps memory flat and hands results to ``on_result``.
        """
        return await self._create_many(
            _LIST_CREATE, items, max_in_flight, collect, on_result, progress
        )

    async def create(self, **params: Unpack[NotificationCreateParams]) -> Notification:
        """Create a new Notification for the corresponding Challenge."""
        return await self._call(_LIST_CREATE, params)

    async def create_with_http_info(
        self, **params: Unpack[NotificationCreateParams]
    ) -> HttpInfo[Notification]:
        """Like ``create``, with the status code and response headers."""
        return await self._call_info(_LIST_CREATE, params)
