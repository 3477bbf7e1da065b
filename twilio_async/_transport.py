"""The async transport: auth, hosts, form encoding, error mapping, retries, limiting.

It knows nothing about messages. Resources call :meth:`Transport.request` with a method,
a product (``api``, ``verify``, ...) and a path; it returns decoded JSON or raises a
:class:`~twilio_async.TwilioError`. The hot path builds each ``httpx.Request`` itself
(cached base URLs and headers, our own form encoder) and calls ``client.send()``, which
is plain httpx API and works with any ``httpx.AsyncClient`` a user brings.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import attrs
import httpx
import orjson

from twilio_async._encoding import encode_form, encode_value, json_default
from twilio_async._error_body import excerpt, parse_error_body
from twilio_async._error_codes import error_class
from twilio_async._exceptions import (
    ClientClosedError,
    ConfigurationError,
    InvalidResponseError,
    TwilioAPIError,
    TwilioConnectionError,
    TwilioError,
    TwilioOutcomeUnknownError,
    TwilioTimeoutError,
    _RequestIdentity,
)
from twilio_async._headers import header_name, header_value
from twilio_async._redaction import redact_params, secret_values
from twilio_async._retry import (
    IDEMPOTENT_METHODS,
    IDEMPOTENT_RETRY_STATUSES,
    NO_RETRY,
    SAFE_RETRY_STATUSES,
    RetryEvent,
    RetryPolicy,
    parse_retry_after,
)
from twilio_async._telemetry import Observer, Telemetry, guard_httpx_log

if TYPE_CHECKING:
    from tenacity import RetryCallState

    from twilio_async._limiter import Limiter
    from twilio_async._oauth import BearerAuth

__all__ = ["ApiResponse", "Transport"]

logger = logging.getLogger("twilio_async")

_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_RETRY, _FINAL, _UNKNOWN = "retry", "final", "unknown"
_FORM = b"application/x-www-form-urlencoded"
#: Methods that cannot change anything: repeated once after a 401 with a fresh bearer token.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_JSON = b"application/json"


# Headers the transport owns: a per-operation header parameter never replaces them.
_RESERVED_HEADERS = frozenset(
    {"authorization", "host", "content-length", "content-type", "user-agent", "accept"}
)


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
        "auth",
        "authorization",
        "content",
        "content_type",
        "deadline_at",
        "extra_headers",
        "idempotent",
        "method",
        "operation",
        "params",
        "raw",
        "reauthorized",
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
        auth: str | None = None,
        idempotent: bool = False,
        raw: bool = False,
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
        # None: the client's Basic credentials (the hot path); "bearer" or "none" otherwise.
        self.auth = auth
        self.authorization: str | None = None  # the bearer header value last sent
        self.reauthorized = False
        # A POST marked as unable to act twice (the retry rules then treat it like a GET).
        self.idempotent = idempotent
        self.raw = raw


class ApiResponse:
    """A decoded JSON body with the status code and headers it came with (and the raw body)."""

    __slots__ = ("content", "data", "headers", "status_code")

    def __init__(
        self, data: Any, status_code: int, headers: httpx.Headers, content: bytes = b""
    ) -> None:
        self.data = data
        self.status_code = status_code
        self.headers = headers
        self.content = content


class Transport:
    """Sends requests to Twilio for one client. Owned by :class:`~twilio_async.Client`."""

    def __init__(
        self,
        *,
        authorization: str | None,
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
        bearer: BearerAuth | None = None,
        redact_pii: bool = True,
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
        # What spans, log records and error messages show of a request (_redaction).
        self._redact_pii = redact_pii
        self._telemetry = Telemetry(limiter, tracer_provider, meter_provider, redact_pii=redact_pii)
        if redact_pii:
            guard_httpx_log(self._base_urls.values())
        # Parsing a URL is ~15% of httpx.Request's cost; create and list URLs repeat.
        # Each cached URL comes with its Host header value.
        self._urls: dict[str, tuple[httpx.URL, bytes]] = {}
        common = [
            (b"User-Agent", user_agent.encode("ascii")),
            (b"Accept", b"application/json"),
            (b"Accept-Charset", b"utf-8"),
        ]
        # Headers without credentials (bearer-token and unauthenticated calls add their own).
        self._plain_headers = common
        self._basic = authorization is not None
        if authorization is not None:
            common = [(b"Authorization", authorization.encode("ascii")), *common]
        self._get_headers = common
        self.bearer = bearer
        """The OAuth2 credential provider, if the client has one (see ``twilio_async.oauth``)."""

    def __repr__(self) -> str:
        return f"<Transport {self._base_urls.get('api', '')!s} limit={self.limiter.limit}>"

    def base_url(self, product: str) -> str:
        """The scheme and host that requests for ``product`` go to."""
        try:
            return self._base_urls[product]
        except KeyError:
            return self._base_urls["*"].replace("{product}", product)

    def configured_bases(self) -> list[str]:
        """The base URLs given to the client (``base_url=``), not Twilio's own templates."""
        return [url for url in self._base_urls.values() if "{product}" not in url]

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
        product: str | None,
        path_or_url: str,
        *,
        query: Mapping[str, Any] | None = None,
        form: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        with_response: bool = False,
        operation: str | None = None,
        auth: str | None = None,
        content: bytes | None = None,
        content_type: str | None = None,
        idempotent: bool = False,
        raw: bool = False,
    ) -> Any:
        """Send one logical request (retrying where safe) and return the decoded JSON.

        ``query`` and ``form`` use API parameter names; ``json`` is sent as a JSON body
        instead of a form; ``headers`` are added to the request (they cannot replace the
        client's own ``Authorization``). Returns ``None`` for an empty body (204 on
        delete), or an :class:`ApiResponse` with the status and headers when
        ``with_response`` is true. ``operation`` names the call in traces and logs (the
        generated operation's id); without it the name is the method and path template.
        ``auth`` is ``None`` for the client's credentials, ``"bearer"`` for an OAuth2 bearer
        token, ``"optional"`` for the client's Basic credentials if it has them and none
        otherwise, ``"none"`` for no credentials. ``content`` (with ``content_type``) is a
        raw body. ``idempotent`` marks a POST that cannot act twice, so the retry rules
        treat it like a GET. ``raw`` skips decoding the body: the answer is an
        :class:`ApiResponse` whose ``content`` holds it.
        """
        if self.closed:
            raise ClientClosedError("this twilio_async Client is closed; create a new one")
        if auth is not None or not self._basic:
            auth = self._auth_mode(auth, operation or f"{method} {path_or_url}")
        # product None: an absolute URL already routed to an allowed host (twilio_async._hosts).
        url = path_or_url if product is None else self.url_for(product, path_or_url)
        if query:
            encoded = encode_form(query)
            if encoded:
                url = f"{url}{'&' if '?' in url else '?'}{encoded}"
        body_type = _FORM
        if content is not None:
            body_type = (content_type or "application/octet-stream").encode("latin-1")
        elif json is not None:
            content = orjson.dumps(json, default=_json_default)
            body_type = _JSON
        else:
            content = encode_form(form).encode() if form is not None else None
        extra = None
        if headers:
            reserved = _RESERVED_HEADERS.intersection(
                name.lower() for name in headers if isinstance(name, str)
            )
            if reserved:
                raise ValueError(
                    f"the {', '.join(sorted(reserved))} header is set by the client itself "
                    "and cannot be passed as a parameter"
                )
            extra = [
                (header_name(name), header_value(name, encode_value(value)))
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
            body_type,
            extra,
            with_response or raw,
            operation,
            auth,
            idempotent,
            raw,
        )
        observer = self._telemetry.start(call)
        if observer is not None:
            call.trace = observer
            return await observer.run(self._send, call)
        return await self._send(call)

    def _auth_mode(self, auth: str | None, what: str) -> str | None:
        """Resolve a call's credentials: ``None`` (Basic), ``"bearer"`` or ``"none"``."""
        if auth == "optional":
            return None if self._basic else "none"
        if auth is None:
            auth = None if self._basic else "bearer"
        if auth == "bearer" and self.bearer is None:
            raise ConfigurationError(
                f"{what} authenticates with an OAuth2 bearer token: create the client with "
                "oauth=OAuth2ClientCredentials(client_id, client_secret) (or another "
                "twilio_async.oauth provider)"
            )
        if auth not in (None, "bearer", "none"):
            raise ValueError(f"auth must be 'bearer', 'optional' or 'none', got {auth!r}")
        return auth

    async def _headers_for(self, call: _Call) -> list[tuple[bytes, bytes]]:
        """The client's headers with the call's credentials (a bearer token is fetched here,
        before a concurrency slot is taken, so waiting for a token never holds one)."""
        if call.auth is None:
            return self._get_headers
        if call.auth == "none":
            return self._plain_headers
        assert self.bearer is not None
        call.authorization = authorization = await self.bearer.authorization(self)
        return [
            (b"Authorization", header_value("Authorization", authorization)),
            *self._plain_headers,
        ]

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
                fields = self._telemetry.log_fields(
                    call, attempt=state.attempt_number, error=exc.error, delay=state.upcoming_sleep
                )
                logger.debug(
                    "retrying %s %s after attempt %d failed (%s); waiting %.3fs",
                    call.method,
                    fields["url.full"],
                    state.attempt_number,
                    reason,
                    state.upcoming_sleep,
                    extra=fields,
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
                params=redact_params(call.params),
                attempts=attempts,
            )
        if isinstance(error, _RequestIdentity):
            secrets = secret_values(call.params)
            error._shown_as(call.operation, redact=self._redact_pii, secrets=secrets)
        if logger.isEnabledFor(logging.DEBUG):
            fields = self._telemetry.log_fields(call, attempt=attempts, error=error)
            logger.debug(
                "%s %s failed after %d attempt(s): %s",
                call.method,
                fields["url.full"],
                attempts,
                type(error).__name__,
                extra=fields,
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
        target = self._urls.get(call.url)
        if target is None:
            if len(self._urls) >= 512:
                self._urls.clear()
            url = httpx.URL(call.url)
            target = self._urls[call.url] = (url, url.netloc)
        url, host = target
        common = self._get_headers if call.auth is None else await self._headers_for(call)
        # Every header is given here, Host and Content-Length included, and the body as a
        # stream, so httpx.Request skips its content encoding and header defaulting (which
        # re-scan the headers several times); read() then makes .content available.
        if call.content is not None:
            headers = [
                (b"Host", host),
                *common,
                (b"Content-Type", call.content_type),
                (b"Content-Length", str(len(call.content)).encode("ascii")),
            ]
        else:
            headers = [(b"Host", host), *common]
        if call.extra_headers:
            headers.extend(call.extra_headers)
        timeouts = self._timeouts(call)
        request = httpx.Request(
            call.method,
            url,
            headers=headers,
            stream=httpx.ByteStream(call.content or b""),
            extensions={"timeout": timeouts},
        )
        request.read()
        limiter = self.limiter
        trace = call.trace
        if trace is not None:
            trace.queued()
        permit = await limiter.acquire()
        started = time.perf_counter() if logger.isEnabledFor(logging.INFO) else 0.0
        status: int | None = None
        concurrent: int | None = None
        try:
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
            if started:
                self._log_response(call, response, number, started)
        finally:
            # Always, also on cancellation: backoff and the caller must not hold the permit.
            await limiter.release(permit, status, concurrent)
        status = response.status_code
        if status < 400:
            content = response.content
            data = None
            if call.raw:
                return ApiResponse(None, status, response.headers, content)
            if content and status < 300:
                try:
                    data = orjson.loads(content)
                except orjson.JSONDecodeError:
                    # Final (a 2xx was acted on), but through _final like every failure.
                    error = _invalid_body(call, response, number)
                    raise _AttemptFailed(error, _FINAL) from None
            if call.with_response:
                return ApiResponse(data, status, response.headers)
            return data
        if status == 401 and call.auth == "bearer" and self._reauthorize(call):
            return await self._attempt(call, number)
        raise self._status_failure(call, response, number)

    def _reauthorize(self, call: _Call) -> bool:
        """After a 401 to a bearer token: whether to repeat the attempt with a fresh one.

        The token may have been revoked or expired early: it is dropped (only if it is still
        the provider's current one), and a safe request is repeated once.
        """
        assert self.bearer is not None
        assert call.authorization is not None
        self.bearer.invalidate(call.authorization)
        if call.method not in SAFE_METHODS or call.reauthorized:
            return False
        call.reauthorized = True
        return True

    def _log_response(
        self, call: _Call, response: httpx.Response, attempt: int, started: float
    ) -> None:
        """The INFO line for one HTTP response (``TWILIO_LOG=info``): never a parameter,
        the URL shown as the client's ``redact_pii`` says."""
        request_id = response.headers.get("Twilio-Request-Id")
        elapsed = (time.perf_counter() - started) * 1000
        fields = self._telemetry.log_fields(call, attempt=attempt)
        logger.info(
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
            params=redact_params(call.params),
            attempts=number,
        )
        error.__cause__ = exc
        if isinstance(exc, (httpx.UnsupportedProtocol, httpx.LocalProtocolError)):
            return _AttemptFailed(error, _FINAL)  # our bug or our config: repeating won't help
        if isinstance(exc, _NOT_SENT) or call.method in IDEMPOTENT_METHODS or call.idempotent:
            return _AttemptFailed(error, _RETRY)
        return _AttemptFailed(error, _RETRY if self.retry.retry_unsafe_posts else _UNKNOWN)

    def _status_failure(self, call: _Call, response: httpx.Response, number: int) -> _AttemptFailed:
        status = response.status_code
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        error = _api_error(call, response, retry_after, number)
        if error.RETRYABLE is False:  # a code no retry fixes (Verify's 60203 is a 429)
            return _AttemptFailed(error, _FINAL)
        if status in SAFE_RETRY_STATUSES:
            return _AttemptFailed(error, _RETRY, retry_after)
        if status in IDEMPOTENT_RETRY_STATUSES:
            if (
                call.method in IDEMPOTENT_METHODS
                or call.idempotent
                or self.retry.retry_unsafe_posts
            ):
                return _AttemptFailed(error, _RETRY, retry_after)
            return _AttemptFailed(error, _UNKNOWN)
        return _AttemptFailed(error, _FINAL)


def _invalid_body(call: _Call, response: httpx.Response, attempts: int) -> InvalidResponseError:
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


def _concurrent_requests(response: httpx.Response) -> int | None:
    """Twilio's ``Twilio-Concurrent-Requests`` header: the account's count at the refusal."""
    value = response.headers.get("Twilio-Concurrent-Requests")
    # isdigit() alone also accepts "²", which int() rejects.
    return int(value) if value and value.isascii() and value.isdigit() else None


def _api_error(
    call: _Call, response: httpx.Response, retry_after: float | None, attempts: int
) -> TwilioAPIError:
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
