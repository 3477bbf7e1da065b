"""The OpenTelemetry side of :mod:`twilio_async._telemetry` (imported only when the app uses it).

One CLIENT span per logical call, named ``twilio <operation>`` (``twilio messages.create``),
with OpenTelemetry's HTTP client attributes for the final attempt and Twilio's own facts.
Each failed attempt that is retried is a ``twilio.retry`` span event on that span (one span
per call keeps traces readable and cheap; the events carry the attempt's status, Twilio
error code, request id and the backoff delay). While the span is current, OpenTelemetry's
HTTP instrumentations are suppressed, so a user who also enabled httpx's global
instrumentation sees our span once per call instead of a mix of ours and httpx's.

Metrics: ``http.client.request.duration`` per attempt, ``twilio.client.retries`` and
``twilio.client.rate_limited`` counters, and the limiter's state as observable gauges.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any

from opentelemetry import context as otel_context
from opentelemetry import metrics, trace
from opentelemetry.metrics import CallbackOptions, Observation
from opentelemetry.trace import SpanKind, Status, StatusCode

from twilio_async._exceptions import TwilioAPIError
from twilio_async._redaction import shown_url
from twilio_async._telemetry import (
    CallInfo,
    error_fields,
    fallback_operation,
    operation_name,
)
from twilio_async._version import __version__

if TYPE_CHECKING:
    import httpx

    from twilio_async._exceptions import TwilioError
    from twilio_async._limiter import Limiter

__all__ = ["Backend"]

_SCOPE = "twilio_async"
# OpenTelemetry's HTTP instrumentations skip requests while this context key is set. The
# key lives in the API package; it is private there, so it is looked up defensively.
_SUPPRESS_HTTP = getattr(otel_context, "_SUPPRESS_HTTP_INSTRUMENTATION_KEY", None)
# The buckets the HTTP semantic conventions advise for http.client.request.duration.
_DURATION_BUCKETS = (
    0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0,
)  # fmt: skip
_DEFAULT_PORTS = {"https": 443, "http": 80}
# Time waiting for a concurrency slot worth an attribute: below it, a slot was free.
_NOTABLE_WAIT = 0.001
# How often a process with the API but no SDK looks for a newly configured one.
_RECHECK_SECONDS = 1.0


def _no_provider(provider: object) -> bool:
    # The API's stand-ins for "no SDK configured": a proxy until set_*_provider, or a no-op.
    name = type(provider).__name__
    return name.startswith(("_Proxy", "Proxy", "NoOp"))


class _Instruments:
    """The metric instruments of one meter provider, shared by every client using it."""

    def __init__(self, provider: Any) -> None:
        meter = provider.get_meter(_SCOPE, __version__)
        self.limiters: weakref.WeakSet[Limiter] = weakref.WeakSet()
        try:
            self.duration = meter.create_histogram(
                "http.client.request.duration",
                unit="s",
                description="Duration of HTTP client requests (one per attempt).",
                explicit_bucket_boundaries_advisory=_DURATION_BUCKETS,
            )
        except TypeError:  # an API older than 1.23 has no advisory boundaries
            self.duration = meter.create_histogram(
                "http.client.request.duration",
                unit="s",
                description="Duration of HTTP client requests (one per attempt).",
            )
        self.retries = meter.create_counter(
            "twilio.client.retries",
            unit="{retry}",
            description="Attempts retried after a failure, by error.type.",
        )
        self.rate_limited = meter.create_counter(
            "twilio.client.rate_limited",
            unit="{response}",
            description="HTTP 429 answers from Twilio, by twilio.error_code.",
        )
        for name, read, description in (
            ("twilio.client.limiter.in_flight", "in_flight", "Requests holding a slot."),
            ("twilio.client.limiter.limit", "limit", "The current concurrency limit."),
            ("twilio.client.limiter.waiting", "waiting", "Requests waiting for a slot."),
        ):
            meter.create_observable_gauge(
                name,
                callbacks=[self._observe(read)],
                unit="{request}",
                description=description + " Summed over the clients in the process.",
            )

    def _observe(self, attribute: str) -> Callable[[CallbackOptions], Iterable[Observation]]:
        limiters = self.limiters

        def callback(options: CallbackOptions) -> Iterable[Observation]:
            live = list(limiters)
            if not live:
                return []
            return [Observation(sum(getattr(limiter, attribute) for limiter in live))]

        return callback


# One instrument set per meter provider: creating an instrument twice on one meter warns.
_INSTRUMENTS: dict[int, tuple[Any, _Instruments]] = {}


def _instruments_for(provider: Any) -> _Instruments | None:
    if _no_provider(provider):
        return None
    entry = _INSTRUMENTS.get(id(provider))
    if entry is None or entry[0] is not provider:
        entry = _INSTRUMENTS[id(provider)] = (provider, _Instruments(provider))
    return entry[1]


class Backend:
    """Per-transport state: which providers are in use, and their tracer and instruments.

    Global providers are looked up again at most once per ``_RECHECK_SECONDS`` while one of
    them is still the API's stand-in: the lookup reads ``os.environ`` (about 2 µs), too much
    for every call of a process that has the API but no SDK. A global provider, once set,
    cannot change, so after that there is no lookup at all.
    """

    __slots__ = (
        "_limiter",
        "_meter_provider",
        "_origins",
        "_recheck_at",
        "_tracer_provider",
        "_unresolved",
        "instruments",
        "show_url",
        "tracer",
    )

    def __init__(
        self,
        limiter: Limiter,
        tracer_provider: Any,
        meter_provider: Any,
        show_url: Callable[[str, str | None], str] = shown_url,
    ):
        self._limiter = limiter
        self._tracer_provider = tracer_provider
        self._meter_provider = meter_provider
        self.show_url = show_url
        self._origins: dict[str, tuple[str, int]] = {}
        self._unresolved = True
        self._recheck_at = 0.0
        self.tracer: trace.Tracer | None = None
        self.instruments: _Instruments | None = None

    def start(self, call: CallInfo) -> _Observer | None:
        if self._unresolved:
            now = time.monotonic()
            if now >= self._recheck_at:
                self._recheck_at = now + _RECHECK_SECONDS
                self._resolve()
        if self.tracer is None and self.instruments is None:
            return None
        return _Observer(self, call)

    def _resolve(self) -> None:
        tracer_provider = self._tracer_provider or trace.get_tracer_provider()
        if self.tracer is None and not _no_provider(tracer_provider):
            self.tracer = tracer_provider.get_tracer(_SCOPE, __version__)
        meter_provider = self._meter_provider or metrics.get_meter_provider()
        if self.instruments is None:
            self.instruments = _instruments_for(meter_provider)
            if self.instruments is not None:
                self.instruments.limiters.add(self._limiter)
        self._unresolved = self.tracer is None or self.instruments is None

    def origin(self, url: str) -> tuple[str, int]:
        """``server.address`` and ``server.port`` of an absolute URL (cached per origin)."""
        end = url.find("/", url.find("//") + 2)
        prefix = url if end < 0 else url[:end]
        found = self._origins.get(prefix)
        if found is None:
            scheme, _, netloc = prefix.partition("://")
            host, _, port = netloc.rpartition("@")[2].partition(":")
            found = (host, int(port) if port.isdigit() else _DEFAULT_PORTS.get(scheme, 443))
            if len(self._origins) < 64:
                self._origins[prefix] = found
        return found


class _Observer:
    """One logical call: its span, its attempts and its retries."""

    __slots__ = (
        "_address",
        "_backoff",
        "_instruments",
        "_last_request_id",
        "_last_status",
        "_method",
        "_port",
        "_queued_at",
        "_slot_wait",
        "_span",
        "_tracer",
        "_url",
        "attempts",
        "operation",
    )

    def __init__(self, backend: Backend, call: CallInfo) -> None:
        self._tracer = backend.tracer
        self._instruments = backend.instruments
        operation = call.operation
        self.operation = (
            operation_name(operation)
            if operation is not None
            else fallback_operation(call.method, call.url)
        )
        self.attempts = 0
        self._queued_at = 0.0
        self._slot_wait = 0.0
        self._backoff = 0.0
        self._last_status: int | None = None
        self._last_request_id: str | None = None
        self._span: trace.Span | None = None
        self._method = call.method
        self._address, self._port = backend.origin(call.url)
        self._url = backend.show_url(call.url, operation) if self._tracer is not None else ""

    async def run(self, send: Callable[[Any], Awaitable[Any]], call: Any) -> Any:
        ctx = otel_context.get_current()
        span = None
        if self._tracer is not None:
            span = self._tracer.start_span(
                f"twilio {self.operation}",
                context=ctx,
                kind=SpanKind.CLIENT,
                attributes={
                    "http.request.method": self._method,
                    "server.address": self._address,
                    "server.port": self._port,
                    "url.full": self._url,
                },
            )
            if span.is_recording():
                self._span = span
                ctx = trace.set_span_in_context(span, ctx)
        if _SUPPRESS_HTTP is not None:
            ctx = otel_context.set_value(_SUPPRESS_HTTP, True, ctx)
        token = otel_context.attach(ctx)
        try:
            result = await send(call)
        except BaseException as exc:
            self._failed(exc)
            raise
        else:
            self._succeeded(result)
            return result
        finally:
            otel_context.detach(token)
            if span is not None:
                span.end()

    def queued(self) -> None:
        self._queued_at = time.perf_counter()

    def admitted(self) -> None:
        self._slot_wait += time.perf_counter() - self._queued_at

    async def send(self, sending: Awaitable[httpx.Response]) -> httpx.Response:
        started = time.perf_counter()
        self.attempts += 1
        try:
            response = await sending
        except Exception as exc:
            self._last_status = self._last_request_id = None
            self._attempt_done(started, None, type(exc).__qualname__)
            raise
        status = response.status_code
        self._last_status = status
        self._last_request_id = response.headers.get("Twilio-Request-Id")
        self._attempt_done(started, status, str(status) if status >= 400 else None)
        return response

    def _attempt_done(self, started: float, status: int | None, error_type: str | None) -> None:
        instruments = self._instruments
        if instruments is None:
            return
        # Low-cardinality attributes only: the operation, never the URL.
        attributes: dict[str, Any] = {
            "http.request.method": self._method,
            "server.address": self._address,
            "server.port": self._port,
            "twilio.operation": self.operation,
        }
        if status is not None:
            attributes["http.response.status_code"] = status
        if error_type is not None:
            attributes["error.type"] = error_type
        instruments.duration.record(time.perf_counter() - started, attributes)

    def retrying(self, attempt: int, delay: float, error: TwilioError) -> None:
        self._backoff += delay
        fields = error_fields(error)
        instruments = self._instruments
        if instruments is not None:
            common = {"twilio.operation": self.operation, "error.type": fields["error.type"]}
            instruments.retries.add(1, common)
            self._count_rate_limited(error)
        if self._span is not None:
            fields["twilio.attempt"] = attempt
            fields["twilio.retry.delay"] = delay
            self._span.add_event("twilio.retry", fields)

    def _count_rate_limited(self, error: BaseException) -> None:
        instruments = self._instruments
        if instruments is None or not isinstance(error, TwilioAPIError) or error.status != 429:
            return
        attributes: dict[str, Any] = {"twilio.operation": self.operation}
        if error.code is not None:
            attributes["twilio.error_code"] = error.code
        instruments.rate_limited.add(1, attributes)

    def _end_attributes(self) -> dict[str, Any]:
        # Gathered into one dict: the SDK takes a lock per set_attribute call. It also spends
        # ~2.5 µs validating each attribute, so the ones that say nothing new are left out:
        # the operation is the span's name, and a wait under a millisecond found a free slot.
        attributes: dict[str, Any] = {"twilio.attempts": self.attempts}
        if self._slot_wait >= _NOTABLE_WAIT:
            attributes["twilio.limiter.wait_duration"] = self._slot_wait
        if self._last_status is not None:
            attributes["http.response.status_code"] = self._last_status
        if self._last_request_id is not None:
            attributes["twilio.request_id"] = self._last_request_id
        if self.attempts > 1:
            attributes["http.request.resend_count"] = self.attempts - 1
        if self._backoff:
            attributes["twilio.retry.backoff_duration"] = self._backoff
        return attributes

    def _succeeded(self, result: Any) -> None:
        span = self._span
        if span is None:
            return
        attributes = self._end_attributes()
        if not isinstance(result, dict):  # an ApiResponse: the JSON with status and headers
            result = getattr(result, "data", None)
        if isinstance(result, dict):
            sid = result.get("sid")
            if isinstance(sid, str):
                attributes["twilio.resource_sid"] = sid
        span.set_attributes(attributes)

    def _failed(self, exc: BaseException) -> None:
        fields = error_fields(exc)
        cause = getattr(exc, "cause", exc)
        self._count_rate_limited(cause)
        span = self._span
        if span is None:
            return
        span.set_attributes({**self._end_attributes(), **fields})
        # The description names the failure without Twilio's message, which can quote
        # the request's parameters (phone numbers, a body).
        description = f"{fields['error.type']}"
        if "twilio.error_code" in fields:
            description += f" (Twilio error {fields['twilio.error_code']})"
        if fields.get("twilio.outcome") == "unknown":
            description = "outcome unknown: " + description
        span.set_status(Status(StatusCode.ERROR, description))
