"""What a failed attempt becomes: the typed :class:`~twilio_async.TwilioError` to raise,
carrying the request's identity, and whether the retry loop may try again.

The decision itself is :meth:`RetryPolicy.classify <twilio_async.RetryPolicy.classify>`;
this module builds the errors (an error body in any of Twilio's shapes, or a proxy's HTML
page, into a :class:`~twilio_async.TwilioAPIError` refined by its Twilio code; an httpx
exception into a connection or timeout error) and, for the last attempt, the error the
caller sees, shown as the client's ``redact_pii`` says.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import httpx

from twilio_async._error_body import excerpt, parse_error_body
from twilio_async._error_codes import error_class
from twilio_async._exceptions import (
    InvalidResponseError,
    TwilioAPIError,
    TwilioConnectionError,
    TwilioError,
    TwilioOutcomeUnknownError,
    TwilioTimeoutError,
    _RequestIdentity,
)
from twilio_async._redaction import redact_params, secret_values

if TYPE_CHECKING:
    from twilio_async._request import Call
    from twilio_async._retry import Disposition
    from twilio_async._telemetry import Telemetry

__all__ = [
    "AttemptFailed",
    "api_error",
    "final_error",
    "invalid_body",
    "transport_error",
]

logger = logging.getLogger("twilio_async")


class AttemptFailed(Exception):
    """Internal: one attempt failed; ``disposition`` says whether to try again."""

    def __init__(
        self, error: TwilioError, disposition: Disposition, retry_after: float | None = None
    ) -> None:
        self.error = error
        self.disposition = disposition
        self.retry_after = retry_after


def api_error(
    call: Call, response: httpx.Response, retry_after: float | None, attempts: int
) -> TwilioAPIError:
    """The error for a 4xx/5xx answer: the status family's class, refined by the body's
    Twilio code, with whatever the body said (:mod:`twilio_async._error_body`)."""
    status = response.status_code
    body = parse_error_body(response.content, status)
    return error_class(status, body.code)(
        status=status,
        code=body.code,
        message=body.message,
        more_info=body.more_info,
        details=body.details,
        method=call.method,
        url=call.url,
        params=redact_params(call.params),
        request_id=response.headers.get("Twilio-Request-Id"),
        retry_after=retry_after,
        attempts=attempts,
        title=body.title,
        detail=body.detail,
        problem_type=body.problem_type,
        instance=body.instance,
        errors=body.errors,
    )


def invalid_body(call: Call, response: httpx.Response, attempts: int) -> InvalidResponseError:
    """The error for a 2xx answer whose body is not JSON."""
    return InvalidResponseError(
        "the response body is not JSON",
        method=call.method,
        url=call.url,
        status=response.status_code,
        excerpt=excerpt(response.content),
        params=redact_params(call.params),
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
        params=redact_params(call.params),
        attempts=attempts,
    )
    error.__cause__ = exc
    return error


def final_error(
    call: Call, failed: AttemptFailed, attempts: int, telemetry: Telemetry
) -> TwilioError:
    """What the caller sees after the last attempt: its error, or, where Twilio may have
    acted on a POST, a :class:`~twilio_async.TwilioOutcomeUnknownError` wrapping it. Its
    text shows the request as ``telemetry`` shows URLs (the client's ``redact_pii``), and
    never the request's secret values."""
    error: TwilioError = failed.error
    error.attempts = attempts
    if failed.disposition == "outcome_unknown":
        assert isinstance(error, (TwilioAPIError, TwilioConnectionError))
        error = TwilioOutcomeUnknownError(
            cause=error,
            method=call.method,
            url=call.url,
            params=redact_params(call.params),
            attempts=attempts,
        )
    if isinstance(error, _RequestIdentity):
        secrets = secret_values(call.params)
        error._shown_as(call.operation, redact=telemetry.redact_pii, secrets=secrets)
    if logger.isEnabledFor(logging.DEBUG):
        fields = telemetry.log_fields(call, attempt=attempts, error=error)
        logger.debug(
            "%s %s failed after %d attempt(s): %s",
            call.method,
            fields["url.full"],
            attempts,
            type(error).__name__,
            extra=fields,
        )
    return error
