"""Validate that webhook requests really come from Twilio.

Twilio signs every webhook with ``X-Twilio-Signature``: base64(HMAC-SHA1(auth token, the full
URL followed by each POST parameter's name and value, sorted by name)). JSON webhooks instead
carry ``bodySHA256`` (hex SHA-256 of the body) in the URL, and only the URL is signed.

Three ways in for form webhooks, one for Event Streams, and helpers around them.

:class:`RequestValidator`, shaped like the official SDK's, works with any framework::

    from twilio_async.webhooks import RequestValidator

    validator = RequestValidator(auth_token)
    if not validator.validate(url, form_params, signature_header):
        ...  # reply 403

:func:`twilio_webhook` is a Starlette/FastAPI dependency that checks the signature and returns
the typed event (:class:`IncomingMessage`, :class:`MessageStatusCallback`,
:class:`CallStatusCallback`), answering 403 for a request Twilio did not sign::

    from typing import Annotated
    from fastapi import Depends, FastAPI
    from twilio_async.webhooks import IncomingMessage, twilio_webhook

    incoming_message = twilio_webhook(IncomingMessage, auth_token)

    @app.post("/sms")
    async def sms(message: Annotated[IncomingMessage, Depends(incoming_message)]) -> ...:
        ...  # message.from_, message.body, message.media

:func:`validate_request`, for Starlette and FastAPI, reads the header and the body and returns
the form::

    from fastapi import HTTPException, Request
    from twilio_async.webhooks import InvalidSignatureError, validate_request

    @app.post("/sms")
    async def incoming_sms(request: Request) -> Response:
        try:
            form = await validate_request(request, auth_token)
        except InvalidSignatureError:
            raise HTTPException(status_code=403)
        senders = form["From"]  # every value the field had
        ...

**Behind a proxy.** Twilio signs the public URL it called. When TLS ends at a load balancer or
a reverse proxy rewrites the host or path, the URL the application sees (``http://app:8000/sms``)
is not that URL (``https://example.com/sms``) and every signature fails. Either pass
``url="https://example.com/sms"`` (plus the query string, if any) to :func:`validate_request`,
``public_base_url="https://example.com"`` to :func:`twilio_webhook` (the request's path and
query string are appended), or make the server trust the proxy's forwarded headers (uvicorn
``--proxy-headers --forwarded-allow-ips=...``) so that ``request.url`` is the public URL again.

**Body size.** :func:`validate_request`, :func:`twilio_webhook` and
:func:`twilio_event_stream` read the body as a stream and never past ``max_body`` bytes
(default 512 KiB; Twilio's own bodies are a few KiB): a larger one is refused (``413``)
before more of it is read.

**Why a request was refused.** Each 403 and 413 is logged at DEBUG on the
``twilio_async.webhooks`` logger with the URL checked (scheme, host, path, query parameter
names) and the reason, never a secret, signature, query value or form field.

**SharedKeys and key rotation.** A :class:`WebhookKeyring` holds Auth Tokens and SharedKeys
(HMAC-SHA1 or HMAC-SHA256, named by ``X-Twilio-Webhooks-Signature-Settings``); pass it
wherever an Auth Token goes. Keys are added and removed while the application runs.

**Event Streams.** :func:`twilio_event_stream` checks a webhook sink's request (the URL
carries ``bodySHA256``) and returns the CloudEvents as :class:`EventStreamEvent` records
(:class:`MessageStatusEvent` for message status events); :func:`parse_event_stream` parses a
body checked elsewhere.

**Retries, once.** :class:`DeduplicateWebhooks` (ASGI middleware) answers Twilio's retries
of a delivery (same ``I-Twilio-Idempotency-Token``) with the first delivery's response;
:func:`process_once` does the work of an Event Streams event (by its ``id``) once. Both
remember deliveries in an :class:`InMemoryDeduplicationStore` or, for a fleet, a
:class:`RedisDeduplicationStore` (the ``redis`` extra).

**Connection overrides.** :class:`ConnectionOverrides` writes the ``#ct=...&rc=...``
fragment that sets Twilio's timeouts, retries and edge for one webhook URL.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._connection_overrides import EDGES, RETRY_POLICIES, ConnectionOverrides
from twilio_async._event_streams import EventStreamEvent, MessageStatusEvent, parse_event_stream
from twilio_async._signature import (
    HMAC_SHA1,
    HMAC_SHA256,
    SIGNATURE_HEADER,
    SIGNATURE_SETTINGS_HEADER,
    FormParams,
    MultiItems,
    RequestValidator,
    get_signature_algorithm,
)
from twilio_async._webhook_dedupe import (
    Claim,
    DeduplicationStore,
    DeliveryInProgressError,
    InMemoryDeduplicationStore,
    process_once,
)
from twilio_async._webhook_dedupe_middleware import IDEMPOTENCY_TOKEN_HEADER, DeduplicateWebhooks
from twilio_async._webhook_dependencies import twilio_event_stream, twilio_webhook
from twilio_async._webhook_events import (
    CallStatusCallback,
    IncomingMedia,
    IncomingMessage,
    MessageStatusCallback,
    WebhookEvent,
    WebhookPayloadError,
)
from twilio_async._webhook_keys import WebhookKeyring
from twilio_async._webhook_request import (
    DEFAULT_MAX_BODY,
    InvalidSignatureError,
    WebhookBodyTooLargeError,
    validate_request,
)

if TYPE_CHECKING:
    from twilio_async._webhook_dedupe_redis import RedisDeduplicationStore

__all__ = [
    "CallStatusCallback",
    "IncomingMedia",
    "IncomingMessage",
    "MessageStatusCallback",
    "WebhookEvent",
    "WebhookPayloadError",
    "twilio_webhook",
    "HMAC_SHA1",
    "HMAC_SHA256",
    "SIGNATURE_HEADER",
    "SIGNATURE_SETTINGS_HEADER",
    "FormParams",
    "InvalidSignatureError",
    "MultiItems",
    "RequestValidator",
    "get_signature_algorithm",
    "validate_request",
    "DEFAULT_MAX_BODY",
    "WebhookBodyTooLargeError",
    "WebhookKeyring",
    "EventStreamEvent",
    "MessageStatusEvent",
    "parse_event_stream",
    "twilio_event_stream",
    "IDEMPOTENCY_TOKEN_HEADER",
    "Claim",
    "DeduplicateWebhooks",
    "DeduplicationStore",
    "DeliveryInProgressError",
    "InMemoryDeduplicationStore",
    "RedisDeduplicationStore",
    "process_once",
    "ConnectionOverrides",
    "EDGES",
    "RETRY_POLICIES",
]


def __getattr__(name: str) -> Any:
    # The Redis store's module is light, but it is the one that needs the redis extra.
    if name == "RedisDeduplicationStore":
        from twilio_async._webhook_dedupe_redis import RedisDeduplicationStore

        globals()[name] = RedisDeduplicationStore
        return RedisDeduplicationStore
    raise AttributeError(f"module 'twilio_async.webhooks' has no attribute {name!r}")
