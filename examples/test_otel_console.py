"""The console example: one create is answered 429 and retried, and the console shows it."""

from __future__ import annotations

import io

from examples.otel_console import BODY, main


async def test_console_shows_both_spans_the_retry_and_the_metrics() -> None:
    out = io.StringIO()
    await main(out)
    text = out.getvalue()
    assert text.count("twilio messages.create [CLIENT, UNSET]") == 2
    assert "  event twilio.retry" in text
    assert "    http.response.status_code = 429" in text
    assert "    twilio.error_code = 20429" in text
    assert "  http.request.resend_count = 1" in text
    assert "twilio.client.rate_limited {'twilio.operation': 'messages.create'," in text
    assert "http.client.request.duration" in text
    assert "twilio.client.limiter.limit" in text
    assert BODY not in text  # the message body is never exported
