"""The one exception hierarchy of twilio_async.

Every error the library raises is a :class:`TwilioError`. API errors carry what Twilio
said (``code``, ``message``, ``more_info``) and what we asked (``method``, ``url``,
``params`` with secrets removed), so that a caller can log, alert or reconcile.

What an error carries and what it says differ on purpose. The attributes are the
request's complete identity (``url`` as sent, ``params`` with the recipient): the caller
needs them to decide what to do, e.g. to look a message up before sending it again.
``str()`` and ``repr()``, which end up in log files and error trackers, show the URL the
way telemetry does (path values other than SIDs as their placeholder, query values
hidden) and hide phone numbers and email addresses in Twilio's message (see
:mod:`twilio_async._redaction`), unless the client was made with ``redact_pii=False``.
Secrets (credentials, Verify codes) are in neither.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

__all__ = [
    "AuthenticationError",
    "ClientClosedError",
    "ConfigurationError",
    "InvalidRequestError",
    "InvalidResponseError",
    "NotFoundError",
    "RateLimitError",
    "RecordDecodeError",
    "ServerError",
    "TwilioAPIError",
    "TwilioConnectionError",
    "TwilioError",
    "TwilioOutcomeUnknownError",
    "TwilioRestException",
    "TwilioServiceException",
    "TwilioTimeoutError",
]


def _restore(cls: type[TwilioError], args: tuple[Any, ...], state: dict[str, Any]) -> TwilioError:
    """Rebuild an error from a pickle without calling its keyword-only ``__init__``."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class TwilioError(Exception):
    """Root of every error raised by twilio_async.

    ``attempts`` is how many HTTP attempts the call made before giving up (0 when the
    error happened before any request, e.g. a configuration error). Every error survives
    a pickle round trip with its fields (a ``ProcessPoolExecutor`` worker may raise one).
    """

    attempts: int = 0
    #: The ``Twilio-Request-Id`` of the response that caused the error (what Twilio support
    #: asks for); ``None`` when no response came (a connection error, a configuration error).
    request_id: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own __reduce__ calls cls(*args), which keyword-only fields break.
        return (_restore, (type(self), self.args, dict(self.__dict__)))

    def _attempts_suffix(self) -> str:
        if self.attempts <= 0:
            return ""
        return f" (after {self.attempts} attempt{'s' if self.attempts != 1 else ''})"


class ConfigurationError(TwilioError, ValueError):
    """The client was configured wrongly: missing or malformed credentials or options."""


class ClientClosedError(TwilioError, RuntimeError):
    """The client was used after ``aclose()`` or after its ``async with`` block ended."""


class RecordDecodeError(TwilioError, ValueError):
    """A response body could not be turned into a typed record.

    Raised instead of a bare ``KeyError``/``TypeError`` so callers catch one family.
    """

    def __init__(self, record_type: str, detail: str) -> None:
        self.record_type = record_type
        self.detail = detail
        super().__init__(f"could not decode a {record_type} record: {detail}")


class _RequestIdentity:
    """Mixin: the identity of the request that failed (never includes credentials)."""

    method: str
    url: str
    params: Mapping[str, Any]
    args: tuple[Any, ...]  # Exception's, in the classes that use the mixin
    # How str() and repr() show the request (set by the transport): the operation whose
    # path template hides path values, and whether personal data is hidden at all.
    _operation: str | None = None
    _redact: bool = True

    def _set_identity(self, method: str, url: str, params: Mapping[str, Any] | None) -> None:
        self.method = method
        self.url = url
        self.params = dict(params or {})

    def _shown_as(
        self, operation: str | None, *, redact: bool, secrets: tuple[str, ...] = ()
    ) -> None:
        """How to show this error: by ``operation``'s template, hiding personal data
        unless ``redact`` is false. ``secrets`` (the request's secret parameter values,
        such as a Verify code) are removed from every text it carries, Twilio's message
        included, in case an answer echoes them."""
        self._operation = operation
        self._redact = redact
        if secrets:
            from twilio_async._redaction import hide

            for name in ("message", "excerpt", "detail", "title"):
                text = self.__dict__.get(name)
                if isinstance(text, str):
                    self.__dict__[name] = hide(text, secrets)
            self.args = tuple(hide(a, secrets) if isinstance(a, str) else a for a in self.args)
        cause = getattr(self, "cause", None)
        if isinstance(cause, _RequestIdentity):
            cause._shown_as(operation, redact=redact, secrets=secrets)

    # _redaction is imported when an error is shown, not with the package (~3 ms).
    def _shown_url(self) -> str:
        from twilio_async._redaction import safe_url, shown_url

        return shown_url(self.url, self._operation) if self._redact else safe_url(self.url)

    def _shown(self, text: str) -> str:
        from twilio_async._redaction import scrub

        return scrub(text) if self._redact else text

    def __repr__(self) -> str:
        # Not Exception's repr: its args hold the unshown message.
        return f"{type(self).__name__}({str(self)!r})"


class TwilioAPIError(_RequestIdentity, TwilioError):
    """Twilio answered with an HTTP error status.

    Attributes mirror Twilio's error body, whichever of its shapes it came in (the classic
    ``code``/``message``/``more_info``, RFC 9457 problem details, SCIM errors): ``status``
    (HTTP status), ``code`` (Twilio's error code such as 21211, or ``None`` when the body had
    none), ``message``, ``more_info`` (link to Twilio's docs for the code) and ``details``.
    Problem details add ``title``, ``detail``, ``problem_type`` (the ``type`` URI),
    ``instance`` and ``errors`` (per-field validation errors); each is ``None`` for a body
    without it. ``request_id`` is the ``Twilio-Request-Id`` response header, which Twilio
    support asks for. ``retry_after`` is the parsed ``Retry-After`` header in seconds, if any.
    ``retryable`` says whether the same request may succeed later (see its docstring).
    ``msg`` and ``uri`` are the official SDK's names for ``message`` and ``url``.
    """

    #: Whether the condition is transient, for the typed code subclasses; ``None`` here
    #: means "decided by the HTTP status" (see :attr:`retryable`).
    RETRYABLE: ClassVar[bool | None] = None

    def __init__(
        self,
        *,
        status: int,
        code: int | None,
        message: str,
        more_info: str | None = None,
        details: Mapping[str, Any] | None = None,
        method: str = "",
        url: str = "",
        params: Mapping[str, Any] | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
        attempts: int = 1,
        title: str | None = None,
        detail: str | None = None,
        problem_type: str | None = None,
        instance: str | None = None,
        errors: Sequence[Mapping[str, Any]] | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.message = message
        self.more_info = more_info
        self.details = dict(details) if details else None
        self.request_id = request_id
        self.retry_after = retry_after
        self.attempts = attempts
        self.title = title
        self.detail = detail
        self.problem_type = problem_type
        self.instance = instance
        self.errors = [dict(e) for e in errors] if errors else None
        self._set_identity(method, url, params)
        super().__init__(message)

    @property
    def retryable(self) -> bool:
        """Whether sending the same request again later may succeed.

        True for a transient condition: 429 (Twilio's concurrency limit) and 5xx, unless the
        Twilio code says otherwise (Verify's 60202 "max check attempts" is a 429 that no
        retry fixes). It says nothing about *safety*: a POST that failed with a 5xx may have
        been acted on, which is why the client raises
        :class:`TwilioOutcomeUnknownError` instead of retrying it.
        """
        if self.RETRYABLE is not None:
            return self.RETRYABLE
        return self.status == 429 or self.status >= 500

    @property
    def msg(self) -> str:
        """The official SDK's name for :attr:`message` (``TwilioRestException.msg``)."""
        return self.message

    @property
    def uri(self) -> str:
        """The official SDK's name for :attr:`url` (``TwilioRestException.uri``)."""
        return self.url

    def __str__(self) -> str:
        code = f" [code {self.code}]" if self.code is not None else ""
        more = f" See {self.more_info}" if self.more_info else ""
        rid = f" (request id {self.request_id})" if self.request_id else ""
        return (
            f"HTTP {self.status}{code} from {self.method} {self._shown_url()}: "
            f"{self._shown(self.message)}{self._attempts_suffix()}{rid}.{more}"
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status!r}, code={self.code!r}, "
            f"message={self._shown(self.message)!r}, method={self.method!r}, "
            f"url={self._shown_url()!r}, attempts={self.attempts!r})"
        )


class InvalidRequestError(TwilioAPIError):
    """HTTP 400 or 422: Twilio rejected the parameters (e.g. 21211 invalid To)."""


class AuthenticationError(TwilioAPIError):
    """HTTP 401 or 403: wrong credentials, or no permission for this resource (20003)."""


class NotFoundError(TwilioAPIError):
    """HTTP 404: no such resource (20404)."""


class RateLimitError(TwilioAPIError):
    """HTTP 429: too many concurrent requests (20429). Twilio did not process it."""


class ServerError(TwilioAPIError):
    """HTTP 5xx: Twilio (or something in between) failed."""


class TwilioConnectionError(_RequestIdentity, TwilioError):
    """The request failed below HTTP: DNS, connection refused or reset, TLS, protocol."""

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        params: Mapping[str, Any] | None = None,
        attempts: int = 1,
    ) -> None:
        self.attempts = attempts
        self._set_identity(method, url, params)
        super().__init__(message)

    def __str__(self) -> str:
        return (
            f"{self._shown(str(self.args[0]))} ({self.method} {self._shown_url()})"
            f"{self._attempts_suffix()}"
        )


class TwilioTimeoutError(TwilioConnectionError):
    """A connect, read, write or pool timeout, or the retry policy's total deadline."""


class InvalidResponseError(_RequestIdentity, TwilioError, ValueError):
    """Twilio (or something in between) answered with a response that cannot be used.

    Raised for a success status whose body is not JSON, a list page that is not a JSON
    object, and a next-page link that would leave the API's host or loops back to a page
    already fetched. ``status`` is the HTTP status (``None`` when the problem is in a page's
    content), ``excerpt`` the start of the body. ``accepted`` is true for a 2xx status:
    Twilio acted on the request, so sending a POST again would repeat it (a second SMS).
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        status: int | None = None,
        excerpt: str = "",
        params: Mapping[str, Any] | None = None,
        request_id: str | None = None,
        attempts: int = 1,
    ) -> None:
        self.status = status
        self.excerpt = excerpt
        self.request_id = request_id
        self.attempts = attempts
        self._set_identity(method, url, params)
        super().__init__(message)

    @property
    def accepted(self) -> bool:
        """Whether the status says Twilio accepted (acted on) the request."""
        return self.status is not None and 200 <= self.status < 300

    def __str__(self) -> str:
        status = f"HTTP {self.status} " if self.status is not None else ""
        accepted = "; Twilio accepted the request, do not send it again" if self.accepted else ""
        excerpt = f": {self._shown(self.excerpt)!r}" if self.excerpt else ""
        rid = f" (request id {self.request_id})" if self.request_id else ""
        return (
            f"{status}{self.method} {self._shown_url()}: {self._shown(str(self.args[0]))}"
            f"{excerpt}{accepted}{self._attempts_suffix()}{rid}"
        )


class TwilioOutcomeUnknownError(_RequestIdentity, TwilioError):
    """A POST may or may not have been acted on by Twilio, so it was not retried.

    Raised for a request that was (or may have been) delivered but whose answer was lost:
    a read timeout, a connection dropped after sending, or a 500/502/504 on a POST. Twilio
    has no idempotency key for creating messages, so sending again could send an SMS
    twice. Reconcile instead, e.g. by listing messages with the same ``to`` and a
    ``date_sent_after`` near now. ``cause`` is the underlying error, ``params`` the
    request's parameters (secrets removed) and ``attempts`` the attempts made.
    """

    def __init__(
        self,
        *,
        cause: TwilioAPIError | TwilioConnectionError,
        method: str,
        url: str,
        params: Mapping[str, Any] | None,
        attempts: int,
    ) -> None:
        self.cause = cause
        self.attempts = attempts
        self.status: int | None = cause.status if isinstance(cause, TwilioAPIError) else None
        self.request_id = cause.request_id
        self._set_identity(method, url, params)
        super().__init__(str(cause))

    def __str__(self) -> str:
        if isinstance(self.cause, TwilioAPIError):
            what = f"HTTP {self.cause.status}: {self.cause.message}"
        else:
            what = str(self.cause.args[0]) if self.cause.args else type(self.cause).__name__
        return (
            f"outcome unknown for {self.method} {self._shown_url()}: {self._shown(what)}"
            f"{self._attempts_suffix()}; not retried because Twilio may have acted on it"
        )


#: Alias for code migrating from the official SDK (``twilio.base.exceptions``).
TwilioRestException = TwilioAPIError
#: The official SDK's separate class for RFC 9457 problem details, which its
#: ``except TwilioRestException`` misses; here both shapes are one :class:`TwilioAPIError`.
TwilioServiceException = TwilioAPIError
