"""Twilio webhook signatures: the signed string, the URL variants, the HMAC.

Kept apart from :mod:`twilio_async.webhooks` (the public face and the framework helper) so that
the pure computation has no framework in sight.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Final, Protocol, TypeAlias, runtime_checkable
from urllib.parse import parse_qs, urlsplit

__all__ = [
    "HMAC_SHA1",
    "HMAC_SHA256",
    "SIGNATURE_HEADER",
    "SIGNATURE_SETTINGS_HEADER",
    "FormParams",
    "MultiItems",
    "RequestValidator",
    "SUPPORTED_ALGORITHMS",
    "body_hash_in_url",
    "get_signature_algorithm",
    "signature_settings",
]

SIGNATURE_HEADER: Final = "X-Twilio-Signature"
"""The header carrying the base64 signature of every webhook Twilio sends."""

SIGNATURE_SETTINGS_HEADER: Final = "X-Twilio-Webhooks-Signature-Settings"
"""Present when the webhook was signed with a SharedKey: ``key=<id>,algorithm=<name>``."""

HMAC_SHA1: Final = "HMAC_SHA1"
"""The algorithm of Auth Token signatures, and the default."""

HMAC_SHA256: Final = "HMAC_SHA256"
"""An algorithm a SharedKey may be configured with."""

_DIGESTS: Final[dict[str, Callable[[], Any]]] = {
    HMAC_SHA1: hashlib.sha1,
    HMAC_SHA256: hashlib.sha256,
}
SUPPORTED_ALGORITHMS: Final = frozenset(_DIGESTS)
_DEFAULT_PORTS: Final = {"https": "443", "http": "80"}
_BODY_HASH_PARAM: Final = "bodySHA256"


@runtime_checkable
class MultiItems(Protocol):
    """A multidict that lists every (name, value) pair, as Starlette's ``FormData`` does."""

    def multi_items(self) -> Sequence[tuple[str, Any]]:
        """Every (name, value) pair, repeated names included."""
        ...


FormParams: TypeAlias = Mapping[str, str | Sequence[str]] | MultiItems
"""POST parameters: a plain mapping, a mapping of lists (repeated names), or a multidict."""


def get_signature_algorithm(signature_settings_header: str | None) -> str:
    """Return the algorithm named by an ``X-Twilio-Webhooks-Signature-Settings`` header.

    A missing or empty header, or one without ``algorithm=``, means :data:`HMAC_SHA1` (the
    Auth Token signature). The name is returned as sent, upper-cased; it may be one this
    library does not support, which :meth:`RequestValidator.validate` then rejects.
    """
    return signature_settings(signature_settings_header)[1]


def signature_settings(header: str | None) -> tuple[str | None, str]:
    """The SharedKey id (``key=``, if named) and the algorithm of a signature settings header."""
    key_id: str | None = None
    algorithm = HMAC_SHA1
    for part in (header or "").split(","):
        name, separator, value = part.partition("=")
        name, value = name.strip(), value.strip()
        if not separator or not value:
            continue
        if name == "algorithm":
            algorithm = value.upper()
        elif name == "key":
            key_id = value
    return key_id, algorithm


def _param_pairs(params: FormParams | None) -> Iterable[tuple[str, str]]:
    if params is None:
        return ()
    if isinstance(params, MultiItems):
        items: Iterable[tuple[str, Any]] = params.multi_items()
    elif isinstance(params, Mapping):
        items = _flatten_mapping(params)
    else:
        raise TypeError(
            "params must be a mapping, a multidict with multi_items(), str, bytes or None, "
            f"not {type(params).__name__}"
        )
    pairs = []
    for name, value in items:
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError(
                f"parameter {name!r}: names and values must be str, not {type(value).__name__}"
            )
        pairs.append((name, value))
    return pairs


def _flatten_mapping(params: Mapping[Any, Any]) -> Iterable[tuple[Any, Any]]:
    getlist = getattr(params, "getlist", None)
    if callable(getlist):
        # Werkzeug's MultiDict and Django's QueryDict show one value per name through the
        # Mapping interface; getlist() has them all.
        for name in params:
            for value in getlist(name):
                yield name, value
        return
    for name, value in params.items():
        # A str is itself a Sequence[str]; it is one value, not a list of characters.
        if isinstance(value, str) or not isinstance(value, Sequence):
            yield name, value
        else:
            for item in value:
                yield name, item


def _signed_string(url: str, params: FormParams | None) -> str:
    # Sorting (name, value) tuples orders by name, then by value within a name, and the set
    # drops identical repeated pairs: both official SDKs (Python and Node) sign that way.
    return url + "".join(name + value for name, value in sorted(set(_param_pairs(params))))


def _url_variants(url: str) -> tuple[str, ...]:
    """The URL as given, plus the same URL with its default port toggled (if it has one).

    Twilio has signed some URLs with the default port and some without, so the SDKs accept
    both. Only the scheme's *default* port is toggled: a URL with any other port must match
    exactly, so that a signature for ``https://host/`` does not vouch for ``https://host:8443/``.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return (url,)
    default_port = _DEFAULT_PORTS.get(parts.scheme)
    netloc_start = url.find("//") + 2
    netloc_end = netloc_start + len(parts.netloc)
    if default_port is None or netloc_start < 2 or url[netloc_start:netloc_end] != parts.netloc:
        return (url,)
    userinfo, at, hostport = parts.netloc.rpartition("@")
    host, port = _split_port(hostport)
    if port is None:
        toggled = host + ":" + default_port
    elif port == default_port:
        toggled = host
    else:
        return (url,)
    return (url, url[:netloc_start] + userinfo + at + toggled + url[netloc_end:])


def _split_port(hostport: str) -> tuple[str, str | None]:
    if hostport.startswith("["):
        bracket = hostport.find("]")
        host, rest = hostport[: bracket + 1], hostport[bracket + 1 :]
    else:
        host, colon, port = hostport.partition(":")
        rest = colon + port
    if not rest:
        return host, None
    if rest.startswith(":") and rest[1:].isdigit() and rest[1:].isascii():
        return host, rest[1:].lstrip("0") or "0"
    # An empty or malformed port: leave the URL alone rather than guess.
    return hostport, ""


def body_hash_in_url(url: str) -> str | None:
    """The ``bodySHA256`` query parameter of a webhook URL, if it has one."""
    try:
        query = parse_qs(urlsplit(url).query, keep_blank_values=True)
    except ValueError:
        return None
    values = query.get(_BODY_HASH_PARAM)
    return values[0] if values else None


def _equal(expected: str, received: str) -> bool:
    # compare_digest refuses non-ASCII str, and a received header may hold anything.
    return hmac.compare_digest(expected.encode("utf-8"), received.encode("utf-8"))


class RequestValidator:
    """Checks that a webhook request was signed by Twilio with your Auth Token.

    Named and shaped like ``twilio.request_validator.RequestValidator`` so that code written
    for the official SDK keeps working::

        validator = RequestValidator(auth_token)
        ok = validator.validate(url, form_params, request.headers["X-Twilio-Signature"])

    ``url`` is the full URL Twilio requested, exactly as configured in Twilio (scheme, host,
    path, query string). Behind a proxy or load balancer that terminates TLS, the URL your
    server sees differs from it: pass the public URL.

    For a form-encoded webhook, ``params`` holds the POST parameters: a ``dict`` of str, a
    ``dict`` of lists for repeated names, or a multidict with ``multi_items()`` (Starlette's
    ``FormData``). For a JSON webhook, the URL carries ``bodySHA256`` and ``params`` must be the
    raw body (``str`` or ``bytes``; ``None`` means an empty body).

    The token (an Auth Token, or a SharedKey secret with ``algorithm``) never appears in
    ``repr`` or in any message.
    """

    __slots__ = ("_key",)

    _key: bytes

    def __init__(self, auth_token: str) -> None:
        """Create a validator for webhooks signed with ``auth_token``."""
        if not isinstance(auth_token, str):
            raise TypeError(f"auth_token must be a str, not {type(auth_token).__name__}")
        if not auth_token:
            raise ValueError("auth_token must not be empty")
        object.__setattr__(self, "_key", auth_token.encode("utf-8"))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(auth_token=<redacted>)"

    def compute_signature(
        self, url: str, params: FormParams | None, algorithm: str | None = None
    ) -> str:
        """Return the base64 signature Twilio would send for ``url`` and ``params``.

        ``params`` are form parameters (or ``None``); for a JSON webhook pass ``None``, since
        only the URL (with its ``bodySHA256``) is signed. ``algorithm`` is :data:`HMAC_SHA1`
        (default) or :data:`HMAC_SHA256`; any other raises :class:`ValueError`.
        """
        if isinstance(params, (str, bytes)):
            raise TypeError("compute_signature takes form parameters; for a JSON body pass None")
        digest = _DIGESTS.get((algorithm or HMAC_SHA1).upper())
        if digest is None:
            raise ValueError(f"unsupported webhook signature algorithm: {algorithm!r}")
        mac = hmac.new(self._key, _signed_string(url, params).encode("utf-8"), digest)
        return base64.b64encode(mac.digest()).decode("ascii")

    @staticmethod
    def compute_hash(body: str | bytes) -> str:
        """Return the hex SHA-256 of a body, as Twilio puts it in ``bodySHA256``."""
        raw = body.encode("utf-8") if isinstance(body, str) else body
        return hashlib.sha256(raw).hexdigest()

    def validate(
        self,
        url: str,
        params: FormParams | str | bytes | None,
        signature: str,
        algorithm: str | None = None,
    ) -> bool:
        """Return whether ``signature`` is Twilio's signature of this request.

        The URL is accepted with or without the scheme's default port (443 for https, 80 for
        http), as the official SDKs do; any other difference, a trailing slash included, makes
        it a different URL. When the URL carries ``bodySHA256``, ``params`` must be the raw body
        (or ``None`` for an empty one) and its SHA-256 must match; a raw body with no
        ``bodySHA256`` in the URL never validates. An unsupported ``algorithm`` returns False.
        Comparisons take constant time.
        """
        return self.failure(url, params, signature, algorithm) is None

    def failure(
        self,
        url: str,
        params: FormParams | str | bytes | None,
        signature: str,
        algorithm: str | None = None,
    ) -> str | None:
        """Why :meth:`validate` would say no (``None`` when it says yes), safe to log.

        The reason names what did not match (the signature, ``bodySHA256``, the kind of
        body), never the token or the expected signature.
        """
        if not isinstance(signature, str) or not signature:
            return "the signature is empty"
        if (algorithm or HMAC_SHA1).upper() not in _DIGESTS:
            return f"unsupported signature algorithm {algorithm!r}"
        body_hash = body_hash_in_url(url)
        form: FormParams | None
        if body_hash is not None:
            if params is None:
                params = b""
            if not isinstance(params, (str, bytes)):
                return "the URL carries bodySHA256 but no raw body was given"
            if not _equal(self.compute_hash(params), body_hash):
                return "the body does not hash to the URL's bodySHA256"
            form = None
        elif isinstance(params, (str, bytes)):
            return "a raw body can only be checked with bodySHA256 in the URL"
        else:
            form = params
        matched = False
        for candidate in _url_variants(url):
            # No early exit: the work done does not depend on which variant matched.
            matched |= _equal(self.compute_signature(candidate, form, algorithm), signature)
        return None if matched else "the signature does not match"
