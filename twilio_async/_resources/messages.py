"""Messages and Media (v2010): declarations on the generic resource layer."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, Literal

from twilio_async._bulk import BulkResult, ProgressCallback
from twilio_async._exceptions import TwilioError
from twilio_async._models import Media, Message
from twilio_async._resource import InstanceContext, ListResource, Page, ResourceSpec, api_names
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["MediaContext", "MediaList", "MessageContext", "MessageList"]


class MessageCreateParams(TypedDict, total=False):
    """Parameters of ``client.messages.create`` (``CreateMessageRequest`` in the spec)."""

    to: Required[str]
    from_: str
    messaging_service_sid: str
    body: str
    media_url: Sequence[str]
    content_sid: str
    content_variables: Mapping[str, Any] | str
    status_callback: str
    application_sid: str
    max_price: float | str
    provide_feedback: bool
    attempt: int
    validity_period: int
    force_delivery: bool
    content_retention: Literal["retain", "discard"]
    address_retention: Literal["retain", "obfuscate"]
    smart_encoded: bool
    persistent_action: Sequence[str]
    traffic_type: Literal["free"]
    shorten_urls: bool
    schedule_type: Literal["fixed"]
    send_at: datetime
    send_as_mms: bool
    risk_check: Literal["enable", "disable"]
    fallback_from: str


class MessageUpdateParams(TypedDict, total=False):
    """Parameters of ``client.messages(sid).update``: ``body=""`` redacts a message."""

    body: str
    status: Literal["canceled"]


class MessageFilters(TypedDict, total=False):
    """Filters for listing messages."""

    to: str
    from_: str
    date_sent: date | datetime
    date_sent_before: date | datetime
    date_sent_after: date | datetime


class MediaFilters(TypedDict, total=False):
    """Filters for listing an MMS's media."""

    date_created: date | datetime
    date_created_before: date | datetime
    date_created_after: date | datetime


_ACCOUNT = "/2010-04-01/Accounts/{account_sid}"

MESSAGES = ResourceSpec(
    record=Message,
    list_path=_ACCOUNT + "/Messages.json",
    instance_path=_ACCOUNT + "/Messages/{sid}.json",
    envelope="messages",
    create=api_names(MessageCreateParams, from_="From"),
    update=api_names(MessageUpdateParams),
    filters=api_names(
        MessageFilters, from_="From", date_sent_before="DateSent<", date_sent_after="DateSent>"
    ),
)

MEDIA = ResourceSpec(
    record=Media,
    list_path=_ACCOUNT + "/Messages/{message_sid}/Media.json",
    instance_path=_ACCOUNT + "/Messages/{message_sid}/Media/{sid}.json",
    envelope="media_list",
    filters=api_names(
        MediaFilters, date_created_before="DateCreated<", date_created_after="DateCreated>"
    ),
)


class MediaContext(InstanceContext[Media]):
    """One media file of an MMS: ``fetch()`` and ``delete()``."""

    _spec = MEDIA


class MediaList(ListResource[Media]):
    """The media files of one message: ``client.messages(sid).media``."""

    _spec = MEDIA
    _context = MediaContext

    def __call__(self, sid: str) -> MediaContext:
        """The media file with this SID (``ME...``)."""
        return self._get(sid)  # type: ignore[no-any-return]

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[MediaFilters],
    ) -> AsyncIterator[Media]:
        """Iterate over media records, fetching pages as needed."""
        return self._stream(filters, limit, page_size)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[MediaFilters],
    ) -> list[Media]:
        """Return media records as a list (at most ``limit``)."""
        return await self._list(filters, limit, page_size)

    async def page(
        self, *, page_size: int | None = None, **filters: Unpack[MediaFilters]
    ) -> Page[Media]:
        """Fetch the first page; follow ``next_page()`` for more."""
        return await self._page(filters, page_size)


class MessageContext(InstanceContext[Message]):
    """One message: ``fetch()``, ``update()``, ``delete()`` and its ``media``."""

    _spec = MESSAGES

    async def update(self, **params: Unpack[MessageUpdateParams]) -> Message:
        """Redact the body (``body=""``) or cancel a scheduled message (``status="canceled"``)."""
        return await self._update(params)

    @property
    def media(self) -> MediaList:
        """The media files attached to this message."""
        return self._child(MediaList, message_sid=self.sid)  # type: ignore[no-any-return]


class MessageList(ListResource[Message]):
    """The account's messages: ``client.messages``; call it with a SID for one message."""

    _spec = MESSAGES
    _context = MessageContext

    def __call__(self, sid: str) -> MessageContext:
        """The message with this SID (``SM...`` or ``MM...``)."""
        return self._get(sid)  # type: ignore[no-any-return]

    async def create(self, **params: Unpack[MessageCreateParams]) -> Message:
        """Send a message. ``to`` is required, plus ``from_`` or ``messaging_service_sid``,
        plus ``body``, ``media_url`` or ``content_sid``."""
        return await self._create(params)

    async def create_many(
        self,
        items: Iterable[MessageCreateParams] | AsyncIterable[MessageCreateParams],
        *,
        max_in_flight: int | None = None,
        collect: bool = True,
        on_result: Callable[[int, Message | TwilioError], object] | None = None,
        progress: bool | ProgressCallback = False,
    ) -> BulkResult[Message]:
        """Send many messages with at most ``max_in_flight`` requests at once.

        ``items`` are ``create`` keyword dicts from any iterable or async iterable (a
        generator of 100,000 items is consumed lazily). The result holds, in input order,
        a :class:`Message` or the :class:`TwilioError` for each item, plus a ``summary``.
        ``collect=False`` keeps memory flat: results then only go to ``on_result(index,
        result)``, called in input order. ``progress=True`` draws a rich progress bar
        (``progress`` extra); a callable receives ``(done, total)``.
        """
        return await self._create_many(
            items,
            max_in_flight=max_in_flight,
            collect=collect,
            on_result=on_result,
            progress=progress,
        )

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[MessageFilters],
    ) -> AsyncIterator[Message]:
        """Iterate over messages, newest first, fetching one page at a time."""
        return self._stream(filters, limit, page_size)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[MessageFilters],
    ) -> list[Message]:
        """Return messages as a list (at most ``limit``)."""
        return await self._list(filters, limit, page_size)

    async def page(
        self, *, page_size: int | None = None, **filters: Unpack[MessageFilters]
    ) -> Page[Message]:
        """Fetch the first page of messages; follow ``next_page()`` for more."""
        return await self._page(filters, page_size)
