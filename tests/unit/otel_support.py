"""In-memory OpenTelemetry SDK providers for the telemetry and redaction tests.

Each test gives its client its own providers (``tracer_provider=``/``meter_provider=``),
so nothing global is set and the rest of the suite runs without tracing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from twilio_async import Client

from .conftest import ACCOUNT_SID, AUTH_TOKEN, FakeTime


@attrs.define
class Otel:
    """SDK providers with in-memory readers, and helpers to read them back."""

    spans: InMemorySpanExporter
    reader: InMemoryMetricReader
    tracer_provider: TracerProvider
    meter_provider: MeterProvider

    def finished(self) -> list[ReadableSpan]:
        return list(self.spans.get_finished_spans())

    def only_span(self) -> ReadableSpan:
        (span,) = self.finished()
        return span

    def metrics(self) -> dict[str, list[Any]]:
        """Data points by metric name."""
        found: dict[str, list[Any]] = {}
        data = self.reader.get_metrics_data()
        for resource in data.resource_metrics if data else []:
            for scope in resource.scope_metrics:
                for metric in scope.metrics:
                    found.setdefault(metric.name, []).extend(metric.data.data_points)
        return found

    def every_value(self) -> list[str]:
        """Every span name, status, attribute and event, and every metric attribute."""
        values: list[str] = []
        for span in self.finished():
            values.append(span.name)
            values.append(span.status.description or "")
            values.extend(str(v) for v in (span.attributes or {}).values())
            for event in span.events:
                values.append(event.name)
                values.extend(str(v) for v in (event.attributes or {}).values())
        for points in self.metrics().values():
            for data_point in points:
                values.extend(str(v) for v in data_point.attributes.values())
        return values

    def client(self, fake_time: FakeTime, **kwargs: Any) -> Client:
        kwargs.setdefault("retry", fake_time.policy())
        if "api_key" not in kwargs:
            kwargs.setdefault("auth_token", AUTH_TOKEN)
        return Client(
            account_sid=ACCOUNT_SID,
            tracer_provider=self.tracer_provider,
            meter_provider=self.meter_provider,
            **kwargs,
        )


def in_memory_otel() -> Iterator[Otel]:
    """Body of an ``otel`` fixture: providers for one test, shut down after it."""
    spans = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(spans))
    reader = InMemoryMetricReader()
    meter_provider = MeterProvider(metric_readers=[reader])
    yield Otel(spans, reader, tracer_provider, meter_provider)
    tracer_provider.shutdown()
    meter_provider.shutdown()
