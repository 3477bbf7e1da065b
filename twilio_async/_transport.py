"""The async transport: auth, hosts, form encoding, error mapping, retries, limiting.

It knows nothing about messages. Resources call :meth:`Transport.request` with a method,
a product (``api``, ``verify``, ...) and a path; it returns decoded JSON or raises a
:class:`~twilio_async.TwilioError`. The hot path builds each ``httpx.Request`` itself
(cached base URLs and headers, our own form encoder) and calls ``client.send()``, which
is plain httpx API and works with any ``httpx.AsyncClient`` a user brings.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import attrs
import httpx
import orjson

from twilio_async._encoding import encode_form, encode_value, json_default
from twilio_async._exceptions import (
    AuthenticationError,
    ClientClosedError,
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
from twilio_async._retry import (
    IDEMPOTENT_METHODS,
    IDEMPOTENT_RETRY_STATUSES,
    NO_RETRY,
    SAFE_RETRY_STATUSES,
    RetryEvent,
    RetryPolicy,
    parse_retry_after,
)
from twilio_async._telemetry import Observer, Telemetry, log_fields

if TYPE_CHECKING:
    from tenacity import RetryCallState

    from twilio_async._limiter import Limiter

__all__ = ["ApiResponse", "Transport"]

logger = logging.getLogger("twilio_async")

# Credentials, and one-time codes (Verify's Code and CustomCode) which are secrets too.
_SECRET_PARAM = re.compile(r"token|secret|password|credential|^(custom)?code$", re.IGNORECASE)
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_RETRY, _FINAL, _UNKNOWN = "retry", "final", "unknown"
_FORM = b"application/x-www-form-urlencoded"
_JSON = b"application/json"


def redact(params: Mapping[str, Any] | None) -> dict[str, Any]:
    """Copy request parameters for an error or a log line, hiding anything secret."""
    if not params:
        return {}
    return {k: "<redacted>" if _SECRET_PARAM.search(k) else v for k, v in params.items()}


# Headers the transport owns: a per-operation header parameter never replaces them.
_RESERVED_HEADERS = frozenset(
    {"authorization", "host", "content-length", "content-type", "user-agent", "accept"}
)


def _header_value(name: str, value: Any) -> bytes:
    text = encode_value(value)
    if any(c in text for c in "\r\n\0"):
        raise ValueError(f"header {name!r} must not contain line breaks")
    return text.encode("latin-1")


def _json_default(value: Any) -> Any:
    if attrs.has(type(value)):
        return attrs.asdict(value)
    return json_default(value)


class _AttemptFailed(Exception):
    """Internal: one attempt failed; ``disposition`` says whether to try again."""

    def __init__(self, error: TwilioError, disposition: str, retry_after: float | None = None):
        self.error = error
        self.disposition = disposition
        self.retry_after = retry_after


class _Call:
    """One logical request (possibly several attempts)."""

    __slots__ = (
        "content",
        "content_type",
        "deadline_at",
        "extra_headers",
        "method",
        "operation",
        "params",
        "trace",
        "url",
        "with_response",
    )

    def __init__(
        self,
        method: str,
        url: str,
        content: bytes | None,
        params: Mapping[str, Any] | None,
        deadline_at: float | None,
        content_type: bytes = _FORM,
        extra_headers: list[tuple[bytes, bytes]] | None = None,
        with_response: bool = False,
        operation: str | None = None,
    ) -> None:
        self.method = method
        self.url = url
        self.content = content
        self.params = params
        self.deadline_at = deadline_at
        self.content_type = content_type
        self.extra_headers = extra_headers
        self.with_response = with_response
        self.operation = operation
        self.trace: Observer | None = None


class ApiResponse:
    """A decoded JSON body with the status code and headers it came with."""

    __slots__ = ("data", "headers", "status_code")

    def __init__(self, data: Any, status_code: int, headers: httpx.Headers) -> None:
        self.data = data
        self.status_code = status_code
        self.headers = headers


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


class Transport:
    """Sends requests to Twilio for one client. Owned by :class:`~twilio_async.Client`."""

    def __init__(
        self,
        *,
        authorization: str,
        base_urls: Mapping[str, str],
        http_client: httpx.AsyncClient,
        owns_http_client: bool,
        timeout: httpx.Timeout,
        limiter: Limiter,
        retry: RetryPolicy | None,
        user_agent: str,
        transport_enforces_total: bool = False,
        tracer_provider: Any = None,
        meter_provider: Any = None,
    ) -> None:
        self._base_urls = dict(base_urls)
        self._http = http_client
        self._owns_http = owns_http_client
        # Whether every request reaches a FastTransport, which bounds the whole exchange by
        # the "total" timeout itself; otherwise the send is wrapped in a timeout scope.
        self._transport_enforces_total = transport_enforces_total
        self._timeout = timeout.as_dict()
        self._max_timeout = max((t for t in self._timeout.values() if t is not None), default=0.0)
        self.limiter = limiter
        self.retry = retry if retry is not None else NO_RETRY
        self.retries = 0
        """Retries made by this transport so far (for summaries and metrics)."""
        self.closed = False
        self._telemetry = Telemetry(limiter, tracer_provider, meter_provider)
        # Parsing a URL is ~15% of httpx.Request's cost; create and list URLs repeat.
        # Each cached URL comes with its Host header value.
        self._urls: dict[str, tuple[httpx.URL, bytes]] = {}
        common = [
            (b"Authorization", authorization.encode("ascii")),
            (b"User-Agent", user_agent.encode("ascii")),
            (b"Accept", b"application/json"),
            (b"Accept-Charset", b"utf-8"),
        ]
        self._get_headers = common

    def __repr__(self) -> str:
        return f"<Transport {self._base_urls.get('api', '')!s} limit={self.limiter.limit}>"

    def base_url(self, product: str) -> str:
        """The scheme and host that requests for ``product`` go to."""
        try:
            return self._base_urls[product]
        except KeyError:
            return self._base_urls["*"].replace("{product}", product)

    def url_for(self, product: str, path_or_url: str) -> str:
        """Absolute URL for a path, or for a link Twilio returned (kept on our host)."""
        if path_or_url.startswith(("http://", "https://")):
            # Twilio's v1/v2 page links are absolute; keep only path and query so paging
            # never leaves the configured host (a base_url override, a region or an edge).
            parts = urlsplit(path_or_url)
            path_or_url = parts.path + (f"?{parts.query}" if parts.query else "")
        return self.base_url(product) + path_or_url

    async def aclose(self) -> None:
        """Close the HTTP client if we created it. Idempotent."""
        if self.closed:
            return
        self.closed = True
        if self._owns_http:
            await self._http.aclose()

    async def request(
        self,
        method: str,
        product: str,
        path_or_url: str,
        *,
        query: Mapping[str, Any] | None = None,
        form: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        with_response: bool = False,
        operation: str | None = None,
    ) -> Any:
        """Send one logical request (retrying where safe) and return the decoded JSON.

        ``query`` and ``form`` use API parameter names; ``json`` is sent as a JSON body
        instead of a form; ``headers`` are added to the request (they cannot replace the
        client's own ``Authorization``). Returns ``None`` for an empty body (204 on
        delete), or an :class:`ApiResponse` with the status and headers when
        ``with_response`` is true. ``operation`` names the call in traces and logs (the
        generated operation's id); without it the name is the method and path template.
        """
        if self.closed:
            raise ClientClosedError("this twilio_async Client is closed; create a new one")
        url = self.url_for(product, path_or_url)
        if query:
            encoded = encode_form(query)
            if encoded:
                url = f"{url}{'&' if '?' in url else '?'}{encoded}"
        content_type = _FORM
        if json is not None:
            content: bytes | None = orjson.dumps(json, default=_json_default)
            content_type = _JSON
        else:
            content = encode_form(form).encode() if form is not None else None
        extra = None
        if headers:
            reserved = _RESERVED_HEADERS.intersection(name.lower() for name in headers)
            if reserved:
                raise ValueError(
                    f"the {', '.join(sorted(reserved))} header is set by the client itself "
                    "and cannot be passed as a parameter"
                )
            extra = [
                (name.encode("ascii"), _header_value(name, value))
                for name, value in headers.items()
                if value is not None
            ]
        policy = self.retry
        deadline_at = policy.clock() + policy.deadline if policy.deadline is not None else None
        call = _Call(
            method,
            url,
            content,
            form if form is not None else (json if isinstance(json, Mapping) else query),
            deadline_at,
            content_type,
            extra,
            with_response,
            operation,
        )
        observer = self._telemetry.start(call)
        if observer is not None:
            call.trace = observer
            return await observer.run(self._send, call)
        return await self._send(call)

    async def _send(self, call: _Call) -> Any:
        policy = self.retry
        try:
            return await self._attempt(call, 1)
        except _AttemptFailed as failed:
            if failed.disposition != _RETRY or not policy.enabled:
                raise self._final(call, failed, 1) from failed.error.__cause__
            return await self._retry(call, failed)

    async def _retry(self, call: _Call, first: _AttemptFailed) -> Any:
        # Imported here: most processes never retry, and tenacity costs ~10 ms to import.
        from tenacity import AsyncRetrying

        policy = self.retry
        # The first attempt already ran outside tenacity (the common case succeeds and
        # should not pay for the retry machinery); replay its failure as attempt 1.
        pending: list[_AttemptFailed] = [first]
        attempts = 1

        async def attempt() -> Any:
            nonlocal attempts
            if pending:
                raise pending.pop()
            attempts += 1
            return await self._attempt(call, attempts)

        def should_retry(state: RetryCallState) -> bool:
            exc = state.outcome.exception() if state.outcome else None
            return isinstance(exc, _AttemptFailed) and exc.disposition == _RETRY

        def wait(state: RetryCallState) -> float:
            exc = state.outcome.exception() if state.outcome else None
            retry_after = exc.retry_after if isinstance(exc, _AttemptFailed) else None
            return policy.backoff(state.attempt_number, retry_after)

        def stop(state: RetryCallState) -> bool:
            if state.attempt_number >= policy.max_attempts:
                return True
            if call.deadline_at is None:
                return False
            return policy.clock() + state.upcoming_sleep >= call.deadline_at

        def before_sleep(state: RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            assert isinstance(exc, _AttemptFailed)
            self.retries += 1
            if call.trace is not None:
                call.trace.retrying(state.attempt_number, state.upcoming_sleep, exc.error)
            reason = (
                f"HTTP {exc.error.status}"
                if isinstance(exc.error, TwilioAPIError)
                else type(exc.error.__cause__ or exc.error).__name__
            )
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "retrying %s %s after attempt %d failed (%s); waiting %.3fs",
                    call.method,
                    call.url,
                    state.attempt_number,
                    reason,
                    state.upcoming_sleep,
                    extra=log_fields(
                        call,
                        attempt=state.attempt_number,
                        error=exc.error,
                        delay=state.upcoming_sleep,
                    ),
                )
            if policy.on_retry is not None:
                policy.on_retry(
                    RetryEvent(
                        method=call.method,
                        url=call.url,
                        attempt=state.attempt_number,
                        delay=state.upcoming_sleep,
                        reason=reason,
                        error=exc.error,
                    )
                )

        retrying = AsyncRetrying(
            sleep=policy.sleep,
            retry=should_retry,
            wait=wait,
            stop=stop,
            before_sleep=before_sleep,
            reraise=True,
        )
        try:
            return await retrying(attempt)
        except _AttemptFailed as failed:
            raise self._final(call, failed, attempts) from failed.error.__cause__

    def _final(self, call: _Call, failed: _AttemptFailed, attempts: int) -> TwilioError:
        error: TwilioError = failed.error
        error.attempts = attempts
        if failed.disposition == _UNKNOWN:
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

    def _timeouts(self, call: _Call) -> dict[str, float | None]:
        """httpx's timeouts for one attempt, clamped to the deadline, which is "total".

        httpx's read timeout bounds each wait for bytes, so a server trickling a byte at a
        time never trips it; "total" bounds the attempt as a whole.
        """
        if call.deadline_at is None:
            return self._timeout
        remaining = call.deadline_at - self.retry.clock()
        if remaining <= 0:
            return {"connect": 0.0, "read": 0.0, "write": 0.0, "pool": 0.0, "total": 0.0}
        if remaining >= self._max_timeout:
            return {**self._timeout, "total": remaining}
        timeouts: dict[str, float | None] = {
            k: remaining if v is None else min(v, remaining) for k, v in self._timeout.items()
        }
        timeouts["total"] = remaining
        return timeouts

    async def _attempt(self, call: _Call, number: int) -> Any:
        if number > 1 and self.closed:
            raise _AttemptFailed(ClientClosedError("client closed while retrying"), _FINAL)
        timeouts = self._timeouts(call)
        limiter = self.limiter
        trace = call.trace
        if trace is not None:
            trace.queued()
        # Admitted first, built after: thousands of requests started at once (gather) then
        # wait in the queue without each building its httpx.Request before the first can go.
        permit = await limiter.acquire()
        status: int | None = None
        concurrent: int | None = None
        try:
            request = self._request(call, timeouts)
            if self.closed:  # closed while this request waited for a slot
                raise ClientClosedError("this twilio_async Client was closed; create a new one")
            try:
                total = timeouts.get("total")
                if total is None or self._transport_enforces_total:
                    sending = self._http.send(request)
                else:
                    sending = self._send_within(request, total)
                response = await (sending if trace is None else trace.send(sending))
            except (httpx.TransportError, httpx.DecodingError) as exc:
                raise self._transport_failure(call, exc, number) from exc
            except RuntimeError as exc:
                if self.closed:  # httpx's "client has been closed", or our pool's
                    raise ClientClosedError("this twilio_async Client was closed") from exc
                raise
            status = response.status_code
            if status == 429:
                concurrent = _concurrent_requests(response)
        finally:
            # Always, also on cancellation: backoff and the caller must not hold the permit.
            await limiter.release(permit, status, concurrent)
        status = response.status_code
        if status < 400:
            content = response.content
            data = None
            if content and status < 300:
                try:
                    data = orjson.loads(content)
                except orjson.JSONDecodeError:
                    raise _invalid_body(call, response, number) from None
            if call.with_response:
                return ApiResponse(data, status, response.headers)
            return data
        raise self._status_failure(call, response, number)

    def _request(self, call: _Call, timeouts: dict[str, float | None]) -> httpx.Request:
        """The ``httpx.Request`` of one attempt."""
        target = self._urls.get(call.url)
        if target is None:
            if len(self._urls) >= 512:
                self._urls.clear()
            url = httpx.URL(call.url)
            target = self._urls[call.url] = (url, url.netloc)
        url, host = target
        # Every header is given here, Host and Content-Length included, and the body as a
        # stream, so httpx.Request skips its content encoding and header defaulting (which
        # re-scan the headers several times); read() then makes .content available.
        if call.content is not None:
            headers = [
                (b"Host", host),
                *self._get_headers,
                (b"Content-Type", call.content_type),
                (b"Content-Length", str(len(call.content)).encode("ascii")),
            ]
        else:
            headers = [(b"Host", host), *self._get_headers]
        if call.extra_headers:
            headers.extend(call.extra_headers)
        request = httpx.Request(
            call.method,
            url,
            headers=headers,
            stream=httpx.ByteStream(call.content or b""),
            extensions={"timeout": timeouts},
        )
        request.read()
        return request

    async def _send_within(self, request: httpx.Request, total: float) -> httpx.Response:
        """Send through a client whose transport may not honour "total" (a user's client)."""
        import anyio

        try:
            with anyio.fail_after(total):
                return await self._http.send(request)
        except TimeoutError:
            raise httpx.ReadTimeout(
                "Timed out: the retry policy's deadline passed", request=request
            ) from None

    def _transport_failure(self, call: _Call, exc: httpx.RequestError, number: int) -> Exception:
        error_cls = (
            TwilioTimeoutError if isinstance(exc, httpx.TimeoutException) else TwilioConnectionError
        )
        error = error_cls(
            f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__,
            method=call.method,
            url=call.url,
            params=redact(call.params),
            attempts=number,
        )
        error.__cause__ = exc
        if isinstance(exc, (httpx.UnsupportedProtocol, httpx.LocalProtocolError)):
            return _AttemptFailed(error, _FINAL)  # our bug or our config: repeating won't help
        if isinstance(exc, _NOT_SENT) or call.method in IDEMPOTENT_METHODS:
            return _AttemptFailed(error, _RETRY)
        return _AttemptFailed(error, _RETRY if self.retry.retry_unsafe_posts else _UNKNOWN)

    def _status_failure(self, call: _Call, response: httpx.Response, number: int) -> _AttemptFailed:
        status = response.status_code
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        error = _api_error(call, response, retry_after, number)
        if status in SAFE_RETRY_STATUSES:
            return _AttemptFailed(error, _RETRY, retry_after)
        if status in IDEMPOTENT_RETRY_STATUSES:
            if call.method in IDEMPOTENT_METHODS or self.retry.retry_unsafe_posts:
                return _AttemptFailed(error, _RETRY, retry_after)
            return _AttemptFailed(error, _UNKNOWN)
        return _AttemptFailed(error, _FINAL)


def _excerpt(content: bytes) -> str:
    """The start of a body, whitespace collapsed, for an error message."""
    return " ".join(content[:2000].decode("utf-8", "replace").split())[:200]


def _invalid_body(call: _Call, response: httpx.Response, attempts: int) -> InvalidResponseError:
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


def _concurrent_requests(response: httpx.Response) -> int | None:
    """Twilio's ``Twilio-Concurrent-Requests`` header: the account's count at the refusal."""
    value = response.headers.get("Twilio-Concurrent-Requests")
    # isdigit() alone also accepts "²", which int() rejects.
    return int(value) if value and value.isascii() and value.isdigit() else None


def _api_error(
    call: _Call, response: httpx.Response, retry_after: float | None, attempts: int
) -> TwilioAPIError:
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
