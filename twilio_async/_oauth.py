"""OAuth2 bearer tokens: an async credential provider for the client-credentials grant.

The official SDK's async path fetches a token with a synchronous HTTP client under a thread
lock, blocking the event loop for the whole token request, and every task that finds the
token stale fetches again. Here the token request is an ordinary async request through the
client's own transport (its limits, retries and telemetry), made once for any number of
concurrent callers (single flight), ahead of expiry, and again after a ``401``.
"""

from __future__ import annotations

import base64
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import orjson

from twilio_async._exceptions import ConfigurationError, InvalidResponseError

if TYPE_CHECKING:
    from twilio_async._transport import Transport

__all__ = ["BearerAuth", "BearerTokenAuth", "OAuth2ClientCredentials", "StaticBearerToken"]

logger = logging.getLogger("twilio_async")

#: Where the official SDK's client-credentials managers ask for tokens.
_TOKEN_PRODUCT, _TOKEN_PATH = "oauth", "/v2/token"
#: A token whose lifetime Twilio did not state (no ``expires_in``, no JWT ``exp``).
_UNSTATED_LIFETIME = 300.0


@runtime_checkable
class BearerAuth(Protocol):
    """What the client asks a bearer-token provider (pass one as ``Client(oauth=...)``)."""

    async def authorization(self, transport: Transport) -> str:
        """The ``Authorization`` header value for the next request (``"Bearer ..."``)."""

    def invalidate(self, authorization: str) -> None:
        """Twilio refused ``authorization`` (401): stop using it if it is still current."""


class BearerTokenAuth:
    """A :class:`BearerAuth` provider as the session's credentials
    (:class:`~twilio_async._session.Auth`): each attempt asks the provider for its current
    token, which it fetches through the client's transport (bound once the client has
    one); a 401 tells the provider to drop the refused token."""

    __slots__ = ("provider", "transport")

    def __init__(self, provider: BearerAuth) -> None:
        self.provider = provider
        self.transport: Transport | None = None

    def __repr__(self) -> str:
        return f"<BearerTokenAuth {type(self.provider).__name__}>"  # never the token

    async def authorization(self) -> bytes:
        """The provider's current ``Authorization`` value, as a checked header value."""
        from twilio_async._headers import header_value

        assert self.transport is not None, "bound by the client that owns the session"
        return header_value("Authorization", await self.provider.authorization(self.transport))

    def refused(self, authorization: bytes) -> bool:
        """Drop the refused token (if still current): the provider then gets a new one."""
        self.provider.invalidate(authorization.decode("latin-1"))
        return True


class StaticBearerToken:
    """A token obtained elsewhere (an identity provider, a test): sent as it is."""

    __slots__ = ("_header",)

    def __init__(self, token: str) -> None:
        if not token or any(c.isspace() for c in token):
            raise ConfigurationError("a bearer token must be a non-empty string without spaces")
        self._header = f"Bearer {token}"

    def __repr__(self) -> str:
        return "StaticBearerToken(<redacted>)"

    async def authorization(self, transport: Transport) -> str:
        """The token's header value."""
        return self._header

    def invalidate(self, authorization: str) -> None:
        """Nothing to refresh: a refused static token fails the call."""


class _Token:
    __slots__ = ("expires_at", "header", "refresh_at")

    def __init__(self, header: str, expires_at: float, refresh_at: float) -> None:
        self.header = header
        self.expires_at = expires_at
        self.refresh_at = refresh_at


class _Flight:
    """One token request that every caller arriving meanwhile waits for."""

    __slots__ = ("done", "error", "token")

    def __init__(self) -> None:
        import anyio  # here: importing the package does not import anyio (it is slow to load)

        self.done = anyio.Event()
        self.token: _Token | None = None
        self.error: Exception | None = None


def _jwt_expiry(token: str) -> float | None:
    """The ``exp`` claim of a JWT (unverified: only to schedule the refresh), if any."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        claims = orjson.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (ValueError, orjson.JSONDecodeError):
        return None
    exp = claims.get("exp") if isinstance(claims, dict) else None
    return float(exp) if isinstance(exp, (int, float)) and not isinstance(exp, bool) else None


class OAuth2ClientCredentials:
    """Bearer tokens from Twilio's token endpoint with the client-credentials grant.

    ``Client(oauth=OAuth2ClientCredentials(client_id, client_secret))`` authenticates the
    ``preview_iam`` organization operations (which only take a bearer token) and, for a
    client without an auth token or API key, every other operation too.

    The token is requested from ``https://oauth.twilio.com/v2/token`` (the official SDK's
    endpoint; ``token_url`` overrides it, and must be one of the client's Twilio hosts)
    through the client's transport, so it honours ``base_url``, regions, limits and retries.
    One request serves every caller waiting at the time (single flight); the token is
    renewed ``refresh_margin`` seconds before it expires (at most half its lifetime), while
    callers keep using the current one; a ``401`` discards it. ``clock`` (seconds since the
    epoch, like a JWT's ``exp``) can be replaced in tests.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        token_url: str | None = None,
        scope: str | None = None,
        audience: str | None = None,
        refresh_margin: float = 60.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not client_id or not client_secret:
            raise ConfigurationError(
                "OAuth2 client credentials need a client_id and a client_secret"
            )
        if refresh_margin < 0:
            raise ConfigurationError("refresh_margin must be >= 0 seconds")
        self.client_id = client_id
        self._client_secret = client_secret
        self.token_url = token_url
        self.scope = scope
        self.audience = audience
        self.refresh_margin = refresh_margin
        self._clock = clock
        self._token: _Token | None = None
        self._flight: _Flight | None = None
        self.fetches = 0
        """Token requests made so far (for metrics and tests)."""

    def __repr__(self) -> str:
        return f"OAuth2ClientCredentials(client_id={self.client_id!r}, client_secret=<redacted>)"

    async def authorization(self, transport: Transport) -> str:
        """A current token's header value, requesting one only when none is fresh."""
        token = self._token
        if token is not None:
            now = self._clock()
            if now < token.refresh_at:
                return token.header
            if now < token.expires_at and self._flight is not None:
                return token.header  # being renewed; this one is still valid meanwhile
        return (await self._renew(transport)).header

    def invalidate(self, authorization: str) -> None:
        """Forget the token if it is the one refused (a later one stays)."""
        if self._token is not None and self._token.header == authorization:
            self._token = None

    async def _renew(self, transport: Transport) -> _Token:
        while True:
            flight = self._flight
            if flight is None:
                flight = self._flight = _Flight()
                try:
                    token = await self._request(transport)
                except Exception as error:
                    flight.error = error
                    raise
                else:
                    self._token = flight.token = token
                    return token
                finally:
                    # Also on cancellation: waiters then find neither token nor error and
                    # one of them requests again.
                    self._flight = None
                    flight.done.set()
            await flight.done.wait()
            if flight.token is not None:
                return flight.token
            if flight.error is not None:
                raise flight.error

    async def _request(self, transport: Transport) -> _Token:
        self.fetches += 1
        form = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self._client_secret,
            "scope": self.scope,
            "audience": self.audience,
        }
        product: str | None = _TOKEN_PRODUCT
        path = _TOKEN_PATH
        if self.token_url is not None:
            from twilio_async._hosts import route_url

            product, path = None, route_url(transport, self.token_url)
        started = self._clock()
        data: Any = await transport.request(
            "POST",
            product,
            path,
            form={k: v for k, v in form.items() if v is not None},
            auth="none",  # the client credentials are in the form
            idempotent=True,  # asking twice only issues two tokens
            operation="oauth.v2.token.create",
        )
        access = data.get("access_token") if isinstance(data, dict) else None
        if not isinstance(access, str) or not access or any(c.isspace() for c in access):
            raise InvalidResponseError(
                "the token endpoint answered without a usable access_token",
                method="POST",
                url=path if product is None else transport.url_for(product, path),
                status=200,
            )
        expires_in = data.get("expires_in")
        if isinstance(expires_in, (int, float)) and not isinstance(expires_in, bool):
            expires_at = started + float(expires_in)
        else:
            expires_at = _jwt_expiry(access) or started + _UNSTATED_LIFETIME
        lifetime = max(expires_at - started, 0.0)
        refresh_at = expires_at - min(self.refresh_margin, lifetime / 2)
        logger.info(
            "fetched an OAuth2 token for client %s (valid %.0f s)", self.client_id, lifetime
        )
        return _Token(f"Bearer {access}", expires_at, refresh_at)
