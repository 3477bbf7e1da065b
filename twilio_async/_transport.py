"""The async transport: one logical request through its stages, retried where safe.

It knows nothing about messages. Resources call :meth:`Transport.request` with a method,
a product (``api``, ``verify``, ...) and a path; it returns decoded JSON or raises a
:class:`~twilio_async.TwilioError`. A request goes through small stages, each its own unit:

1. **build** (:func:`~twilio_async._request.build_call`): URL, query string, body and extra
   headers, encoded once for every attempt;
2. **attempt** (:meth:`Session.attempt <twilio_async._session.Session.attempt>`):
   **admission** by the limiter, then the ``httpx.Request``, one exchange, the decoded answer;
3. **classify** (:meth:`RetryPolicy.classify <twilio_async.RetryPolicy.classify>`): a failed
   attempt is retried, raised, or raised as an unknown outcome (never resent);
4. **retry loop** (:meth:`Transport._retry`): waits as
   :meth:`RetryPolicy.next_delay <twilio_async.RetryPolicy.next_delay>` says, then tries again.

A :class:`Transport` is a view: per-request options (timeouts, retry policy, default
headers) over a :class:`~twilio_async._session.Session` that the client's views share (the
connection pool, the limiter, telemetry, credentials). :meth:`Transport.with_options` makes
another view of the same session.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from twilio_async._attempt_errors import AttemptFailed, final_error
from twilio_async._exceptions import ClientClosedError, TwilioAPIError
from twilio_async._oauth import BearerAuth, BearerTokenAuth
from twilio_async._request import ApiResponse, build_call, header_pairs
from twilio_async._retry import NO_RETRY, RetryEvent, RetryPolicy
from twilio_async._session import Session, Timeouts, attempt_timeouts

if TYPE_CHECKING:
    from twilio_async._limiter import Limiter
    from twilio_async._operation import AuthMode
    from twilio_async._request import Call

__all__ = ["ApiResponse", "Transport"]

logger = logging.getLogger("twilio_async")


class _Keep:
    """The default of :meth:`Transport.with_options`: keep this view's setting."""

    def __repr__(self) -> str:
        return "<keep>"


KEEP: Any = _Keep()


class Transport:
    """Sends requests to Twilio for one client (or one ``with_options`` view of it)."""

    __slots__ = ("_headers", "_longest", "_owner", "_session", "_timeout", "retry", "timeout")

    def __init__(
        self,
        session: Session,
        *,
        timeout: httpx.Timeout,
        retry: RetryPolicy | None,
        headers: list[tuple[bytes, bytes]] | None = None,
        owner: bool = True,
    ) -> None:
        self._session = session
        self.timeout = timeout
        """This view's per-phase timeouts."""
        self._timeout: Timeouts = timeout.as_dict()
        self._longest = max((t for t in self._timeout.values() if t is not None), default=0.0)
        self.retry = retry if retry is not None else NO_RETRY
        """The retry policy of this view."""
        self._headers = headers or []
        # Only the client that created the session closes it; a view never does.
        self._owner = owner

    @property
    def owner(self) -> bool:
        """Whether this is the client's own transport (``False`` for a ``with_options`` view)."""
        return self._owner

    def __repr__(self) -> str:
        view = "" if self._owner else " view"
        return f"<Transport{view} {self.base_url('api')!s} limit={self.limiter.limit}>"

    # -- what the views share ------------------------------------------------------------------
    @property
    def limiter(self) -> Limiter:
        """The limiter every view of the client shares."""
        return self._session.limiter

    @property
    def retries(self) -> int:
        """Retries made so far through this client (all its views)."""
        return self._session.retries

    @property
    def closed(self) -> bool:
        """Whether the client (and so every view of it) is closed."""
        return self._session.closed

    def base_url(self, product: str) -> str:
        """The scheme and host that requests for ``product`` go to."""
        return self._session.base_url(product)

    def url_for(self, product: str, path_or_url: str) -> str:
        """Absolute URL for a path, or for a link Twilio returned (kept on our host)."""
        return self._session.url_for(product, path_or_url)

    @property
    def bearer(self) -> BearerAuth | None:
        """The OAuth2 credential provider, if the client has one (see ``twilio_async.oauth``)."""
        bearer = self._session.bearer
        return bearer.provider if isinstance(bearer, BearerTokenAuth) else None

    def configured_bases(self) -> list[str]:
        """The base URLs given to the client (``base_url=``), not Twilio's own templates."""
        return self._session.configured_bases()

    async def aclose(self) -> None:
        """Close the HTTP client if this client created it. Idempotent; a no-op on a view."""
        if self._owner:
            await self._session.aclose()

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = KEEP,
        retry: RetryPolicy | None = KEEP,
        headers: Mapping[str, str] | None = None,
    ) -> Transport:
        """Another view of the same session with some options replaced.

        ``timeout`` replaces the per-phase timeouts (a number sets them all); ``retry``
        the retry policy (``None``: no retries); ``headers`` are added to every request
        of the view, after those of this view (an operation's own header parameter wins).
        """
        if timeout is KEEP:
            new_timeout = self.timeout
        elif timeout is None or isinstance(timeout, (int, float)):
            new_timeout = httpx.Timeout(timeout)
        elif isinstance(timeout, httpx.Timeout):
            new_timeout = timeout
        else:
            raise TypeError(f"timeout must be a number, httpx.Timeout or None, not {timeout!r}")
        if retry is not KEEP and retry is not None and not isinstance(retry, RetryPolicy):
            raise TypeError(f"retry must be a RetryPolicy or None, not {retry!r}")
        merged = self._headers
        if headers:
            added = header_pairs(headers, "a with_options() header")
            named = {name.lower() for name, _ in added}
            merged = [pair for pair in merged if pair[0].lower() not in named] + added
        return Transport(
            self._session,
            timeout=new_timeout,
            retry=self.retry if retry is KEEP else retry,
            headers=merged,
            owner=False,
        )

    # -- one logical request --------------------------------------------------------------------
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
        auth: AuthMode | None = None,
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
        :class:`ApiResponse` whose ``content`` holds it. A ``product`` of ``None`` means
        ``path_or_url`` is an absolute URL already routed to an allowed host
        (:mod:`twilio_async._hosts`).
        """
        session = self._session
        if session.closed:
            raise ClientClosedError("this twilio_async Client is closed; create a new one")
        credentials = None
        if auth is not None or session.basic is None:
            credentials = session.credentials(auth, operation or f"{method} {path_or_url}")
        policy = self.retry
        call = build_call(
            method,
            path_or_url if product is None else session.url_for(product, path_or_url),
            query=query,
            form=form,
            json=json,
            headers=headers,
            default_headers=self._headers,
            deadline_at=policy.clock() + policy.deadline if policy.deadline is not None else None,
            with_response=with_response,
            operation=operation,
            content=content,
            content_type=content_type,
            auth=credentials,
            idempotent=idempotent,
            raw=raw,
        )
        observer = session.telemetry.start(call)
        if observer is not None:
            call.trace = observer
            return await observer.run(self._send, call)
        return await self._send(call)

    async def _send(self, call: Call) -> Any:
        try:
            return await self._attempt(call, 1)
        except AttemptFailed as failed:
            if failed.disposition != "retry" or not self.retry.enabled:
                raise final_error(call, failed, 1, self._session.telemetry) from (
                    failed.error.__cause__
                )
            return await self._retry(call, failed)

    def _attempt(self, call: Call, number: int) -> Any:
        policy = self.retry
        timeouts = attempt_timeouts(self._timeout, self._longest, call.deadline_at, policy.clock())
        return self._session.attempt(call, number, timeouts, policy)

    async def _retry(self, call: Call, failed: AttemptFailed) -> Any:
        """The retry loop: wait, try again, until an attempt succeeds or the policy stops."""
        policy = self.retry
        attempts = 1
        while True:
            delay = None
            if failed.disposition == "retry":
                delay = policy.next_delay(attempts, failed.retry_after, call.deadline_at)
            if delay is None:
                raise final_error(call, failed, attempts, self._session.telemetry) from (
                    failed.error.__cause__
                )
            self._before_wait(call, failed, attempts, delay)
            await policy.sleep(delay)
            attempts += 1
            try:
                return await self._attempt(call, attempts)
            except AttemptFailed as again:
                failed = again

    def _before_wait(self, call: Call, failed: AttemptFailed, attempt: int, delay: float) -> None:
        """Count, trace, log and report the retry that follows the wait."""
        self._session.retries += 1
        error = failed.error
        if call.trace is not None:
            call.trace.retrying(attempt, delay, error)
        reason = (
            f"HTTP {error.status}"
            if isinstance(error, TwilioAPIError)
            else type(error.__cause__ or error).__name__
        )
        if logger.isEnabledFor(logging.DEBUG):
            fields = self._session.telemetry.log_fields(
                call, attempt=attempt, error=error, delay=delay
            )
            logger.debug(
                "retrying %s %s after attempt %d failed (%s); waiting %.3fs",
                call.method,
                fields["url.full"],
                attempt,
                reason,
                delay,
                extra=fields,
            )
        on_retry = self.retry.on_retry
        if on_retry is not None:
            on_retry(
                RetryEvent(
                    method=call.method,
                    url=call.url,
                    attempt=attempt,
                    delay=delay,
                    reason=reason,
                    error=error,
                )
            )
