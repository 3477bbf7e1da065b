"""Checking a Starlette/FastAPI request's Twilio signature: the URL, the body, the verdict.

The body is read as a stream and never past ``max_body`` bytes, so a hostile client cannot
make the server hold a large body only to be refused. Every refusal is logged at DEBUG on the
``twilio_async.webhooks`` logger with the URL that was checked (scheme, host, path and the
names of the query parameters) and the reason: never a secret, a signature, a query value or
a form field (they carry phone numbers).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Final, NoReturn
from urllib.parse import parse_qsl, unquote, urlsplit, urlunsplit

from twilio_async._exceptions import TwilioError
from twilio_async._signature import (
    SIGNATURE_HEADER,
    SIGNATURE_SETTINGS_HEADER,
    SUPPORTED_ALGORITHMS,
    body_hash_in_url,
    signature_settings,
)
from twilio_async._webhook_keys import WebhookKeyring, as_keyring

if TYPE_CHECKING:
    from starlette.requests import Request

__all__ = [
    "DEFAULT_MAX_BODY",
    "InvalidSignatureError",
    "WebhookBodyTooLargeError",
    "check_max_body",
    "describe_url",
    "raw_path",
    "read_body",
    "validate_request",
]

logger = logging.getLogger("twilio_async.webhooks")

DEFAULT_MAX_BODY: Final = 512 * 1024
"""The largest webhook body read by default (bytes). Twilio's own are a few KiB."""

_FORM_CONTENT_TYPE: Final = "application/x-www-form-urlencoded"
# Twilio sends a few dozen parameters; the cap keeps a hostile body from costing much.
_MAX_FORM_FIELDS: Final = 1000


class InvalidSignatureError(TwilioError):
    """A webhook request is not signed by Twilio: missing, wrong or unverifiable signature.

    The message says why and which URL was checked (scheme, host, path and query parameter
    names), never the token or the expected signature, so it is safe to log.
    """


class WebhookBodyTooLargeError(TwilioError):
    """A webhook request's body is larger than ``max_body``; it was not read past the limit.

    :func:`twilio_webhook` answers it ``413``.
    """

    def __init__(self, message: str, *, limit: int) -> None:
        """Record the ``limit`` that was exceeded."""
        super().__init__(message)
        self.limit = limit
        """The ``max_body`` in force, in bytes."""


async def validate_request(
    request: Request,
    auth_token: str | WebhookKeyring,
    *,
    url: str | None = None,
    max_body: int = DEFAULT_MAX_BODY,
) -> dict[str, list[str]]:
    """Check a Starlette/FastAPI request's Twilio signature and return its form parameters.

    Reads ``X-Twilio-Signature`` and the body. A form-encoded body is parsed and signed with
    the URL; a JSON body (the URL carries ``bodySHA256``) must hash to that value, and then
    only the URL is signed. ``auth_token`` is the Auth Token, or a :class:`WebhookKeyring`
    holding several secrets (Auth Tokens and SharedKeys, so keys can rotate): a SharedKey
    signature (``X-Twilio-Webhooks-Signature-Settings`` names the key and the algorithm,
    HMAC-SHA1 or HMAC-SHA256) is checked with that key's secret. A plain string is used for
    every webhook, SharedKey or not.

    ``url`` overrides the URL the signature is checked against. Pass the public URL Twilio
    called when the application runs behind a proxy (see the module documentation): by default
    it is rebuilt from the request, keeping the path's original percent-encoding.

    The body is read as a stream and never past ``max_body`` bytes (default 512 KiB): a larger
    one (or a ``Content-Length`` announcing one) raises :class:`WebhookBodyTooLargeError`
    before more of it is read. After the check the body stays readable (``await
    request.body()``, ``await request.json()``).

    Returns the form parameters, each name with every value it had in the body (``{}`` for a
    JSON or empty body; a GET webhook's parameters are in ``request.query_params``, signed as
    part of the URL). Raises :class:`InvalidSignatureError` when the header is missing, the
    signature or body hash does not match, or the body cannot be checked; each refusal is
    logged at DEBUG on the ``twilio_async.webhooks`` logger with the URL checked and why.
    """
    keyring = as_keyring(auth_token)
    target = url if url is not None else request_url(request)
    signature = request.headers.get(SIGNATURE_HEADER)
    if not signature:
        _refuse(request, target, f"no {SIGNATURE_HEADER} header", explicit_url=url is not None)
    settings = request.headers.get(SIGNATURE_SETTINGS_HEADER)
    algorithm = signature_settings(settings)[1]
    if algorithm not in SUPPORTED_ALGORITHMS:
        # Refused before the body is read: nothing could validate it.
        refusal = keyring.failure(target, None, signature, settings) or "unsupported algorithm"
        _refuse(request, target, refusal, explicit_url=url is not None)
    body = await read_body(request, max_body, url=target)

    if body_hash_in_url(target) is not None:
        reason = keyring.failure(target, body, signature, settings)
        if reason is not None:
            _refuse(request, target, reason, explicit_url=url is not None)
        return {}

    try:
        form = _parse_form(body, request.headers.get("content-type"))
    except ValueError as exc:
        _refuse(request, target, str(exc), explicit_url=url is not None)
    reason = keyring.failure(target, form, signature, settings)
    if reason is not None:
        _refuse(request, target, reason, explicit_url=url is not None)
    return form


async def read_body(request: Request, max_body: int, *, url: str | None = None) -> bytes:
    """The request's body, read as a stream and never past ``max_body`` bytes.

    Raises :class:`WebhookBodyTooLargeError` as soon as ``Content-Length`` or the bytes
    received go beyond the limit. The body read is kept on the request, so Starlette's
    ``body()``, ``json()`` and ``form()`` still work afterwards.
    """
    check_max_body(max_body)
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and declared.isascii() and int(declared) > max_body:
        _too_large(f"Content-Length {declared[:20]} is over", max_body, url)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_body:
            _too_large("the body is over", max_body, url)
        chunks.append(chunk)
    body = b"".join(chunks)
    # Starlette keeps a body it read itself in ``_body``; keeping ours there lets the
    # application read the request again (``await request.json()``) after the check.
    request._body = body
    return body


def check_max_body(max_body: object) -> int:
    """``max_body`` if it is a positive int; ``ValueError`` naming it otherwise."""
    if isinstance(max_body, bool) or not isinstance(max_body, int) or max_body < 1:
        raise ValueError(f"max_body must be a positive number of bytes, not {max_body!r}")
    return max_body


def _too_large(what: str, limit: int, url: str | None) -> NoReturn:
    reason = f"{what} max_body={limit} bytes"
    described = describe_url(url) if url is not None else "the request's URL"
    logger.debug(
        "Twilio webhook refused (413): %s; at %s",
        reason,
        described,
        extra={
            "http.response.status_code": 413,
            "url.full": described,
            "twilio.webhook.reason": reason,
        },
    )
    raise WebhookBodyTooLargeError(f"{reason} (at {described})", limit=limit)


def _refuse(request: Request, url: str, reason: str, *, explicit_url: bool) -> NoReturn:
    described = describe_url(url)
    hint = "" if explicit_url else _proxy_hint(request)
    logger.debug(
        "Twilio webhook refused (403): %s; checked against %s%s",
        reason,
        described,
        hint,
        extra={
            "http.response.status_code": 403,
            "url.full": described,
            "twilio.webhook.reason": reason,
        },
    )
    raise InvalidSignatureError(f"{reason} (checked against {described})")


def _proxy_hint(request: Request) -> str:
    # A proxy in front is the usual cause of a signature that never matches: say so when the
    # request shows one, with the scheme and host it forwarded (not the client addresses).
    seen = [
        f"{name}: {request.headers[name][:80]}"
        for name in ("x-forwarded-proto", "x-forwarded-host")
        if name in request.headers
    ]
    forwarded = request.headers.get("forwarded")
    if forwarded is not None:
        parts = [
            part.strip()[:80]
            for part in forwarded.replace(",", ";").split(";")
            if part.strip().lower().startswith(("proto=", "host="))
        ]
        seen.append("forwarded: " + (";".join(parts) or "(no proto or host)"))
    if not seen:
        return ""
    return (
        f"; the request came through a proxy ({'; '.join(seen)}): pass the public URL "
        "(public_base_url= or url=) or let the server trust forwarded headers"
    )


def _parse_form(body: bytes, content_type: str | None) -> dict[str, list[str]]:
    if not body:
        return {}
    media_type = (content_type or "").partition(";")[0].strip().lower()
    if media_type != _FORM_CONTENT_TYPE:
        raise ValueError(
            f"cannot check a {media_type[:60] or 'untyped'!r} body without bodySHA256 in the URL"
        )
    try:
        pairs = parse_qsl(
            body.decode("utf-8"),
            keep_blank_values=True,
            errors="strict",
            max_num_fields=_MAX_FORM_FIELDS,
        )
    except ValueError as exc:  # UnicodeDecodeError is a ValueError
        raise ValueError(f"form body is not valid UTF-8 form data: {exc}") from None
    form: dict[str, list[str]] = {}
    for name, value in pairs:
        form.setdefault(name, []).append(value)
    return form


def request_url(request: Request) -> str:
    """The URL of ``request`` as the client sent it (the path's percent-encoding kept)."""
    url = request.url
    return urlunsplit((url.scheme, url.netloc, raw_path(request), url.query, ""))


def raw_path(request: Request) -> str:
    """The request's path with its original percent-encoding, which is what Twilio signed."""
    path_bytes = request.scope.get("raw_path")
    # Starlette rebuilds the path from its decoded form, which loses the percent-encoding
    # Twilio signed. The raw path is used only when it agrees with the decoded one, which it
    # does not when a root_path was added in front.
    if isinstance(path_bytes, bytes):
        path = path_bytes.decode("latin-1")
        if unquote(path) == request.scope.get("path"):
            return path
    return request.url.path


def describe_url(url: str) -> str:
    """``url`` as scheme, host, path and the names of its query parameters, safe to log.

    Query values and credentials may hold secrets or phone numbers; the rest is what one
    needs to spot a proxy rewriting the scheme, host or path.
    """
    try:
        parts = urlsplit(url)
        names = [name for name, _ in parse_qsl(parts.query, keep_blank_values=True)]
    except ValueError:
        return "an unparsable URL"
    host = parts.netloc.rpartition("@")[2]
    query = "&".join(f"{name}=..." for name in dict.fromkeys(names))
    return f"{parts.scheme}://{host}{parts.path}" + (f"?{query}" if query else "")
