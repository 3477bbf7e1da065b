"""Trace and measure twilio_async with OpenTelemetry, printed to the console.

Two messages are sent at once to the fake Twilio, which accepts one request at a time: one
create is answered 429, retried, and succeeds. The console shows each call's span (with the
retry as a ``twilio.retry`` event) and the metrics.

Run: ``python -m examples.otel_console`` (needs ``pip install twilio-async[otel,testing]
opentelemetry-sdk``). In an application you set the providers once, globally
(``trace.set_tracer_provider(...)``, ``metrics.set_meter_provider(...)``) or let
``opentelemetry-instrument`` do it; every ``Client`` then uses them. Here they are passed to
the client, which is the other way to choose them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from functools import partial
from typing import IO

import anyio
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import (
    ConsoleMetricExporter,
    MetricsData,
    PeriodicExportingMetricReader,
)
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import ConsoleSpanExporter, SimpleSpanProcessor

from twilio_async import RetryEvent, RetryPolicy
from twilio_async.testing import FakeTwilio

FROM = "+15017122661"
BODY = "Your verification code is 734152"


def span_line(span: ReadableSpan) -> str:
    """One span as an indented block: name, status, attributes, then its events."""
    status = span.status.status_code.name
    lines = [f"{span.name} [{span.kind.name}, {status}]"]
    lines += [f"  {key} = {value!r}" for key, value in (span.attributes or {}).items()]
    for event in span.events:
        lines.append(f"  event {event.name}")
        lines += [f"    {key} = {value!r}" for key, value in (event.attributes or {}).items()]
    return "\n".join(lines) + "\n"


def _points(data: MetricsData) -> Iterator[str]:
    for resource in data.resource_metrics:
        for scope in resource.scope_metrics:
            for metric in scope.metrics:
                for point in metric.data.data_points:
                    value = getattr(point, "value", None)
                    if value is None:  # a histogram: show how many and the total
                        value = f"count={point.count} sum={point.sum:.4f}"  # type: ignore[union-attr]
                    yield f"{metric.name} {dict(point.attributes or {})} {value}"


def metrics_lines(data: MetricsData) -> str:
    """Every data point on its own line."""
    return "".join(f"{line}\n" for line in _points(data))


def providers(out: IO[str]) -> tuple[TracerProvider, MeterProvider]:
    """SDK providers that print spans as they end, and metrics when shut down."""
    resource = Resource.create({"service.name": "sms-sender"})
    tracer_provider = TracerProvider(resource=resource)
    tracer_provider.add_span_processor(
        SimpleSpanProcessor(ConsoleSpanExporter(out=out, formatter=span_line))
    )
    reader = PeriodicExportingMetricReader(
        ConsoleMetricExporter(out=out, formatter=metrics_lines), export_interval_millis=60_000
    )
    return tracer_provider, MeterProvider(metric_readers=[reader], resource=resource)


async def main(out: IO[str] = sys.stdout) -> None:
    """Send two messages at once through a fake that takes one at a time."""
    tracer_provider, meter_provider = providers(out)
    retried = anyio.Event()

    async def hold_until_a_retry(request: object) -> None:
        await retried.wait()  # keep the first request in flight until the second got its 429

    def on_retry(event: RetryEvent) -> None:
        retried.set()

    fake = FakeTwilio(max_concurrency=1, retry_after=0, delay_hook=hold_until_a_retry)
    client = fake.client(
        tracer_provider=tracer_provider,
        meter_provider=meter_provider,
        retry=RetryPolicy(base_delay=0.05, on_retry=on_retry),
    )
    async with client, anyio.create_task_group() as tasks:
        for to in ("+15558675310", "+15558675311"):
            tasks.start_soon(partial(client.messages.create, to=to, from_=FROM, body=BODY))
    tracer_provider.shutdown()
    meter_provider.shutdown()  # exports the metrics once more, to the console


if __name__ == "__main__":
    anyio.run(main)
