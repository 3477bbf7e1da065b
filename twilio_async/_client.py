"""The public entry point: :class:`Client`."""

from __future__ import annotations

import os
import platform
import re
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Final

import httpx

from twilio_async._exceptions import ClientClosedError, ConfigurationError
from twilio_async._extra_endpoints import ExtraEndpoints
from twilio_async._limiter import AdaptiveLimiter, Limiter
from twilio_async._oauth import BearerAuth, BearerTokenAuth
from twilio_async._retry import RetryPolicy
from twilio_async._session import BasicAuth, Session
from twilio_async._transport import KEEP, Transport
from twilio_async._version import __version__
from twilio_async.rest import RestDomains
from twilio_async.rest.api.v2010.accounts_messages import MessageList

if TYPE_CHECKING:
    from opentelemetry.metrics import MeterProvider
    from opentelemetry.trace import TracerProvider

    from twilio_async._transports import FastTransport


__all__ = ["DEFAULT_MAX_CONCURRENCY", "DEFAULT_TIMEOUT", "Client"]

#: Connect fast or fail; allow Twilio a while to answer. The official SDK's async mode
#: has no timeout at all, so a stuck connection hangs forever.
DEFAULT_TIMEOUT: Final = httpx.Timeout(connect=10.0, read=30.0, write=30.0, pool=30.0)
#: Twilio's default per-account concurrency limit; adaptive limiting finds the real one.
DEFAULT_MAX_CONCURRENCY: Final = 100

_ACCOUNT_SID = re.compile(r"^AC[0-9a-fA-F]{32}$")
_API_KEY_SID = re.compile(r"^SK[0-9a-fA-F]{32}$")


class _Default:
    def __repr__(self) -> str:
        return "<default>"


_DEFAULT: Final = _Default()

_HELP = (
    "pass Client(account_sid, auth_token), or Client(api_key=..., api_secret=..., "
    "account_sid=...) (the official SDK's Client(api_key, api_secret, account_sid) works "
    "too), or set TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN (or with TWILIO_API_KEY and "
    "TWILIO_API_SECRET)"
)


def _positional_api_key(
    first: str | None, second: str | None, third: str | None
) -> tuple[str | None, str | None, str | None, str | None]:
    """Accept the official SDK's ``Client(api_key_sid, api_key_secret, account_sid)``.

    Returns (account_sid, auth_token, api_key, api_secret) as the keyword form has them.
    """
    if first is not None and _API_KEY_SID.match(first):
        return third, None, first, second
    if third is not None:
        raise ConfigurationError(
            "a third positional argument is the Account SID of the official SDK's "
            "Client(api_key_sid, api_key_secret, account_sid) form, whose first argument is "
            f"an API key ('SK' followed by 32 hex characters); got {_describe(first or '')} "
            "first. For an auth token pass Client(account_sid, auth_token)"
        )
    return first, second, None, None


def _describe(value: str) -> str:
    # Enough to recognise a wrong value, never enough to leak one.
    return f"{value[:2]!r}... ({len(value)} characters)" if value else "an empty string"


def _resolve_credentials(
    account_sid: str | None,
    auth_token: str | None,
    api_key: str | None,
    api_secret: str | None,
    oauth: bool = False,
) -> tuple[str, str, str, str]:
    """Return (account_sid, username, password, auth kind) or raise ConfigurationError.

    With ``oauth`` (a bearer-token provider), no Basic credentials is fine: the kind is then
    ``"oauth"`` and the Account SID may be empty (organization operations need none).
    """
    env = os.environ
    if api_key is None and api_secret is None and auth_token is None:
        if env.get("TWILIO_API_KEY") and env.get("TWILIO_API_SECRET"):
            api_key, api_secret = env["TWILIO_API_KEY"], env["TWILIO_API_SECRET"]
        else:
            auth_token = env.get("TWILIO_AUTH_TOKEN")
    account_sid = account_sid if account_sid is not None else env.get("TWILIO_ACCOUNT_SID")
    if oauth and not auth_token and api_key is None and api_secret is None:
        if account_sid and not _ACCOUNT_SID.match(account_sid):
            raise ConfigurationError(
                f"the Account SID must be 'AC' followed by 32 hex characters, got "
                f"{_describe(account_sid)}; check account_sid / TWILIO_ACCOUNT_SID"
            )
        return account_sid or "", "", "", "oauth"
    if not account_sid:
        raise ConfigurationError(f"no Twilio Account SID: {_HELP}")
    if not _ACCOUNT_SID.match(account_sid):
        raise ConfigurationError(
            f"the Account SID must be 'AC' followed by 32 hex characters, got "
            f"{_describe(account_sid)}; check account_sid / TWILIO_ACCOUNT_SID"
        )
    if api_key is not None or api_secret is not None:
        if not api_key or not api_secret:
            raise ConfigurationError(
                "an API key needs both api_key and api_secret "
                "(or TWILIO_API_KEY and TWILIO_API_SECRET)"
            )
        if not _API_KEY_SID.match(api_key):
            raise ConfigurationError(
                f"the API key must be 'SK' followed by 32 hex characters, got "
                f"{_describe(api_key)}; check api_key / TWILIO_API_KEY"
            )
        return account_sid, api_key, api_secret, "api_key"
    if not auth_token:
        raise ConfigurationError(f"no Twilio auth token or API key: {_HELP}")
    if any(c.isspace() for c in auth_token):
        raise ConfigurationError("the auth token contains whitespace; check TWILIO_AUTH_TOKEN")
    return account_sid, account_sid, auth_token, "auth_token"


def _base_urls(
    base_url: str | Mapping[str, str] | None, region: str | None, edge: str | None
) -> dict[str, str]:
    """Base URL per product; ``"*"`` is the template for products not listed.

    Without ``base_url``, ``TWILIO_BASE_URL`` overrides every host (region and edge
    included), so an unchanged program can be pointed at a fake Twilio.
    """
    source = "base_url"
    if base_url is None and os.environ.get("TWILIO_BASE_URL"):
        base_url, source = os.environ["TWILIO_BASE_URL"], "TWILIO_BASE_URL"
    if base_url is not None:
        urls = {"*": base_url} if isinstance(base_url, str) else dict(base_url)
        for product, url in urls.items():
            if not url.startswith(("http://", "https://")):
                what = source if product == "*" else f"{source} for {product!r}"
                raise ConfigurationError(f"{what} must start with http:// or https://")
        return {product: url.rstrip("/") for product, url in urls.items()}
    region = region or os.environ.get("TWILIO_REGION") or None
    edge = edge or os.environ.get("TWILIO_EDGE") or None
    if edge and not region:
        region = "us1"  # as Twilio's SDKs do: an edge alone implies the US1 region
    for name, value in (("region", region), ("edge", edge)):
        if value is not None and not re.fullmatch(r"[a-z0-9-]+", value):
            raise ConfigurationError(
                f"{name} must be a lowercase name such as 'ie1', got {value!r}"
            )
    suffix = "".join(f".{part}" for part in (edge, region) if part)
    return {"*": f"https://{{product}}{suffix}.twilio.com"}


def _http_client(
    http_client: httpx.AsyncClient | None,
    proxy: str | httpx.URL | httpx.Proxy | None,
    max_concurrency: int,
    timeout: httpx.Timeout,
) -> tuple[httpx.AsyncClient, FastTransport | None]:
    """The HTTP client to send with (the user's, or ours), and the FastTransport every one
    of its requests reaches (ours without a proxy; ``None`` otherwise): it bounds a whole
    exchange by the retry deadline itself, and takes requests as bytes."""
    if http_client is not None:
        if proxy is not None:
            raise ConfigurationError(
                "proxy= configures the HTTP client twilio_async creates; with http_client= "
                "set the proxy on your httpx.AsyncClient"
            )
        return http_client, None
    # Imported here: the transport brings asyncio and httptools, which a process that only
    # imports the package (a CLI, a worker that has not started) does not need.
    from twilio_async._http import default_http_client, proxy_mounts
    from twilio_async._transports import FastTransport

    mounts = proxy_mounts(proxy, max_concurrency)
    client = default_http_client(max_concurrency, timeout, mounts)
    transport = client._transport
    return client, transport if not mounts and isinstance(transport, FastTransport) else None


def _user_agent() -> str:
    return (
        f"twilio-async/{__version__} ({platform.system()} {platform.machine()}) "
        f"Python/{platform.python_version()}"
    )


class Client(RestDomains, ExtraEndpoints):
    """An async client for Twilio's REST API.

    >>> async with Client() as client:  # doctest: +SKIP
    ...     msg = await client.messages.create(to="+15558675310", from_="+15017122661",
    ...                                        body="Hello")

    Credentials come from the arguments or from ``TWILIO_ACCOUNT_SID`` /
    ``TWILIO_AUTH_TOKEN`` (or ``TWILIO_API_KEY`` / ``TWILIO_API_SECRET``). The official SDK's
    positional API-key form ``Client(api_key_sid, api_key_secret, account_sid)`` is accepted
    too (recognised by the ``SK`` prefix of the first argument; ``sdk_account_sid`` is that
    third argument, ``TWILIO_ACCOUNT_SID`` when omitted). Missing or malformed ones raise
    :class:`~twilio_async.ConfigurationError` here, not at the first request.
    ``region``/``edge`` (or ``TWILIO_REGION``/``TWILIO_EDGE``) choose Twilio's regional
    hosts; ``base_url`` (or ``TWILIO_BASE_URL``) overrides every host (a string, or a
    mapping from product such as ``"api"``/``"verify"`` to URL) to point at a fake or a mock
    server.

    ``max_concurrency`` bounds requests in flight across every task sharing the client;
    with ``adaptive_concurrency`` the bound settles on the account's real limit from
    Twilio's 429s. ``limiter`` replaces that local limiter with any
    :class:`~twilio_async.Limiter`, e.g. a :class:`twilio_async.redis.RedisLimiter` that
    every process sending for the account shares (``max_concurrency`` and
    ``adaptive_concurrency`` are then the limiter's business). ``retry`` is a
    :class:`RetryPolicy` (``None`` disables retries).
    ``http_client`` lets you bring your own ``httpx.AsyncClient``; it is then yours to
    close. ``proxy`` (a URL such as ``"http://proxy:3128"``, or an ``httpx.Proxy``) sends
    every request through that proxy; without it ``HTTP_PROXY``, ``HTTPS_PROXY``,
    ``ALL_PROXY`` and ``NO_PROXY`` apply exactly as in httpx. Proxied requests go through
    httpx's own transport. ``timeout`` holds httpx's per-phase timeouts: ``connect``,
    ``read`` (each wait for response bytes, not the whole response), ``write`` and
    ``pool``; the retry policy's ``deadline`` bounds the whole call. Use the client as an
    async context manager or call :meth:`aclose`.

    Every Twilio product is an attribute laid out as in the official SDK
    (``client.conversations.v1.conversations(sid).messages``), loaded on first use, plus
    the official account shortcuts (``client.messages``, ``client.calls``, ``client.usage``).

    ``oauth`` is an OAuth2 bearer-token provider such as
    :class:`~twilio_async.oauth.OAuth2ClientCredentials`: the ``preview_iam`` organization
    operations, which take only a bearer token, use it; so does every other operation when
    the client has no auth token or API key (then ``account_sid`` is optional, needed only
    by account-scoped operations).

    With ``opentelemetry-api`` installed (``pip install twilio-async[otel]``) every call is
    traced and measured through OpenTelemetry's global providers, or through
    ``tracer_provider`` / ``meter_provider`` when given.

    ``redact_pii`` (default ``True``) keeps personal data out of what the client writes
    about requests: span attributes, metric attributes, log records (httpx's request line
    included) and the text of errors show URLs with path values other than SIDs replaced
    by their placeholder (``/v2/PhoneNumbers/{PhoneNumber}``) and query values other than
    paging as ``REDACTED``, and hide phone numbers and email addresses in error messages.
    ``redact_pii=False`` shows full URLs and messages, for debugging; credentials, secret
    parameters and Verify codes stay hidden either way. Errors' attributes (``url``,
    ``params``) always hold the complete request, for your code to act on.
    """

    def __init__(
        self,
        account_sid: str | None = None,
        auth_token: str | None = None,
        sdk_account_sid: str | None = None,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        region: str | None = None,
        edge: str | None = None,
        base_url: str | Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        adaptive_concurrency: bool = True,
        limiter: Limiter | None = None,
        retry: RetryPolicy | _Default | None = _DEFAULT,
        http_client: httpx.AsyncClient | None = None,
        proxy: str | httpx.URL | httpx.Proxy | None = None,
        tracer_provider: TracerProvider | None = None,
        meter_provider: MeterProvider | None = None,
        oauth: BearerAuth | None = None,
        redact_pii: bool = True,
    ) -> None:
        if (account_sid is not None and _API_KEY_SID.match(account_sid)) or sdk_account_sid:
            if api_key is not None or api_secret is not None:
                raise ConfigurationError(
                    "pass the API key either positionally, as the official SDK's "
                    "Client(api_key_sid, api_key_secret, account_sid), or as api_key= and "
                    "api_secret=, not both"
                )
            account_sid, auth_token, api_key, api_secret = _positional_api_key(
                account_sid, auth_token, sdk_account_sid
            )
        if oauth is not None and not isinstance(oauth, BearerAuth):
            raise ConfigurationError(
                "oauth= takes a bearer-token provider such as "
                f"OAuth2ClientCredentials(client_id, client_secret), got {type(oauth).__name__}"
            )
        sid, username, password, kind = _resolve_credentials(
            account_sid, auth_token, api_key, api_secret, oauth is not None
        )
        if max_concurrency < 1:
            raise ConfigurationError("max_concurrency must be at least 1")
        if limiter is None:
            limiter = AdaptiveLimiter(max_concurrency, adaptive=adaptive_concurrency)
        else:
            max_concurrency = limiter.maximum
        self._account_sid = sid
        self._auth_kind = kind
        self._username = username
        timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        urls = _base_urls(base_url, region, edge)
        owns = http_client is None
        http_client, direct = _http_client(http_client, proxy, max_concurrency, timeout)
        self._oauth = oauth
        bearer = BearerTokenAuth(oauth) if oauth is not None else None
        session = Session(
            auth=BasicAuth(username, password) if kind != "oauth" else None,
            bearer=bearer,
            base_urls=urls,
            http_client=http_client,
            owns_http_client=owns,
            limiter=limiter,
            user_agent=_user_agent(),
            transport_enforces_total=direct is not None,
            direct=direct,
            tracer_provider=tracer_provider,
            meter_provider=meter_provider,
            redact_pii=redact_pii,
        )
        self._bind(
            Transport(
                session,
                timeout=timeout,
                retry=RetryPolicy() if isinstance(retry, _Default) else retry,
            )
        )
        if bearer is not None:
            bearer.transport = self._transport  # tokens are fetched through the client's own

    def _bind(self, transport: Transport) -> None:
        self._transport = transport
        # Built once: the hot path of bulk sending goes through it.
        self._messages = MessageList(transport, (self._account_sid,))

    # -- per-request options --------------------------------------------------------------
    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = KEEP,
        retry: RetryPolicy | None = KEEP,
        headers: Mapping[str, str] | None = None,
    ) -> Client:
        """A view of this client with some options replaced, for the calls made through it.

        >>> quick = client.with_options(timeout=5, retry=None)  # doctest: +SKIP
        >>> await quick.messages.create(to=..., from_=..., body="Hi")  # doctest: +SKIP

        ``timeout`` replaces the per-phase timeouts (a number sets connect, read, write
        and pool; an ``httpx.Timeout`` each one; ``None`` none), ``retry`` the
        :class:`RetryPolicy` (``None``: one attempt only), ``headers`` adds headers to
        every request (an operation's own header parameter of the same name wins; the
        client's ``Authorization``, ``User-Agent`` and content headers cannot be replaced).
        Options not given stay as they are here, so views can be layered.

        The view shares everything else with this client: the connection pool, the
        concurrency limiter, the credentials (an OAuth2 provider and its token included),
        telemetry, what is redacted (``redact_pii``) and the retry count; every resource is reached
        through it as through the client (``view.lookups.v2.phone_numbers(n).fetch()``).
        Making one costs a few objects, no connection. Closing a view does nothing; closing
        the client closes every view. An operation's own ``timeout`` parameter (Twilio's,
        such as a call's ring time) is unrelated and passes through unchanged.
        """
        view = object.__new__(type(self))
        view._account_sid = self._account_sid
        view._auth_kind = self._auth_kind
        view._username = self._username
        view._oauth = self._oauth
        view._bind(self._transport.with_options(timeout=timeout, retry=retry, headers=headers))
        return view

    # -- identity -------------------------------------------------------------------
    @property
    def account_sid(self) -> str:
        """The Account SID that requests are made for."""
        return self._account_sid

    @property
    def transport(self) -> Transport:
        """The transport (for metrics such as ``transport.retries`` and ``limiter.limit``)."""
        return self._transport

    def __repr__(self) -> str:
        auth = {"auth_token": "auth_token", "oauth": "oauth"}.get(
            self._auth_kind, f"api_key={self._username!r}"
        )
        if self._oauth is not None and self._auth_kind != "oauth":
            auth += " +oauth"
        state = " closed" if self._transport.closed else ""
        kind = "Client" if self._transport.owner else "Client view"
        return (
            f"<twilio_async.{kind} account_sid={self._account_sid!r} {auth} "
            f"api={self._transport.base_url('api')!r}{state}>"
        )

    # -- resources ------------------------------------------------------------------
    @property
    def messages(self) -> MessageList:
        """Messages of this account: ``create``, ``list``, ``stream``, ``page``, ``(sid)``."""
        return self._messages

    # -- lifecycle ------------------------------------------------------------------
    @property
    def closed(self) -> bool:
        """Whether :meth:`aclose` has been called."""
        return self._transport.closed

    async def aclose(self) -> None:
        """Close the connection pool (unless the ``http_client`` was yours). Idempotent.

        On a :meth:`with_options` view this does nothing: the client that made it owns the
        pool its views share.
        """
        await self._transport.aclose()

    async def __aenter__(self) -> Client:
        if self.closed:
            raise ClientClosedError("this twilio_async Client is closed; create a new one")
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
