"""Conversations media upload, on Twilio's Media Content Service (MCS) host.

The Media resource lives on its own host (``https://mcs.twilio.com/v1``, also reachable as
``mcs.us1.twilio.com``) and is in neither the OpenAPI specs nor the official SDK. A file is
uploaded as the raw request body with its ``Content-Type``, to the Chat Service the
conversation belongs to; the answer describes the stored media, whose ``sid`` (``ME...``) a
conversation message then references (``media_sid``). Built on ``client.request``, so the
upload has the client's credentials, limits, retry rules (a POST whose outcome is unknown is
not repeated), telemetry and errors (``ExtraEndpoints.upload_media`` in ``_request``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from twilio_async._record import Record, set_request_id

__all__ = ["ConversationMedia", "decode_media"]


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


def decode_media(data: Any, request_id: str | None) -> ConversationMedia:
    """The typed record of an upload's answer (the docs call ``filename`` ``file_name``)."""
    from twilio_async._converter import structure

    if isinstance(data, dict) and "filename" not in data and "file_name" in data:
        data = {**data, "filename": data["file_name"]}
    media = structure(data, ConversationMedia)
    set_request_id(media, request_id)
    return media
