"""Reading an error response body, whichever of Twilio's shapes it comes in.

Twilio answers errors in (at least) four JSON shapes, and the official SDK maps only two of
them, into two unrelated exception classes:

* the classic body: ``code``, ``message``, ``more_info``, ``status``, optional ``details``;
* RFC 9457 problem details (newer APIs): ``type``, ``title``, ``status``, ``detail``,
  ``instance``, Twilio's ``code`` and optional ``errors`` (per-field validation errors);
* SCIM errors (``preview_iam`` users, RFC 7644): ``schemas``, ``detail``, ``scimType``,
  ``status`` as a string, ``code``, ``moreInfo``;
* the camel-case service body: ``code``, ``message``, ``moreInfo``, ``status``, ``params``.

:func:`parse_error_body` folds them into one :class:`ErrorBody`, from which the transport
builds one :class:`~twilio_async.TwilioAPIError`.
"""

from __future__ import annotations

from typing import Any

import attrs
import orjson

__all__ = ["ErrorBody", "parse_error_body"]


@attrs.frozen(slots=True)
class ErrorBody:
    """What an error body said, in the fields of :class:`~twilio_async.TwilioAPIError`."""

    code: int | None
    message: str
    more_info: str | None = None
    details: dict[str, Any] | None = None
    title: str | None = None
    detail: str | None = None
    problem_type: str | None = None
    instance: str | None = None
    errors: list[dict[str, Any]] | None = None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _code(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    # isdigit() alone also accepts "²", which int() rejects.
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return None


def excerpt(content: bytes) -> str:
    """The start of a body, whitespace collapsed, for an error message."""
    return " ".join(content[:2000].decode("utf-8", "replace").split())[:200]


def parse_error_body(content: bytes, status: int) -> ErrorBody:
    """Fold any of Twilio's error bodies (or a proxy's HTML page) into an :class:`ErrorBody`."""
    body: Any = None
    if content:
        try:
            body = orjson.loads(content)
        except orjson.JSONDecodeError:
            body = None
    if not isinstance(body, dict):
        # Not Twilio's JSON (a proxy's HTML page, a load balancer): keep a short excerpt.
        text = excerpt(content)
        message = f"non-JSON error body: {text}" if text else f"HTTP {status} (empty body)"
        return ErrorBody(code=None, message=message)
    title = _text(body.get("title"))
    detail = _text(body.get("detail"))
    problem_type = _text(body.get("type"))
    message = _text(body.get("message")) or detail or title or f"HTTP {status}"
    more_info = _text(body.get("more_info")) or _text(body.get("moreInfo"))
    if more_info is None and problem_type and problem_type.startswith("https://"):
        more_info = problem_type  # RFC 9457: the type URI documents the problem
    details = body.get("details")
    details = dict(details) if isinstance(details, dict) else None
    extra = {
        key: body[key]
        for key in ("scimType", "params", "user_error")
        if body.get(key) not in (None, "", {})
    }
    if extra:
        details = {**(details or {}), **extra}
    errors = body.get("errors")
    if isinstance(errors, list):
        errors = [dict(e) for e in errors if isinstance(e, dict)]
    return ErrorBody(
        code=_code(body.get("code")),
        message=message,
        more_info=more_info,
        details=details,
        title=title,
        detail=detail,
        problem_type=problem_type,
        instance=_text(body.get("instance")),
        errors=errors if isinstance(errors, list) else None,
    )
