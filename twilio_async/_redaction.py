"""What twilio_async never writes down: secrets always, personal data unless asked to.

The one place that decides it, for everything the library says about a request (span
attributes, metric attributes, log records, error messages) and for records' ``repr``:

- **Secret names** (:func:`is_secret_param`, :func:`is_secret_field`): parameters and
  record fields that hold credentials (tokens, secrets, passwords, private and API keys,
  signatures, PINs) or one-time codes (Verify's ``Code`` and ``CustomCode``, OAuth
  codes). Their values are never shown, whatever the client's options.
- **URLs as shown** (:func:`shown_url`): user info dropped; path values replaced by the
  operation's placeholder (``/v2/PhoneNumbers/{PhoneNumber}``) unless they are SIDs,
  which identify a resource and no person; query values replaced by ``REDACTED`` except
  paging parameters and SIDs. The structure comes from the operation's path template,
  registered by each :class:`~twilio_async._operation.Operation` as it is declared.
- **A safety net** (:func:`scrub`): phone numbers (E.164, or runs of 10 to 15 digits) and email
  addresses in any other text shown (Twilio's error messages, paths without a template)
  are replaced by ``REDACTED``.

``Client(redact_pii=False)`` shows full URLs and texts instead (:func:`safe_url`): the
personal data comes back, secrets stay hidden.

This module uses the standard library only: the code generator loads it by path to mark
secret record fields, without importing the package it is generating.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

__all__ = [
    "REDACTED",
    "hide",
    "is_secret_field",
    "is_secret_param",
    "redact_params",
    "register_template",
    "safe_url",
    "scrub",
    "secret_values",
    "shown_url",
]

#: What a hidden value is replaced with (OpenTelemetry's convention for ``url.full``).
REDACTED = "REDACTED"
#: What a secret parameter's value becomes in an error's ``params``.
SECRET_PARAM_VALUE = "<redacted>"

# Names are compared lowercased with everything but letters and digits removed, so
# ``AuthToken``, ``auth_token``, ``authToken`` and ``Binding.Secret`` are all covered.
_SECRET_ENDINGS = (
    "token",
    "secret",
    "password",
    "privatekey",
    "apikey",
    "writekey",
    "credential",
    "credentials",
    "signature",
    "pin",
    # One-time codes: knowing one is enough to pass a check.
    "customcode",
    "verificationcode",
    "securitycode",
    "authorizationcode",
    "activationcode",
    "registrationcode",
    "validationcode",
    "codeverifier",
)
# Paging cursors end in "token" but only say where a list continues.
_PAGING_CURSORS = ("pagetoken", "nexttoken", "previoustoken")
_NOT_NAME_CHARS = re.compile(r"[^a-z0-9]")


def _normal(name: str) -> str:
    return _NOT_NAME_CHARS.sub("", name.lower())


@lru_cache(maxsize=2048)
def is_secret_field(name: str) -> bool:
    """Whether a record field (a JSON key) holds a secret, to be kept out of ``repr``.

    A bare ``code`` is not one here: in Twilio's answers it is an error code.
    """
    normal = _normal(name)
    return normal.endswith(_SECRET_ENDINGS) and not normal.endswith(_PAGING_CURSORS)


@lru_cache(maxsize=2048)
def is_secret_param(name: str) -> bool:
    """Whether a request parameter (an API name such as ``AuthToken``) holds a secret.

    Like :func:`is_secret_field`, plus a bare ``Code``: Verify's check and OAuth's
    token exchange send one-time codes under that name.
    """
    return _normal(name) == "code" or is_secret_field(name)


def redact_params(params: Mapping[str, Any] | None) -> dict[str, Any]:
    """Copy request parameters for an error, with secret values replaced."""
    if not params:
        return {}
    return {k: SECRET_PARAM_VALUE if is_secret_param(k) else v for k, v in params.items()}


# Shorter values are not looked for in texts: hiding every "1" would garble the message.
_MIN_HIDDEN_LENGTH = 4


def secret_values(params: Mapping[str, Any] | None) -> tuple[str, ...]:
    """The values of ``params``' secret parameters, as sent (to hide them in texts)."""
    if not params:
        return ()
    return tuple(
        str(value)
        for key, value in params.items()
        if is_secret_param(key) and len(str(value)) >= _MIN_HIDDEN_LENGTH
    )


def hide(text: str, values: tuple[str, ...]) -> str:
    """``text`` with each of ``values`` replaced by ``<redacted>``."""
    for value in values:
        text = text.replace(value, SECRET_PARAM_VALUE)
    return text


# --- the safety net --------------------------------------------------------------------

# A "+" and 7 to 15 digits, spaces, dots, dashes or parentheses between them (E.164 as
# Twilio quotes it, or formatted); or a bare run of 10 to 15 digits (a national number
# such as 5558675310, or E.164 without its "+"). Shorter runs are left alone: they are
# sizes, counts and codes ("longer than 33554432 bytes", "error 21211") far more often.
# Never inside a word: SIDs and request ids are hex runs glued to letters.
_PHONE = re.compile(r"(?<![\w+])(?:\+\d[\d ().-]{5,20}\d|\d{10,15})(?!\w)")
# Only tried on text with an "@": the leading run backtracks at every position.
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def scrub(text: str) -> str:
    """``text`` with phone numbers and email addresses replaced by ``REDACTED``."""
    if "@" in text:
        text = _EMAIL.sub(REDACTED, text)
    return _PHONE.sub(REDACTED, text)


def _personal(text: str) -> bool:
    return ("@" in text and _EMAIL.search(text) is not None) or _PHONE.search(text) is not None


# --- URLs ------------------------------------------------------------------------------

_SID = re.compile(r"[A-Z]{2}[0-9a-fA-F]{32}")
#: Query parameters shown with their values: paging, which carries no personal data.
_PAGING_PARAMS = frozenset({"PageSize", "Page", "PageToken"})
_PLACEHOLDER = re.compile(r"\{([^}]+)\}")

# Path templates by operation id, registered as operations are declared.
_TEMPLATES: dict[str, str] = {}
# A template as path segments: a literal, or (prefix, placeholder name, suffix).
_Segment = str | tuple[str, str, str]
_SEGMENTS: dict[str, list[_Segment]] = {}
# Shown URLs by (operation, URL): creates and list pages repeat the same URL.
_SHOWN: dict[tuple[str | None, str], str] = {}
_SHOWN_SIZE = 512


def register_template(operation: str, path: str) -> None:
    """Remember ``operation``'s path template (the spec's path with ``{Name}`` values)."""
    _TEMPLATES[operation] = path


def _template_segments(template: str) -> list[_Segment]:
    segments = _SEGMENTS.get(template)
    if segments is None:
        segments = []
        for part in template.split("/"):
            found = _PLACEHOLDER.search(part)
            if found is None:
                segments.append(part)
            else:
                segments.append((part[: found.start()], found.group(1), part[found.end() :]))
        _SEGMENTS[template] = segments
    return segments


def _path_by_template(path: str, template: str) -> str | None:
    """``path`` with every non-SID value named by its placeholder; ``None`` if it does
    not end like ``template`` (a link Twilio returned in another shape). Segments before
    the template's (a ``base_url`` with a path) are kept as they are."""
    parts = path.split("/")
    segments = _template_segments(template)
    start = len(parts) - len(segments)
    if start < 0:
        return None
    shown = parts[:start]
    for part, segment in zip(parts[start:], segments, strict=True):
        if isinstance(segment, str):
            if part != segment and segment:  # the template's leading "" meets the prefix
                return None
            shown.append(part)
            continue
        prefix, name, suffix = segment
        end = len(part) - len(suffix)
        if not (part.startswith(prefix) and part.endswith(suffix) and end >= len(prefix)):
            return None
        value = unquote(part[len(prefix) : end])
        shown.append(part if _SID.fullmatch(value) else f"{prefix}{{{name}}}{suffix}")
    return "/".join(shown)


def _scrubbed_path(path: str) -> str:
    """A path without a template: each segment holding a phone number or an email
    address (percent-encoded or not) is replaced by ``REDACTED``."""
    return "/".join(REDACTED if _personal(unquote(part)) else part for part in path.split("/"))


def _shown_query(query: str) -> str:
    pairs = parse_qsl(query, keep_blank_values=True)
    return urlencode(
        [(k, v if k in _PAGING_PARAMS or _SID.fullmatch(v) else REDACTED) for k, v in pairs]
    )


def shown_url(url: str, operation: str | None = None) -> str:
    """``url`` as twilio_async shows it by default: no user info, no personal data.

    With ``operation`` (an operation id) the path follows its template: values other
    than SIDs are shown as their placeholder. Without one, or for a path in another
    shape, path segments holding a phone number or an email address are hidden. Query
    values are hidden except paging parameters and SIDs.
    """
    key = (operation, url)
    shown = _SHOWN.get(key)
    if shown is not None:
        return shown
    parts = urlsplit(url)
    template = _TEMPLATES.get(operation) if operation is not None else None
    path = _path_by_template(parts.path, template) if template is not None else None
    if path is None:
        path = _scrubbed_path(parts.path)
    query = _shown_query(parts.query) if parts.query else ""
    shown = urlunsplit((parts.scheme, parts.netloc.rpartition("@")[2], path, query, ""))
    if len(_SHOWN) >= _SHOWN_SIZE:
        _SHOWN.clear()
    _SHOWN[key] = shown
    return shown


def safe_url(url: str) -> str:
    """``url`` with only its secrets hidden: user info dropped, secret query values
    replaced by ``REDACTED`` (what ``Client(redact_pii=False)`` shows)."""
    if "?" not in url and "@" not in url:
        return url  # the common case: our URLs never carry credentials
    parts = urlsplit(url)
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(is_secret_param(key) for key, _ in pairs):
            query = urlencode([(k, REDACTED if is_secret_param(k) else v) for k, v in pairs])
    return parts._replace(netloc=parts.netloc.rpartition("@")[2], query=query).geturl()
