"""Conversations media upload, on Twilio's Media Content Service (MCS) host.

The Media resource lives on its own host (``https://mcs.twilio.com/v1``, also reachable as
``mcs.us1.twilio.com``) and is in neither the OpenAPI specs nor the official SDK. A file is
uploaded as the raw request body with its ``Content-Type``, to the Chat Service the
conversation belongs to; the answer describes the stored media, whose ``sid`` (``ME...``) a
conversation message then references (``media_sid``). Built on ``client.request``, so the
upload has the client's credentials, limits, retry rules (a POST whose outcome is unknown is
not repeated), telemetry and errors.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._encoding import segment
from twilio_async._record import Record, set_request_id

if TYPE_CHECKING:
    from twilio_async._transport import Transport

__all__ = ["ConversationMedia", "upload_conversation_media"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ConversationMedia(Record):
    """A file stored by the Media Content Service (every field may be ``None``).

    ``sid`` (``ME...``) is what a conversation message's ``media_sid`` takes; ``links`` holds
    the ``content`` and ``content_direct_temporary`` URLs of the file itself.
    """

    sid: str | None = None
    account_sid: str | None = None
    service_sid: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    date_upload_updated: datetime | None = None
    channel_sid: str | None = None
    message_sid: str | None = None
    size: int | None = None
    content_type: str | None = None
    filename: str | None = None
    author: str | None = None
    category: str | None = None
    url: str | None = None
    links: Mapping[str, Any] | None = None


async def upload_conversation_media(
    transport: Transport,
    chat_service_sid: str,
    content: bytes,
    content_type: str,
) -> ConversationMedia:
    """Upload ``content`` to the Chat Service's media store; see ``Client.upload_media``."""
    from twilio_async._converter import structure
    from twilio_async._request import send_request

    if not isinstance(content, (bytes, bytearray, memoryview)) or not len(content):
        raise ValueError("content must be the file's bytes (a non-empty bytes object)")
    service = segment(chat_service_sid, "chat_service_sid")
    url = transport.url_for("mcs", f"/v1/Services/{service}/Media")
    answer = await send_request(
        transport,
        "POST",
        url,
        content=bytes(content),
        content_type=content_type,
        allow_any_host=True,  # built from the client's own base URL for "mcs", not the caller
        operation="mcs.v1.services.media.create",
    )
    data = answer.json()
    if isinstance(data, dict) and "filename" not in data and "file_name" in data:
        data = {**data, "filename": data["file_name"]}  # the docs' name for the same field
    media = structure(data, ConversationMedia)
    set_request_id(media, answer.request_id)
    return media
