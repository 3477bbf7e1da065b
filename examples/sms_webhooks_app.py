"""A FastAPI app that answers incoming SMS with TwiML and records status callbacks.

Twilio calls ``POST /sms`` when someone texts your number and ``POST /status`` when a message
you sent changes status; an Event Streams webhook sink posts message status events to
``POST /events``. Each checks the signature and hands the endpoint typed, frozen records.
Twilio's retries of a delivery (same ``I-Twilio-Idempotency-Token``) get the first answer
without running the endpoint again, and each Event Streams event is recorded once. Run it
with::

    TWILIO_AUTH_TOKEN=... PUBLIC_BASE_URL=https://example.com \\
        uvicorn examples.sms_webhooks_app:app

``PUBLIC_BASE_URL`` is the scheme and host Twilio calls, needed when a proxy or TLS terminator
sits in front of the app (the URL the app sees is then not the URL Twilio signed).
"""

# No "from __future__ import annotations": FastAPI reads the endpoint annotations at runtime,
# and they name dependencies local to create_app.
import os
from collections import defaultdict
from typing import Annotated

from fastapi import Depends, FastAPI, Response

from twilio_async import MessageStatus
from twilio_async.twiml import MessagingResponse
from twilio_async.webhooks import (
    DeduplicateWebhooks,
    EventStreamEvent,
    IncomingMessage,
    InMemoryDeduplicationStore,
    MessageStatusCallback,
    MessageStatusEvent,
    WebhookKeyring,
    process_once,
    twilio_event_stream,
    twilio_webhook,
)


def create_app(auth_token: str | WebhookKeyring, public_base_url: str | None = None) -> FastAPI:
    """Build the app; the statuses seen per message SID are in ``app.state.statuses``.

    ``auth_token`` may be a :class:`WebhookKeyring` (SharedKeys, rotation). Deliveries are
    remembered in memory; give ``DeduplicateWebhooks`` and ``process_once`` a
    ``RedisDeduplicationStore`` when several instances serve the app.
    """
    app = FastAPI()
    app.add_middleware(DeduplicateWebhooks)
    statuses: defaultdict[str, list[MessageStatus]] = defaultdict(list)
    app.state.statuses = statuses
    incoming = twilio_webhook(IncomingMessage, auth_token, public_base_url=public_base_url)
    status_callback = twilio_webhook(
        MessageStatusCallback, auth_token, public_base_url=public_base_url
    )
    event_stream = twilio_event_stream(auth_token, public_base_url=public_base_url)
    events_seen = InMemoryDeduplicationStore()

    @app.post("/sms")
    async def reply_to_sms(message: Annotated[IncomingMessage, Depends(incoming)]) -> Response:
        reply = MessagingResponse()
        if message.body.strip().upper() == "STOP":
            return _twiml(reply)  # an empty response sends nothing back
        text = f"Thanks! We got your message: {message.body}"
        if message.media:
            text += f" (and {len(message.media)} attachment(s))"
        reply.message(text)
        return _twiml(reply)

    @app.post("/status", status_code=204)
    async def record_status(
        callback: Annotated[MessageStatusCallback, Depends(status_callback)],
    ) -> None:
        statuses[callback.message_sid].append(callback.message_status)

    @app.post("/events", status_code=204)
    async def record_events(
        events: Annotated[list[EventStreamEvent], Depends(event_stream)],
    ) -> None:
        for event in events:
            async with process_once(events_seen, event.id) as first:
                if first and isinstance(event, MessageStatusEvent):
                    statuses[event.message_sid].append(event.message_status)

    return app


def _twiml(document: MessagingResponse) -> Response:
    return Response(content=document.to_xml(), media_type="application/xml")


if os.environ.get("TWILIO_AUTH_TOKEN"):  # pragma: no cover - only when run for real
    app = create_app(os.environ["TWILIO_AUTH_TOKEN"], os.environ.get("PUBLIC_BASE_URL"))
