"""Validate that webhook requests really come from Twilio.

Twilio signs every webhook with ``X-Twilio-Signature``: base64(HMAC-SHA1(auth token, the full
URL followed by each POST parameter's name and value, sorted by name)). JSON webhooks instead
carry ``bodySHA256`` (hex SHA-256 of the body) in the URL, and only the URL is signed.

Three ways in.

:class:`RequestValidator`, shaped like the official SDK's, works with any framework::

    from twilio_async.webhooks import RequestValidator

    validator = RequestValidator(auth_token)
    if not validator.validate(url, form_params, signature_header):
        ...  # reply 403

:func:`twilio_webhook` is a Starlette/FastAPI dependency that checks the signature and returns
the typed event (:class:`IncomingMessage`, :class:`MessageStatusCallback`,
:class:`CallStatusCallback`), answering 403 for a request Twilio did not sign::

    from typing import Annotated
    from fastapi import Depends, FastAPI
    from twilio_async.webhooks import IncomingMessage, twilio_webhook

    incoming_message = twilio_webhook(IncomingMessage, auth_token)

    @app.post("/sms")
    async def sms(message: Annotated[IncomingMessage, Depends(incoming_message)]) -> ...:
        ...  # message.from_, message.body, message.media

:func:`validate_request`, for Starlette and FastAPI, reads the header and the body and returns
the form::

    from fastapi import HTTPException, Request
    from twilio_async.webhooks import InvalidSignatureError, validate_request

    @app.post("/sms")
    async def incoming_sms(request: Request) -> Response:
        try:
            form = await validate_request(request, auth_token)
        except InvalidSignatureError:
            raise HTTPException(status_code=403)
        senders = form["From"]  # every value the field had
        ...

**Behind a proxy.** Twilio signs the public URL it called. When TLS ends at a load balancer or
a reverse proxy rewrites the host or path, the URL the application sees (``http://app:8000/sms``)
is not that URL (``https://example.com/sms``) and every signature fails. Either pass
``url="https://example.com/sms"`` (plus the query string, if any) to :func:`validate_request`,
``public_base_url="https://example.com"`` to :func:`twilio_webhook` (the request's path and
query string are appended), or make the server trust the proxy's forwarded headers (uvicorn
``--proxy-headers --forwarded-allow-ips=...``) so that ``request.url`` is the public URL again.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Final, TypeVar
from urllib.parse import parse_qsl, unquote, urlsplit, urlunsplit

from twilio_async._exceptions import TwilioError
from twilio_async._signature import (
    HMAC_SHA1,
    HMAC_SHA256,
    SIGNATURE_HEADER,
    SIGNATURE_SETTINGS_HEADER,
    SUPPORTED_ALGORITHMS,
    FormParams,
    MultiItems,
    RequestValidator,
    body_hash_in_url,
    get_signature_algorithm,
)
from twilio_async._webhook_events import (
    CallStatusCallback,
    IncomingMedia,
    IncomingMessage,
    MessageStatusCallback,
    WebhookEvent,
    WebhookPayloadError,
)

if TYPE_CHECKING:
    from starlette.requests import Request

__all__ = [
    "CallStatusCallback",
    "IncomingMedia",
    "IncomingMessage",
    "MessageStatusCallback",
    "WebhookEvent",
    "WebhookPayloadError",
    "twilio_webhook",
    "HMAC_SHA1",
    "HMAC_SHA256",
    "SIGNATURE_HEADER",
    "SIGNATURE_SETTINGS_HEADER",
    "FormParams",
    "InvalidSignatureError",
    "MultiItems",
    "RequestValidator",
    "get_signature_algorithm",
    "validate_request",
]

_FORM_CONTENT_TYPE: Final = "application/x-www-form-urlencoded"
# Twilio sends a few dozen parameters; the cap keeps a hostile body from costing much.
_MAX_FORM_FIELDS: Final = 1000


class InvalidSignatureError(TwilioError):
    """A webhook request is not signed by Twilio: missing, wrong or unverifiable signature.

    The message says why and which URL was checked (scheme, host and path only), never the
    token or the expected signature, so it is safe to log.
    """


async def validate_request(
    request: Request, auth_token: str, *, url: str | None = None
) -> dict[str, list[str]]:
    """Check a Starlette/FastAPI request's Twilio signature and return its form parameters.

    Reads ``X-Twilio-Signature`` and the body. A form-encoded body is parsed and signed with
    the URL; a JSON body (the URL carries ``bodySHA256``) must hash to that value, and then
    only the URL is signed. A SharedKey signature (``X-Twilio-Webhooks-Signature-Settings``
    names the algorithm) is checked the same way; pass the SharedKey secret as ``auth_token``.

    ``url`` overrides the URL the signature is checked against. Pass the public URL Twilio
    called when the application runs behind a proxy (see the module documentation): by default
    it is rebuilt from the request, keeping the path's original percent-encoding.

    Returns the form parameters, each name with every value it had in the body (``{}`` for a
    JSON or empty body: the body stays readable with ``await request.json()``; a GET webhook's
    parameters are in ``request.query_params``, signed as part of the URL). Raises
    :class:`InvalidSignatureError` when the header is missing, the signature or body hash does
    not match, or the body cannot be checked.
    """
    signature = request.headers.get(SIGNATURE_HEADER)
    target = url if url is not None else _request_url(request)
    if not signature:
        raise InvalidSignatureError(f"no {SIGNATURE_HEADER} header ({_describe(target)})")
    algorithm = get_signature_algorithm(request.headers.get(SIGNATURE_SETTINGS_HEADER))
    if algorithm not in SUPPORTED_ALGORITHMS:
        raise InvalidSignatureError(f"unsupported signature algorithm {algorithm!r}")
    validator = RequestValidator(auth_token)
    body = await request.body()

    if body_hash_in_url(target) is not None:
        if not validator.validate(target, body, signature, algorithm):
            raise InvalidSignatureError(
                f"signature or bodySHA256 does not match ({_describe(target)})"
            )
        return {}

    form = _parse_form(body, request.headers.get("content-type"))
    if not validator.validate(target, form, signature, algorithm):
        raise InvalidSignatureError(f"signature does not match ({_describe(target)})")
    return form


_Event = TypeVar("_Event", bound=WebhookEvent)


def twilio_webhook(
    event_type: type[_Event], auth_token: str, *, public_base_url: str | None = None
) -> Callable[[Request], Awaitable[_Event]]:
    """A Starlette/FastAPI dependency: check the signature, return the typed event.

    Needs Starlette installed (FastAPI depends on it; or the ``testing`` extra).

    Use it with FastAPI's ``Depends`` (``message: Annotated[IncomingMessage,
    Depends(incoming)]``) or call it in a Starlette endpoint (``await incoming(request)``).
    A request Twilio did not sign is answered ``403``; a signed form that lacks a field the
    record needs is answered ``400`` (raised as Starlette's ``HTTPException``, which both
    frameworks turn into the response).

    ``public_base_url`` is the scheme and host Twilio calls (``"https://example.com"``), for an
    application behind a proxy or TLS terminator: the signature is then checked against it
    followed by the request's path and query string. Without it the URL is the request's own
    (see the module documentation).
    """
    from starlette.exceptions import HTTPException
    from starlette.requests import Request

    base = public_base_url.rstrip("/") if public_base_url is not None else None

    async def dependency(request: Request) -> _Event:
        url = None
        if base is not None:
            url = urlunsplit(("", "", _raw_path(request), request.url.query, ""))
            url = base + url
        try:
            form = await validate_request(request, auth_token, url=url)
        except InvalidSignatureError:
            raise HTTPException(status_code=403, detail="invalid Twilio signature") from None
        try:
            return event_type.from_form(form)
        except WebhookPayloadError as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from None

    # FastAPI reads the annotations at runtime; this module postpones them, so give the
    # classes themselves.
    dependency.__annotations__ = {"request": Request, "return": event_type}
    dependency.__name__ = f"twilio_webhook_{event_type.__name__}"
    return dependency


def _parse_form(body: bytes, content_type: str | None) -> dict[str, list[str]]:
    if not body:
        return {}
    media_type = (content_type or "").partition(";")[0].strip().lower()
    if media_type != _FORM_CONTENT_TYPE:
        raise InvalidSignatureError(
            f"cannot check a {media_type or 'untyped'!r} body without bodySHA256 in the URL"
        )
    try:
        pairs = parse_qsl(
            body.decode("utf-8"),
            keep_blank_values=True,
            errors="strict",
            max_num_fields=_MAX_FORM_FIELDS,
        )
    except ValueError as exc:  # UnicodeDecodeError is a ValueError
        raise InvalidSignatureError(f"form body is not valid UTF-8 form data: {exc}") from None
    form: dict[str, list[str]] = {}
    for name, value in pairs:
        form.setdefault(name, []).append(value)
    return form


def _request_url(request: Request) -> str:
    url = request.url
    return urlunsplit((url.scheme, url.netloc, _raw_path(request), url.query, ""))


def _raw_path(request: Request) -> str:
    raw_path = request.scope.get("raw_path")
    # Starlette rebuilds the path from its decoded form, which loses the percent-encoding
    # Twilio signed. The raw path is used only when it agrees with the decoded one, which it
    # does not when a root_path was added in front.
    if isinstance(raw_path, bytes):
        path = raw_path.decode("latin-1")
        if unquote(path) == request.scope.get("path"):
            return path
    return request.url.path


def _describe(url: str) -> str:
    # Query strings and credentials may hold secrets; the rest is what one needs to spot a
    # proxy rewriting the scheme, host or path.
    try:
        parts = urlsplit(url)
    except ValueError:
        return "checked against an unparsable URL"
    host = parts.netloc.rpartition("@")[2]
    return f"checked against {parts.scheme}://{host}{parts.path}"
