"""Starlette/FastAPI dependencies: check the signature, answer 403/413/400, return records."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import urlunsplit

from twilio_async._event_streams import EventStreamEvent, parse_event_stream
from twilio_async._webhook_events import WebhookEvent, WebhookPayloadError
from twilio_async._webhook_keys import WebhookKeyring, as_keyring
from twilio_async._webhook_request import (
    DEFAULT_MAX_BODY,
    InvalidSignatureError,
    WebhookBodyTooLargeError,
    check_max_body,
    raw_path,
    validate_request,
)

if TYPE_CHECKING:
    from starlette.requests import Request

__all__ = ["twilio_event_stream", "twilio_webhook"]

_Event = TypeVar("_Event", bound=WebhookEvent)


def twilio_webhook(
    event_type: type[_Event],
    auth_token: str | WebhookKeyring,
    *,
    public_base_url: str | None = None,
    max_body: int = DEFAULT_MAX_BODY,
) -> Callable[[Request], Awaitable[_Event]]:
    """A Starlette/FastAPI dependency: check the signature, return the typed event.

    Needs Starlette installed (FastAPI depends on it; or the ``testing`` extra).

    Use it with FastAPI's ``Depends`` (``message: Annotated[IncomingMessage,
    Depends(incoming)]``) or call it in a Starlette endpoint (``await incoming(request)``).
    A request Twilio did not sign is answered ``403``; a body over ``max_body`` bytes (default
    512 KiB, never read past) ``413``; a signed form that lacks a field the record needs or
    has a malformed one ``400`` naming the field (raised as Starlette's ``HTTPException``,
    which both frameworks turn into the response).

    ``auth_token`` is the Auth Token or a :class:`WebhookKeyring` (several Auth Tokens and
    SharedKeys, for webhooks signed with HMAC-SHA256 and for rotating keys).

    ``public_base_url`` is the scheme and host Twilio calls (``"https://example.com"``), for an
    application behind a proxy or TLS terminator: the signature is then checked against it
    followed by the request's path and query string. Without it the URL is the request's own
    (see the module documentation).
    """
    from starlette.requests import Request

    check = _checker(auth_token, public_base_url, max_body)

    async def dependency(request: Request) -> _Event:
        form = await check(request)
        try:
            return event_type.from_form(form)
        except WebhookPayloadError as exc:
            raise _http_error(400, str(exc)) from None

    # FastAPI reads the annotations at runtime; this module postpones them, so give the
    # classes themselves.
    dependency.__annotations__ = {"request": Request, "return": event_type}
    dependency.__name__ = f"twilio_webhook_{event_type.__name__}"
    return dependency


def twilio_event_stream(
    auth_token: str | WebhookKeyring,
    *,
    public_base_url: str | None = None,
    max_body: int = DEFAULT_MAX_BODY,
) -> Callable[[Request], Awaitable[list[EventStreamEvent]]]:
    """A Starlette/FastAPI dependency for an Event Streams webhook sink: the typed events.

    Event Streams posts a JSON array of CloudEvents and signs the URL, which carries the
    body's SHA-256 as ``bodySHA256``. The dependency checks both (``403`` otherwise; ``413``
    past ``max_body``) and returns the events, each the record of its schema
    (:class:`MessageStatusEvent`, ...) or an :class:`EventStreamEvent`; a body that is not an
    array of CloudEvents is answered ``400`` naming the event and attribute. The options are
    those of :func:`twilio_webhook`.
    """
    from starlette.requests import Request

    check = _checker(auth_token, public_base_url, max_body)

    async def dependency(request: Request) -> list[EventStreamEvent]:
        await check(request)
        try:
            return parse_event_stream(await request.body())
        except WebhookPayloadError as exc:
            raise _http_error(400, str(exc)) from None

    dependency.__annotations__ = {"request": Request, "return": list[EventStreamEvent]}
    dependency.__name__ = "twilio_event_stream"
    return dependency


def _checker(
    auth_token: str | WebhookKeyring, public_base_url: str | None, max_body: int
) -> Callable[[Request], Awaitable[dict[str, list[str]]]]:
    keyring = as_keyring(auth_token)  # refuses a bad secret now, not at the first request
    base = public_base_url.rstrip("/") if public_base_url is not None else None
    check_max_body(max_body)

    async def check(request: Request) -> dict[str, list[str]]:
        url = None
        if base is not None:
            url = base + urlunsplit(("", "", raw_path(request), request.url.query, ""))
        try:
            return await validate_request(request, keyring, url=url, max_body=max_body)
        except InvalidSignatureError:
            raise _http_error(403, "invalid Twilio signature") from None
        except WebhookBodyTooLargeError:
            raise _http_error(413, f"webhook body over {max_body} bytes") from None

    return check


def _http_error(status: int, detail: str) -> Exception:
    from starlette.exceptions import HTTPException

    return HTTPException(status_code=status, detail=detail)
