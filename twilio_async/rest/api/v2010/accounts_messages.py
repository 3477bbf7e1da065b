# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Message (Accounts/AccountSid/Messages) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CampaignCreateMany
from twilio_async._campaign_messages import MESSAGES
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010.accounts_messages_feedback import FeedbackList
    from twilio_async.rest.api.v2010.accounts_messages_media import MediaList

__all__ = [
    "Message",
    "MessageContext",
    "MessageCreateParams",
    "MessageDirection",
    "MessageList",
    "MessageListParams",
    "MessageStatus",
    "MessageUpdateParams",
]


class MessageDirection(OpenEnum):
    """``message_enum_direction``."""

    INBOUND = "inbound"
    OUTBOUND_API = "outbound-api"
    OUTBOUND_CALL = "outbound-call"
    OUTBOUND_REPLY = "outbound-reply"


class MessageStatus(OpenEnum):
    """``message_enum_status``."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    RECEIVING = "receiving"
    RECEIVED = "received"
    ACCEPTED = "accepted"
    SCHEDULED = "scheduled"
    READ = "read"
    PARTIALLY_DELIVERED = "partially_delivered"
    CANCELED = "canceled"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Message(Record):
    """Record ``api.v2010.account.message`` (every field but ``account_sid``, ``sid``, ``date_created`` may be ``None``)."""

    body: str | None = None
    num_segments: int | None = None
    direction: MessageDirection | None = None
    from_: str | None = None
    to: str | None = None
    date_updated: datetime | None = None
    price: Decimal | None = None
    error_message: str | None = None
    uri: str | None = None
    account_sid: str
    num_media: int | None = None
    status: MessageStatus | None = None
    messaging_service_sid: str | None = None
    sid: str
    date_sent: datetime | None = None
    date_created: datetime
    error_code: int | None = None
    price_unit: str | None = None
    api_version: str | None = None
    subresource_uris: dict[str, Any] | None = None


class MessageListParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.messages.list`` (``ListMessage``)."""

    to: str
    """Filter by recipient."""
    from_: str
    """Filter by sender."""
    date_sent: datetime | date
    """Filter by Message `sent_date`."""
    date_sent_before: datetime | date
    """Filter by Message `sent_date`."""
    date_sent_after: datetime | date
    """Filter by Message `sent_date`."""


class MessageCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.messages.create`` (``CreateMessage``)."""

    to: Required[str]
    """The recipient's phone number in E.164 format (for SMS/MMS) or channel address, e.g."""
    status_callback: str
    """The URL of the endpoint to which Twilio sends Message status callback requests."""
    application_sid: str
    """The SID of the associated TwiML Application."""
    max_price: float
    """[OBSOLETE] This parameter will no longer have any effect as of 2024-06-03."""
    provide_feedback: bool
    """Boolean indicating whether or not you intend to provide delivery confirmation feedback to Twilio (used in conjunction with the Message Feedback sub..."""
    attempt: int
    """Total number of attempts made (including this request) to send the message regardless of the provider used."""
    validity_period: int
    """The maximum length in seconds that the Message can remain in Twilio's outgoing message queue."""
    force_delivery: bool
    """Reserved."""
    content_retention: str
    address_retention: str
    smart_encoded: bool
    """Whether to detect Unicode characters that have a similar GSM-7 character and replace them."""
    persistent_action: Sequence[str]
    """Rich actions for non-SMS/MMS channels."""
    traffic_type: str
    shorten_urls: bool
    """For Messaging Services with Link Shortening configured only: A Boolean indicating whether or not Twilio should shorten links in the `body` of the M..."""
    schedule_type: str
    send_at: datetime
    """The time that Twilio will send the message."""
    send_as_mms: bool
    """If set to `true`, Twilio delivers the message as a single MMS message, regardless of the presence of media."""
    content_variables: str
    """For Content Editor/API only: Key-value pairs of Template variables and their substitution values."""
    risk_check: str
    from_: str
    """The sender's Twilio phone number (in E.164 format), alphanumeric sender ID, Wireless SIM, short code, or channel address (e.g., `whatsapp:+15554449..."""
    fallback_from: str
    """A fallback SMS sender to use when the recipient cannot be reached over RCS."""
    messaging_service_sid: str
    """The SID of the Messaging Service you want to associate with the Message."""
    body: str
    """The text content of the outgoing message."""
    media_url: Sequence[str]
    """The URL of media to include in the Message content."""
    content_sid: str
    """For Content Editor/API only: The SID of the Content Template to be used with the Message, e.g., `HXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`."""


class MessageUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.messages.update`` (``UpdateMessage``)."""

    body: str
    """The new `body` of the Message resource."""
    status: str


_LIST_LIST: Operation[Message] = Operation(
    id="api.v2010.accounts.messages.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Messages.json",
    spec="api_v2010",
    record=Message,
    query={
        "to": "To",
        "from_": "From",
        "date_sent": "DateSent",
        "date_sent_before": "DateSent<",
        "date_sent_after": "DateSent>",
    },
    paging="v2010",
    envelope="messages",
)


_LIST_CREATE: Operation[Message] = Operation(
    id="api.v2010.accounts.messages.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Messages.json",
    spec="api_v2010",
    record=Message,
    form={
        "to": "To",
        "status_callback": "StatusCallback",
        "application_sid": "ApplicationSid",
        "max_price": "MaxPrice",
        "provide_feedback": "ProvideFeedback",
        "attempt": "Attempt",
        "validity_period": "ValidityPeriod",
        "force_delivery": "ForceDelivery",
        "content_retention": "ContentRetention",
        "address_retention": "AddressRetention",
        "smart_encoded": "SmartEncoded",
        "persistent_action": "PersistentAction",
        "traffic_type": "TrafficType",
        "shorten_urls": "ShortenUrls",
        "schedule_type": "ScheduleType",
        "send_at": "SendAt",
        "send_as_mms": "SendAsMms",
        "content_variables": "ContentVariables",
        "risk_check": "RiskCheck",
        "from_": "From",
        "fallback_from": "FallbackFrom",
        "messaging_service_sid": "MessagingServiceSid",
        "body": "Body",
        "media_url": "MediaUrl",
        "content_sid": "ContentSid",
    },
    required=frozenset(["to"]),
)


_CONTEXT_FETCH: Operation[Message] = Operation(
    id="api.v2010.accounts.messages.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
    spec="api_v2010",
    record=Message,
)


_CONTEXT_UPDATE: Operation[Message] = Operation(
    id="api.v2010.accounts.messages.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
    spec="api_v2010",
    record=Message,
    form={
        "body": "Body",
        "status": "Status",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.messages.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
    spec="api_v2010",
)


class MessageContext(Resource):
    """One ``Accounts/AccountSid/Messages`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Message:
        """Fetch a specific Message."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[MessageUpdateParams]) -> Message:
        """Redact the body (``body=""``) or cancel a scheduled message (``status="canceled"``)."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Deletes a Message resource from your account."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def media(self) -> MediaList:
        """``Accounts/AccountSid/Messages/MessageSid/Media``."""
        from twilio_async.rest.api.v2010.accounts_messages_media import MediaList

        return self._child(MediaList)

    @property
    def feedback(self) -> FeedbackList:
        """``Accounts/AccountSid/Messages/MessageSid/Feedback``."""
        from twilio_async.rest.api.v2010.accounts_messages_feedback import FeedbackList

        return self._child(FeedbackList)


class MessageList(CampaignCreateMany[MessageCreateParams, Message], Resource):
    """``Accounts/AccountSid/Messages`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Messages.json"
    _create_operation = _LIST_CREATE
    _campaign_strategy = MESSAGES

    def __call__(self, sid: str) -> MessageContext:
        """The record with this ``sid``."""
        return self._child(MessageContext, sid=sid)

    async def create(self, **params: Unpack[MessageCreateParams]) -> Message:
        """Send a message: ``to``, plus ``from_`` or ``messaging_service_sid``, plus ``body``, ``media_url`` or ``content_sid``."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[MessageListParams],
    ) -> AsyncIterator[Message]:
        """Retrieve a list of Message resources associated with a Twilio Account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[MessageListParams],
    ) -> Page[Message]:
        """Retrieve a list of Message resources associated with a Twilio Account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[MessageListParams],
    ) -> list[Message]:
        """Retrieve a list of Message resources associated with a Twilio Account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
