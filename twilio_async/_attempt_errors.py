"""What a failed attempt becomes: the typed :class:`~twilio_async.TwilioError` to raise,
carrying the request's identity, and whether the retry loop may try again.

The decision itself is :meth:`RetryPolicy.classify <twilio_async.RetryPolicy.classify>`;
this module builds the errors (a Twilio error body, or a proxy's HTML page, into a
:class:`~twilio_async.TwilioAPIError`; an httpx exception into a connection or timeout
error) and, for the last attempt, the error the caller sees.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx
import orjson

from twilio_async._exceptions import (
    AuthenticationError,
    InvalidRequestError,
    InvalidResponseError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TwilioAPIError,
    TwilioConnectionError,
    TwilioError,
    TwilioOutcomeUnknownError,
    TwilioTimeoutError,
)
from twilio_async._telemetry import log_fields

if TYPE_CHECKING:
    from twilio_async._request import Call
    from twilio_async._retry import Disposition

__all__ = [
    "AttemptFailed",
    "api_error",
    "final_error",
    "invalid_body",
    "redact",
    "transport_error",
]

logger = logging.getLogger("twilio_async")

# Credentials, and one-time codes (Verify's Code and CustomCode) which are secrets too.
_SECRET_PARAM = re.compile(r"token|secret|password|credential|^(custom)?code$", re.IGNORECASE)


def redact(params: Mapping[str, Any] | None) -> dict[str, Any]:
    """Copy request parameters for an error or a log line, hiding anything secret."""
    if not params:
        return {}
    return {k: "<redacted>" if _SECRET_PARAM.search(k) else v for k, v in params.items()}


class AttemptFailed(Exception):
    """Internal: one attempt failed; ``disposition`` says whether to try again."""

    def __init__(
        self, error: TwilioError, disposition: Disposition, retry_after: float | None = None
    ) -> None:
        self.error = error
        self.disposition = disposition
        self.retry_after = retry_after


_STATUS_ERRORS: dict[int, type[TwilioAPIError]] = {
    400: InvalidRequestError,
    422: InvalidRequestError,
    401: AuthenticationError,
    403: AuthenticationError,
    404: NotFoundError,
    429: RateLimitError,
}


def _error_class(status: int) -> type[TwilioAPIError]:
    if status >= 500:
        return ServerError
    return _STATUS_ERRORS.get(status, TwilioAPIError)


def _excerpt(content: bytes) -> str:
    """The start of a body, whitespace collapsed, for an error message."""
    return " ".join(content[:2000].decode("utf-8", "replace").split())[:200]


def api_error(
    call: Call, response: httpx.Response, retry_after: float | None, attempts: int
) -> TwilioAPIError:
    """The error for a 4xx/5xx answer, from Twilio's JSON error body when there is one."""
    status = response.status_code
    body: Any = None
    try:
        body = orjson.loads(response.content) if response.content else None
    except orjson.JSONDecodeError:
        body = None
    code: int | None = None
    more_info = None
    details = None
    if isinstance(body, dict):
        raw_code = body.get("code")
        code = raw_code if isinstance(raw_code, int) else None
        message = str(body.get("message") or body.get("detail") or f"HTTP {status}")
        more_info = body.get("more_info")
        details = body.get("details") if isinstance(body.get("details"), dict) else None
    else:
        # Not Twilio's JSON (a proxy's HTML page, a load balancer): keep a short excerpt.
        text = _excerpt(response.content)
        message = f"non-JSON error body: {text}" if text else f"HTTP {status} (empty body)"
    return _error_class(status)(
        status=status,
        code=code,
        message=message,
        more_info=more_info if isinstance(more_info, str) else None,
        details=details,
        method=call.method,
        url=call.url,
        params=redact(call.params),
        request_id=response.headers.get("Twilio-Request-Id"),
        retry_after=retry_after,
        attempts=attempts,
    )


def invalid_body(call: Call, response: httpx.Response, attempts: int) -> InvalidResponseError:
    """The error for a 2xx answer whose body is not JSON."""
    return InvalidResponseError(
        "the response body is not JSON",
        method=call.method,
        url=call.url,
        status=response.status_code,
        excerpt=_excerpt(response.content),
        params=redact(call.params),
        request_id=response.headers.get("Twilio-Request-Id"),
        attempts=attempts,
    )


def transport_error(call: Call, exc: Exception, attempts: int) -> TwilioError:
    """The error for an attempt that got no answer (httpx's exception is its cause)."""
    error_cls = (
        TwilioTimeoutError if isinstance(exc, httpx.TimeoutException) else TwilioConnectionError
    )
    error = error_cls(
        f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__,
        method=call.method,
        url=call.url,
        params=redact(call.params),
        attempts=attempts,
    )
    error.__cause__ = exc
    return error


def final_error(call: Call, failed: AttemptFailed, attempts: int) -> TwilioError:
    """What the caller sees after the last attempt: its error, or, where Twilio may have
    acted on a POST, a :class:`~twilio_async.TwilioOutcomeUnknownError` wrapping it."""
    error: TwilioError = failed.error
    error.attempts = attempts
    if failed.disposition == "outcome_unknown":
        assert isinstance(error, (TwilioAPIError, TwilioConnectionError))
        error = TwilioOutcomeUnknownError(
            cause=error,
            method=call.method,
            url=call.url,
            params=redact(call.params),
            attempts=attempts,
        )
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s failed after %d attempt(s): %s",
            call.method,
            call.url,
            attempts,
            type(error).__name__,
            extra=log_fields(call, attempt=attempts, error=error),
        )
    return error
