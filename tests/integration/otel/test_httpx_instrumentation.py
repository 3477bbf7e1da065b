"""The standard setup: a global SDK plus ``HTTPXClientInstrumentor().instrument()``.

Run in a fresh interpreter, because OpenTelemetry's global providers can be set only once
per process and the rest of the suite must run untraced. The fake Twilio listens on
127.0.0.1; the client uses its default transport, which httpx's instrumentation never sees.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import asyncio, json, httpx
    from opentelemetry import trace
    from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    from twilio_async import Client
    from twilio_async.testing import FakeTwilio

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    HTTPXClientInstrumentor().instrument()

    fake = FakeTwilio()
    send = {"to": "+15558675310", "from_": "+15017122661", "body": "Hello"}

    async def main(base_url):
        tracer = trace.get_tracer("app")
        with tracer.start_as_current_span("default client"):
            async with Client(fake.account_sid, fake.auth_token, base_url=base_url) as client:
                await client.messages.create(**send)
        with tracer.start_as_current_span("own httpx client"):
            async with httpx.AsyncClient() as own, Client(
                fake.account_sid, fake.auth_token, base_url=base_url, http_client=own
            ) as client:
                await client.messages.create(**send)
        with tracer.start_as_current_span("plain httpx"):
            async with httpx.AsyncClient() as plain:
                await plain.get(base_url + "/health")

    with fake.run_in_thread() as base_url:
        asyncio.run(main(base_url))
    spans = exporter.get_finished_spans()
    names = {span.context.span_id: span.name for span in spans}
    print(json.dumps([
        [span.name, span.kind.name, names.get(span.parent.span_id) if span.parent else None,
         (span.attributes or {}).get("http.response.status_code", "-")]
        for span in spans
    ]))
    """
)


def test_default_client_is_traced_once_per_call_with_httpx_instrumentation_on() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    spans = json.loads(result.stdout.strip().splitlines()[-1])
    assert sorted(map(tuple, spans)) == sorted(
        [
            ("twilio messages.create", "CLIENT", "default client", 201),
            ("default client", "INTERNAL", None, "-"),
            # httpx's own span for the same request is suppressed: one span per call.
            ("twilio messages.create", "CLIENT", "own httpx client", 201),
            ("own httpx client", "INTERNAL", None, "-"),
            # httpx's instrumentation still traces everything else (its attribute names
            # follow OTEL_SEMCONV_STABILITY_OPT_IN, so only ours are compared).
            ("GET", "CLIENT", "plain httpx", "-"),
            ("plain httpx", "INTERNAL", None, "-"),
        ]
    )
