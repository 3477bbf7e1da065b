"""Parsing a webhook never loads the HTTP stack (issue 21, item 4: the webhook part)."""

from __future__ import annotations

import json
import subprocess
import sys

HTTP_STACK = (
    "httpx",
    "httpcore",
    "httptools",
    "twilio_async._client",
    "twilio_async._transport",
    "twilio_async._transports",
)

PROBE = """
import json, sys
from twilio_async.webhooks import (
    CallStatusCallback, IncomingMessage, MessageStatusCallback, parse_event_stream,
    validate_request, twilio_webhook, WebhookKeyring, DeduplicateWebhooks, ConnectionOverrides,
)
after_import = sorted(m for m in {stack} if m in sys.modules)
IncomingMessage.from_form(
    {{"MessageSid": "SM1", "AccountSid": "AC1", "From": "+15558675310", "To": "+15017122661",
      "MediaUrl0": "https://example.com/a.png"}}
)
status = MessageStatusCallback.from_form(
    {{"MessageSid": "SM1", "AccountSid": "AC1", "MessageStatus": "delivered"}}
)
events = parse_event_stream(
    b'[{{"specversion": "1.0", "type": "com.twilio.messaging.message.delivered",'
    b' "source": "/Accounts/AC1", "id": "EZ1",'
    b' "dataschema": "https://events-schemas.twilio.com/Messaging.MessageStatus/7",'
    b' "data": {{"messageSid": "SM1", "accountSid": "AC1", "messageStatus": "DELIVERED"}}}}]'
)
calls_loaded = "twilio_async.rest.api.v2010.accounts_calls" in sys.modules
after_messages = sorted(m for m in {stack} if m in sys.modules)
call = CallStatusCallback.from_form(
    {{"CallSid": "CA1", "AccountSid": "AC1", "From": "a", "To": "b", "CallStatus": "ringing"}}
)
after_call = sorted(m for m in {stack} if m in sys.modules)
statuses = [status.message_status, events[0].message_status, call.call_status]
print(json.dumps([after_import, after_messages, calls_loaded, after_call, *map(str, statuses)]))
"""


def test_importing_and_parsing_webhooks_loads_no_http_stack() -> None:
    code = PROBE.format(stack=repr(HTTP_STACK))
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    after_import, after_messages, calls_loaded, after_call, *statuses = json.loads(out)
    assert after_import == []
    assert after_messages == []
    assert calls_loaded is False  # the Calls resource module waits for a call event
    assert after_call == []
    assert statuses == ["delivered", "delivered", "ringing"]


def test_the_client_still_resolves_from_the_package() -> None:
    import twilio_async
    from twilio_async._client import DEFAULT_TIMEOUT, Client

    assert twilio_async.Client is Client
    assert twilio_async.DEFAULT_TIMEOUT == DEFAULT_TIMEOUT
    assert "Client" in dir(twilio_async)
