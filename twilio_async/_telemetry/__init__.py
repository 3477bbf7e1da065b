"""Observability for the transport: OpenTelemetry traces and metrics, structured log fields.

The transport calls a few narrow hooks (:meth:`Telemetry.start`, then the returned
:class:`Observer`'s methods); everything else lives here. Nothing from ``opentelemetry`` is
imported until the application has imported it itself: before that no SDK can have been
configured, so a process without OpenTelemetry pays one dictionary lookup per call.
"""

from __future__ import annotations

import logging
import re
import sys
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

from twilio_async._redaction import safe_url, shown_url

if TYPE_CHECKING:
    import httpx

    from twilio_async._exceptions import TwilioError
    from twilio_async._limiter import Limiter

__all__ = [
    "CallInfo",
    "Observer",
    "Telemetry",
    "error_fields",
    "fallback_operation",
    "full_url",
    "guard_httpx_log",
    "operation_name",
]

_logger = logging.getLogger("twilio_async")

# Twilio SIDs: two capital letters and 32 hex digits. Replaced in fallback span names so a
# name stays the same for every record (span names must have low cardinality).
_SID = re.compile(r"\b[A-Z]{2}[0-9a-fA-F]{32}\b")
# Modules whose presence means the application may have configured OpenTelemetry.
_OTEL_MODULES = ("opentelemetry.trace", "opentelemetry.metrics")


class CallInfo(Protocol):
    """What the hooks read from the transport's per-call state."""

    method: str
    url: str
    operation: str | None


class Observer(Protocol):
    """Records one logical call: a span, per-attempt metrics, retries."""

    async def run(self, send: Callable[[Any], Awaitable[Any]], call: Any) -> Any:
        """Await ``send(call)`` inside the call's span; record how it ended."""

    def queued(self) -> None:
        """An attempt starts waiting for a concurrency slot."""

    def admitted(self) -> None:
        """The attempt got its slot (its request is built after this, then sent)."""

    async def send(self, sending: Awaitable[httpx.Response]) -> httpx.Response:
        """Await one attempt's response (a slot is held) and record its outcome."""

    def retrying(self, attempt: int, delay: float, error: TwilioError) -> None:
        """Attempt ``attempt`` failed; the next starts after ``delay`` seconds."""


def full_url(url: str, operation: str | None = None) -> str:
    """The URL shown with ``redact_pii=False``: only user info and secrets hidden."""
    return safe_url(url)


class Telemetry:
    """One per transport: decides, per call, whether anything is recorded.

    ``tracer_provider`` and ``meter_provider`` default to OpenTelemetry's global ones,
    looked up on every call, so an SDK configured after the client was created is used.
    ``redact_pii`` chooses how URLs are shown in spans and log records (see
    :mod:`twilio_async._redaction`); secrets are hidden either way.
    """

    __slots__ = (
        "_backend",
        "_limiter",
        "_meter_provider",
        "_tracer_provider",
        "redact_pii",
        "show_url",
    )

    def __init__(
        self,
        limiter: Limiter,
        tracer_provider: Any = None,
        meter_provider: Any = None,
        *,
        redact_pii: bool = True,
    ) -> None:
        self._limiter = limiter
        self._tracer_provider = tracer_provider
        self._meter_provider = meter_provider
        self._backend: Any = None
        self.redact_pii = redact_pii
        self.show_url: Callable[[str, str | None], str] = shown_url if redact_pii else full_url

    def start(self, call: CallInfo) -> Observer | None:
        """An observer for ``call``, or ``None`` when nothing would be recorded."""
        backend = self._backend
        if backend is None:
            modules = sys.modules
            if _OTEL_MODULES[0] not in modules and _OTEL_MODULES[1] not in modules:
                return None
            try:
                from twilio_async._telemetry._otel import Backend
            except ImportError:  # an OpenTelemetry API too old for us: run untraced
                backend = self._backend = _Off()
            else:
                backend = self._backend = Backend(
                    self._limiter, self._tracer_provider, self._meter_provider, self.show_url
                )
        observer: Observer | None = backend.start(call)
        return observer

    def log_fields(
        self,
        call: CallInfo,
        *,
        attempt: int,
        error: TwilioError | None = None,
        delay: float | None = None,
    ) -> dict[str, Any]:
        """``extra=`` fields for a log record about ``call`` (never a secret or a parameter);
        ``url.full`` is the URL as this client shows it."""
        fields: dict[str, Any] = {
            "http.request.method": call.method,
            "url.full": self.show_url(call.url, call.operation),
            "twilio.attempt": attempt,
        }
        if call.operation is not None:
            fields["twilio.operation"] = operation_name(call.operation)
        if delay is not None:
            fields["twilio.retry.delay"] = delay
        if error is not None:
            fields.update(error_fields(error))
        return fields

    def log_response(
        self, call: CallInfo, response: httpx.Response, attempt: int, started: float
    ) -> None:
        """The INFO line for one HTTP response (``TWILIO_LOG=info``), ``started`` being its
        ``time.perf_counter()`` at admission: never a parameter, the URL as shown."""
        request_id = response.headers.get("Twilio-Request-Id")
        elapsed = (time.perf_counter() - started) * 1000
        fields = self.log_fields(call, attempt=attempt)
        _logger.info(
            "HTTP %s %s -> %d (request id %s, %.1f ms, attempt %d)",
            call.method,
            fields["url.full"],
            response.status_code,
            request_id or "none",
            elapsed,
            attempt,
            extra={
                **fields,
                "http.response.status_code": response.status_code,
                "twilio.request_id": request_id,
            },
        )


class _Off:
    """The backend when OpenTelemetry cannot be used: records nothing."""

    def start(self, call: CallInfo) -> None:
        return None


_VERSION = re.compile(r"v\d+")
_NAMES: dict[str, str] = {}


def operation_name(operation: str) -> str:
    """The short name of an operation id: ``api.v2010.accounts.messages.create`` is
    ``messages.create``, ``verify.v2.services.verifications.create`` is
    ``verify.services.verifications.create``.

    The API version is dropped, and so are the ``api`` product and the ``accounts`` parent
    that every v2010 resource but the account itself has. Other names pass unchanged.
    """
    name = _NAMES.get(operation)
    if name is None:
        parts = operation.split(".")
        if len(parts) > 2 and _VERSION.fullmatch(parts[1]):
            del parts[1]
            if parts[0] == "api":
                del parts[0]
                if parts[0] == "accounts" and len(parts) > 2:
                    del parts[0]
        name = ".".join(parts)
        if len(_NAMES) < 4096:
            _NAMES[operation] = name
    return name


def fallback_operation(method: str, url: str) -> str:
    """A low-cardinality name when the caller gave no operation: method and path, with
    SIDs as ``{sid}`` and segments holding phone numbers or emails as ``REDACTED``."""
    path = urlsplit(shown_url(url)).path or "/"
    return f"{method} {_SID.sub('{sid}', path)}"


def error_fields(error: BaseException) -> dict[str, Any]:
    """Status, Twilio error code, request id and ``error.type`` of a failed call."""
    from twilio_async._exceptions import TwilioAPIError, TwilioOutcomeUnknownError

    fields: dict[str, Any] = {}
    if isinstance(error, TwilioOutcomeUnknownError):
        fields["twilio.outcome"] = "unknown"
        error = error.cause
    if isinstance(error, TwilioAPIError):
        fields["http.response.status_code"] = error.status
        fields["error.type"] = str(error.status)
        if error.code is not None:
            fields["twilio.error_code"] = error.code
        if error.request_id is not None:
            fields["twilio.request_id"] = error.request_id
    else:
        cause = error.__cause__ if error.__cause__ is not None else error
        fields["error.type"] = type(cause).__qualname__
    return fields


class _HttpxLogGuard(logging.Filter):
    """Shows the URL in httpx's own ``HTTP Request: ...`` INFO line as twilio_async would.

    httpx logs every request's full URL (phone numbers in Lookups paths and list filters
    included) on the ``httpx`` logger, which a plain ``logging.basicConfig(level=INFO)``
    prints. Only requests to hosts a redacting client talks to are touched; the filter
    runs only when that logger is enabled for INFO.
    """

    def __init__(self) -> None:
        super().__init__()
        self.netlocs: set[str] = set()
        self.host_suffixes: set[str] = set()

    def watch(self, base_url: str) -> None:
        netloc = urlsplit(base_url.replace("{product}", "product")).netloc
        if "{product}" in urlsplit(base_url).netloc:  # a host per product: match its suffix
            self.host_suffixes.add(netloc.partition("product")[2].partition(":")[0])
        else:
            self.netlocs.add(netloc)

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 2 and self._ours(args[1]):
            record.args = (args[0], shown_url(str(args[1])), *args[2:])
        return True

    def _ours(self, url: object) -> bool:
        host, netloc = getattr(url, "host", None), getattr(url, "netloc", None)
        if not isinstance(host, str) or not isinstance(netloc, bytes):
            return False  # not httpx's request line
        return netloc.decode("ascii", "replace") in self.netlocs or any(
            host.endswith(suffix) for suffix in self.host_suffixes
        )


_HTTPX_GUARD = _HttpxLogGuard()


def guard_httpx_log(base_urls: Iterable[str]) -> None:
    """Hide personal data in httpx's request log lines for these base URLs (see
    :class:`_HttpxLogGuard`); installed on the ``httpx`` logger once per process."""
    for base_url in base_urls:
        _HTTPX_GUARD.watch(base_url)
    httpx_logger = logging.getLogger("httpx")
    if _HTTPX_GUARD not in httpx_logger.filters:
        httpx_logger.addFilter(_HTTPX_GUARD)
