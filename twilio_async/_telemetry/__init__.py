"""Observability for the transport: OpenTelemetry traces and metrics, structured log fields.

The transport calls a few narrow hooks (:meth:`Telemetry.start`, then the returned
:class:`Observer`'s methods); everything else lives here. Nothing from ``opentelemetry`` is
imported until the application has imported it itself: before that no SDK can have been
configured, so a process without OpenTelemetry pays one dictionary lookup per call.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit

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
    "operation_name",
    "log_fields",
    "safe_url",
]

_SECRET_PARAM = re.compile(r"(?<!page)token|secret|password|credential|signature", re.IGNORECASE)
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


class Telemetry:
    """One per transport: decides, per call, whether anything is recorded.

    ``tracer_provider`` and ``meter_provider`` default to OpenTelemetry's global ones,
    looked up on every call, so an SDK configured after the client was created is used.
    """

    __slots__ = ("_backend", "_limiter", "_meter_provider", "_tracer_provider")

    def __init__(
        self,
        limiter: Limiter,
        tracer_provider: Any = None,
        meter_provider: Any = None,
    ) -> None:
        self._limiter = limiter
        self._tracer_provider = tracer_provider
        self._meter_provider = meter_provider
        self._backend: Any = None

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
                    self._limiter, self._tracer_provider, self._meter_provider
                )
        observer: Observer | None = backend.start(call)
        return observer


class _Off:
    """The backend when OpenTelemetry cannot be used: records nothing."""

    def start(self, call: CallInfo) -> None:
        return None


def safe_url(url: str) -> str:
    """``url`` without user info and with the values of secret-looking query keys hidden."""
    if "?" not in url and "@" not in url:
        return url  # the common case: our URLs never carry credentials
    parts = urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(_SECRET_PARAM.search(key) for key, _ in pairs):
            query = urlencode([(k, "REDACTED" if _SECRET_PARAM.search(k) else v) for k, v in pairs])
    return parts._replace(netloc=netloc, query=query).geturl()


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
    """A low-cardinality name when the caller gave no operation: method and path template."""
    path = urlsplit(url).path or "/"
    return f"{method} {_SID.sub('{sid}', path)}"


def log_fields(
    call: CallInfo,
    *,
    attempt: int,
    error: TwilioError | None = None,
    delay: float | None = None,
) -> dict[str, Any]:
    """``extra=`` fields for a log record about ``call`` (never a secret or a parameter)."""
    fields: dict[str, Any] = {
        "http.request.method": call.method,
        "url.full": safe_url(call.url),
        "twilio.attempt": attempt,
    }
    if call.operation is not None:
        fields["twilio.operation"] = operation_name(call.operation)
    if delay is not None:
        fields["twilio.retry.delay"] = delay
    if error is not None:
        fields.update(error_fields(error))
    return fields


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
