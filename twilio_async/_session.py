"""What every view of one client shares, and one attempt of a request through it.

A :class:`Session` holds the HTTP client and its pool, the limiter, telemetry, the
credentials, the base URLs and the closed flag; :class:`~twilio_async._transport.Transport`
views (``client.with_options(...)``) share one. :meth:`Session.attempt` is one try of a
built :class:`~twilio_async._request.Call`, in stages:

1. **admit**: a permit from the :class:`~twilio_async.Limiter`, always given back with the
   outcome, also on cancellation;
2. **request**: the ``httpx.Request`` (cached URL, the client's headers, the credentials'
   ``Authorization`` for this attempt, the call's bytes), built only once admitted so a
   queue of thousands does no work before the first send;
3. **send**: one exchange, bounded by the attempt's timeouts. With the client's own
   :class:`~twilio_async._transports.FastTransport` and nothing watching httpx (no mock, no
   wrapper around ``AsyncClient.send``, no event hook), the request goes to the transport
   as bytes (:meth:`~twilio_async._transports.FastTransport.exchange`) and, unless the
   call is traced or logged, a 2xx answer never becomes an httpx object; anything else is
   turned into an ``httpx.Response`` for the stages below;
4. **read**: the decoded JSON body, or an
   :class:`~twilio_async._attempt_errors.AttemptFailed` carrying the typed error and the
   retry policy's :meth:`~twilio_async.RetryPolicy.classify` decision.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Mapping
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

import httpx
import orjson

from twilio_async._attempt_errors import AttemptFailed, api_error, invalid_body, transport_error
from twilio_async._exceptions import ClientClosedError, ConfigurationError
from twilio_async._outgoing import Outgoing
from twilio_async._request import ApiResponse, Call
from twilio_async._retry import parse_retry_after
from twilio_async._telemetry import Telemetry, guard_httpx_log

if TYPE_CHECKING:
    from twilio_async._limiter import Limiter
    from twilio_async._operation import AuthMode
    from twilio_async._retry import RetryPolicy
    from twilio_async._transports import FastTransport
    from twilio_async._transports._wire import RawResponse

__all__ = ["NO_AUTH", "Auth", "BasicAuth", "Session", "Timeouts"]

logger = logging.getLogger("twilio_async")


#: httpx's per-phase timeouts plus ``total`` (the whole exchange), as the request's
#: ``timeout`` extension carries them.
Timeouts = dict[str, float | None]

_CLOSED_TIMEOUTS: Timeouts = {"connect": 0.0, "read": 0.0, "write": 0.0, "pool": 0.0, "total": 0.0}


class Auth(Protocol):
    """Where each attempt's ``Authorization`` header comes from.

    ``authorization()`` returns the header value, or an awaitable of it (a provider that
    refreshes a token asynchronously); it is asked once per attempt, so a retry after a
    refresh carries the new credentials.
    """

    def authorization(self) -> bytes | Awaitable[bytes]:
        """The ``Authorization`` header value for the next attempt (empty: none)."""
        ...

    def refused(self, authorization: bytes) -> bool:
        """Twilio answered 401 to ``authorization``: drop it if it can be renewed, and say
        whether the next attempt would carry new credentials."""
        ...


class BasicAuth:
    """HTTP basic credentials: an Account SID and auth token, or an API key and secret."""

    __slots__ = ("_value",)

    def __init__(self, username: str, password: str) -> None:
        import base64

        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        self._value = f"Basic {token}".encode("ascii")

    def __repr__(self) -> str:
        return "<BasicAuth>"  # never the secret

    def authorization(self) -> bytes:
        """The same header value for every attempt."""
        return self._value

    def refused(self, authorization: bytes) -> bool:
        """Nothing to renew: a refused password fails the call."""
        return False


class _NoAuth:
    """No ``Authorization`` header (the OAuth token request carries its credentials)."""

    __slots__ = ()

    def authorization(self) -> bytes:
        return b""

    def refused(self, authorization: bytes) -> bool:
        return False


NO_AUTH: Auth = _NoAuth()


class Session:
    """The state every view of one client shares; owned by the client that created it."""

    def __init__(
        self,
        *,
        auth: Auth | None,
        base_urls: Mapping[str, str],
        http_client: httpx.AsyncClient,
        owns_http_client: bool,
        limiter: Limiter,
        user_agent: str,
        transport_enforces_total: bool = False,
        tracer_provider: Any = None,
        meter_provider: Any = None,
        bearer: Auth | None = None,
        redact_pii: bool = True,
        direct: FastTransport | None = None,
    ) -> None:
        if auth is None and bearer is None:
            raise ConfigurationError("a session needs credentials: Basic, a bearer token or both")
        # The client's Basic credentials (None for an OAuth-only client), its bearer-token
        # provider (None without oauth=), and what a call without an auth mode uses.
        self.basic = auth
        self.bearer = bearer
        self.auth: Auth = auth if auth is not None else bearer  # type: ignore[assignment]
        self.base_urls = dict(base_urls)
        self._bases: dict[str, str] = {}  # base_url()'s answers: a few dozen products
        self.http = http_client
        self.owns_http = owns_http_client
        # Whether every request reaches a FastTransport, which bounds the whole exchange by
        # the "total" timeout itself; otherwise the send is wrapped in a timeout scope.
        self.transport_enforces_total = transport_enforces_total
        # The FastTransport under http_client, when the client created both: requests then
        # go to it as bytes whenever nothing is watching httpx (_direct_transport).
        self.direct = direct
        self.limiter = limiter
        # What spans, log records and error texts show of a request (_redaction).
        self.telemetry = Telemetry(limiter, tracer_provider, meter_provider, redact_pii=redact_pii)
        if redact_pii:
            guard_httpx_log(self.base_urls.values())
        self.closed = False
        self.retries = 0
        self.outgoing = Outgoing(user_agent)

    def base_url(self, product: str) -> str:
        """The scheme and host that requests for ``product`` go to."""
        base = self._bases.get(product)
        if base is None:
            base = self.base_urls.get(product)
            if base is None:
                base = self.base_urls["*"].replace("{product}", product)
            self._bases[product] = base
        return base

    def configured_bases(self) -> list[str]:
        """The base URLs given to the client (``base_url=``), not Twilio's own templates."""
        return [url for url in self.base_urls.values() if "{product}" not in url]

    def credentials(self, mode: AuthMode | None, what: str) -> Auth | None:
        """The credentials for an operation's ``auth`` mode (``None``: the session's own);
        ``what`` names the call in the error for a bearer operation without a provider."""
        if mode is None:
            return None
        if mode == "bearer":
            if self.bearer is None:
                raise ConfigurationError(
                    f"{what} authenticates with an OAuth2 bearer token: create the client "
                    "with oauth=OAuth2ClientCredentials(client_id, client_secret) (or another "
                    "twilio_async.oauth provider)"
                )
            return self.bearer
        if mode == "optional":
            return None if self.basic is not None else NO_AUTH
        if mode == "none":
            return NO_AUTH
        raise ValueError(f"auth must be 'bearer', 'optional' or 'none', got {mode!r}")

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
        if self.owns_http:
            await self.http.aclose()

    # -- one attempt ------------------------------------------------------------------------
    async def attempt(
        self, call: Call, number: int, timeouts: Timeouts, policy: RetryPolicy
    ) -> Any:
        """Try ``call`` once; return the decoded body (an :class:`ApiResponse` when
        ``call.with_response``) or raise :class:`AttemptFailed`."""
        if number > 1 and self.closed:
            raise AttemptFailed(ClientClosedError("client closed while retrying"), "fail")
        auth = call.auth if call.auth is not None else self.auth
        while True:
            # Before admission: a provider that refreshes its token may itself send a
            # request through this limiter, which must not wait for a slot this one holds.
            authorization = auth.authorization()
            if not isinstance(authorization, bytes):
                authorization = await authorization
            try:
                reply = await self._admitted_send(call, timeouts, authorization, number)
                if isinstance(reply, tuple):
                    status, headers, content, _ = reply
                    if 200 <= status < 300 and not call.raw:
                        try:
                            data = orjson.loads(content) if content else None
                        except orjson.JSONDecodeError:
                            pass  # compressed, or not JSON: the httpx response below sees it
                        else:
                            if call.with_response:
                                return ApiResponse(data, status, headers)
                            return data
                    # Decodes a compressed body, as httpx would: a broken one fails here.
                    response = self.outgoing.response(call, timeouts, authorization, reply)
                else:
                    response = reply
            except (httpx.TransportError, httpx.DecodingError) as exc:
                error = transport_error(call, exc, number)
                disposition = policy.classify(call.method, exc, idempotent=call.idempotent)
                raise AttemptFailed(error, disposition) from exc
            if response.status_code == 401 and self._renewed(call, auth, authorization, policy):
                continue  # the same attempt, once, with the provider's new token
            return self._read(call, response, number, policy)

    def _renewed(self, call: Call, auth: Auth, authorization: bytes, policy: RetryPolicy) -> bool:
        """After a 401: whether to repeat the attempt with renewed credentials. The refused
        ones are dropped in any case (a revoked token, one that expired early)."""
        renewed = auth.refused(authorization) and not call.reauthorized
        if policy.classify(call.method, 401, renewed_credentials=renewed) != "retry":
            return False
        call.reauthorized = True
        return True

    async def _admitted_send(
        self, call: Call, timeouts: Timeouts, authorization: bytes, number: int
    ) -> httpx.Response | RawResponse:
        """Build and send within a limiter permit, which goes back with the outcome in
        every case. The answer is the transport's raw response when the request went to it
        directly (see the module's docstring), an ``httpx.Response`` otherwise."""
        limiter = self.limiter
        trace = call.trace
        if trace is not None:
            trace.queued()
        # Admitted first, built after: thousands of requests started at once (gather) then
        # wait in the queue without each building its httpx.Request before the first can go.
        permit = await limiter.acquire()
        if trace is not None:
            trace.admitted()  # the wait ends here; building the request is not waiting
        started = time.perf_counter() if logger.isEnabledFor(logging.INFO) else 0.0
        status: int | None = None
        concurrent: int | None = None
        try:
            if self.closed:  # closed while this request waited for a slot
                raise ClientClosedError("this twilio_async Client was closed; create a new one")
            direct = self.direct
            if direct is not None and not direct.direct_available(self.http):
                direct = None
            if direct is not None and trace is None and not started:
                try:
                    raw = await self.outgoing.exchange(direct, call, timeouts, authorization)
                except RuntimeError as exc:
                    if self.closed:  # our pool's "transport is closed"
                        raise ClientClosedError("this twilio_async Client was closed") from exc
                    raise
                status = raw[0]
                if status == 429:
                    concurrent = _concurrent_count(
                        _raw_header(raw[1], b"twilio-concurrent-requests")
                    )
                return raw
            sending: Awaitable[httpx.Response]
            if direct is not None:  # traced or logged: both want an httpx.Response
                sending = self.outgoing.exchange_response(direct, call, timeouts, authorization)
            else:
                request = self.outgoing.request(call, timeouts, authorization)
                total = timeouts.get("total")
                if total is None or self.transport_enforces_total:
                    sending = self.http.send(request)
                else:
                    sending = self._send_within(request, total)
            try:
                response = await (sending if trace is None else trace.send(sending))
            except RuntimeError as exc:
                if self.closed:  # httpx's "client has been closed", or our pool's
                    raise ClientClosedError("this twilio_async Client was closed") from exc
                raise
            status = response.status_code
            if status == 429:
                concurrent = _concurrent_count(response.headers.get("Twilio-Concurrent-Requests"))
            if started:
                self.telemetry.log_response(call, response, number, started)
            return response
        finally:
            # Always, also on cancellation: backoff and the caller must not hold the permit.
            await limiter.release(permit, status, concurrent)

    async def _send_within(self, request: httpx.Request, total: float) -> httpx.Response:
        """Send through a client whose transport may not honour "total" (a user's client)."""
        import anyio

        try:
            with anyio.fail_after(total):
                return await self.http.send(request)
        except TimeoutError:
            raise httpx.ReadTimeout(
                "Timed out: the retry policy's deadline passed", request=request
            ) from None

    def _read(self, call: Call, response: httpx.Response, number: int, policy: RetryPolicy) -> Any:
        status = response.status_code
        if status >= 400:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            error = api_error(call, response, retry_after, number)
            disposition = policy.classify(
                call.method, status, idempotent=call.idempotent, retryable=error.RETRYABLE
            )
            raise AttemptFailed(error, disposition, retry_after)
        content = response.content
        if call.raw:
            return ApiResponse(None, status, response.headers, content)
        data = None
        if content and status < 300:
            try:
                data = orjson.loads(content)
            except orjson.JSONDecodeError:
                raise AttemptFailed(invalid_body(call, response, number), "fail") from None
        if call.with_response:
            return ApiResponse(data, status, response.headers)
        return data


def attempt_timeouts(
    timeouts: Timeouts, longest: float, deadline_at: float | None, now: float
) -> Timeouts:
    """httpx's timeouts for one attempt, clamped to the deadline, which is "total".

    httpx's read timeout bounds each wait for bytes, so a server trickling a byte at a
    time never trips it; "total" bounds the attempt as a whole. ``longest`` is the
    largest of ``timeouts``.
    """
    if deadline_at is None:
        return timeouts
    remaining = deadline_at - now
    if remaining <= 0:
        return dict(_CLOSED_TIMEOUTS)
    if remaining >= longest:
        return {**timeouts, "total": remaining}
    clamped: Timeouts = {
        k: remaining if v is None else min(v, remaining) for k, v in timeouts.items()
    }
    clamped["total"] = remaining
    return clamped


def _raw_header(headers: list[tuple[bytes, bytes]], lower_name: bytes) -> str | None:
    """The first value of a header among raw pairs, by its lowercase name."""
    for name, value in headers:
        if name.lower() == lower_name:
            return value.decode("latin-1")
    return None


def _concurrent_count(value: str | None) -> int | None:
    """Twilio's ``Twilio-Concurrent-Requests`` header: the account's count at the refusal."""
    # isdigit() alone also accepts "²", which int() rejects.
    return int(value) if value and value.isascii() and value.isdigit() else None
