"""The secrets a webhook may be signed with: Auth Tokens, and SharedKeys by their id.

By default Twilio signs a webhook with the account's Auth Token and HMAC-SHA1. When a
Webhook Rule applies a Setting that names a SharedKey, Twilio signs with that key's secret and
the Setting's algorithm (HMAC-SHA1 or HMAC-SHA256) instead, and says so in
``X-Twilio-Webhooks-Signature-Settings: key=<id>,algorithm=<name>``; the signed string is the
same. Since the header names the key, a keyring holding the old and the new key validates
both while a rotation is under way, and each request is checked with exactly one secret.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

from twilio_async._signature import (
    SIGNATURE_SETTINGS_HEADER,
    SUPPORTED_ALGORITHMS,
    FormParams,
    RequestValidator,
    signature_settings,
)

__all__ = ["WebhookKeyring", "as_keyring"]

_SHOWN: Final = 60


class WebhookKeyring:
    """Every secret Twilio may sign your webhooks with, so keys rotate without downtime.

    ``auth_tokens`` are the account's Auth Tokens (one, or the old and the new one while the
    secondary token is being promoted); they check webhooks without the
    ``X-Twilio-Webhooks-Signature-Settings`` header, with HMAC-SHA1. ``shared_keys`` maps
    each SharedKey id (the ``key=`` of that header) to its secret; a webhook naming a key is
    checked with that key's secret and the header's algorithm, and a key the keyring does not
    hold is refused.

    Rotating a SharedKey: add the new key (:meth:`add_shared_key`, or a keyring with both,
    deployed everywhere), point the Webhook Setting at it, then remove the old one once no
    webhook names it. Both keys validate in between. The keyring may be changed while
    requests are being checked: each check sees the keys of one moment.

    Secrets never appear in ``repr``; key ids (not secret) do.
    """

    __slots__ = ("_any_key_secret", "_auth_tokens", "_shared_keys")

    _auth_tokens: tuple[RequestValidator, ...]
    _shared_keys: Mapping[str, RequestValidator]
    _any_key_secret: RequestValidator | None

    def __init__(
        self,
        auth_tokens: str | Iterable[str] = (),
        shared_keys: Mapping[str, str] | None = None,
    ) -> None:
        """Hold ``auth_tokens`` (one or several) and ``shared_keys`` (id to secret)."""
        tokens = (auth_tokens,) if isinstance(auth_tokens, str) else tuple(auth_tokens)
        self._auth_tokens = tuple(_validator("auth token", token) for token in tokens)
        self._shared_keys = {}
        self._any_key_secret = None
        for key_id, secret in (shared_keys or {}).items():
            self.add_shared_key(key_id, secret)
        if not self._auth_tokens and not self._shared_keys:
            raise ValueError("a WebhookKeyring needs at least one auth token or shared key")

    @classmethod
    def _single_secret(cls, secret: str) -> WebhookKeyring:
        # What a plain string has always meant here: the Auth Token, and the secret of
        # whichever SharedKey a webhook names.
        keyring = cls(secret)
        keyring._any_key_secret = keyring._auth_tokens[0]
        return keyring

    @property
    def shared_key_ids(self) -> frozenset[str]:
        """The ids of the SharedKeys this keyring holds."""
        return frozenset(self._shared_keys)

    def add_shared_key(self, key_id: str, secret: str) -> None:
        """Accept webhooks signed with SharedKey ``key_id`` (replacing its secret if held)."""
        if not isinstance(key_id, str) or not key_id.strip() or "," in key_id:
            raise ValueError(f"a SharedKey id must be a non-empty string without ',': {key_id!r}")
        validator = _validator(f"secret of shared key {key_id!r}", secret)
        # Copy, then swap: a check running concurrently sees the old or the new mapping.
        self._shared_keys = {**self._shared_keys, key_id.strip(): validator}

    def remove_shared_key(self, key_id: str) -> None:
        """Stop accepting webhooks signed with SharedKey ``key_id``; KeyError if not held."""
        if key_id not in self._shared_keys:
            raise KeyError(f"no shared key {key_id!r} in this keyring")
        self._shared_keys = {k: v for k, v in self._shared_keys.items() if k != key_id}

    def validate(
        self,
        url: str,
        params: FormParams | str | bytes | None,
        signature: str,
        signature_settings_header: str | None = None,
    ) -> bool:
        """Whether ``signature`` is Twilio's, with the secret and algorithm the header names.

        ``params`` and ``url`` are as for :meth:`RequestValidator.validate` (form parameters,
        or the raw body when the URL carries ``bodySHA256``); ``signature_settings_header`` is
        the request's ``X-Twilio-Webhooks-Signature-Settings`` (``None`` when absent).
        """
        return self.failure(url, params, signature, signature_settings_header) is None

    def failure(
        self,
        url: str,
        params: FormParams | str | bytes | None,
        signature: str,
        signature_settings_header: str | None = None,
    ) -> str | None:
        """Why :meth:`validate` would say no (``None`` when it says yes), safe to log."""
        key_id, algorithm = signature_settings(signature_settings_header)
        if algorithm not in SUPPORTED_ALGORITHMS:
            return f"unsupported signature algorithm {_short(algorithm)}"
        if not signature_settings_header:
            candidates = self._auth_tokens
            if not candidates:
                return f"no auth token to check a webhook without {SIGNATURE_SETTINGS_HEADER}"
        elif key_id is not None and key_id in self._shared_keys:
            candidates = (self._shared_keys[key_id],)
        elif self._any_key_secret is not None:
            candidates = (self._any_key_secret,)
        elif key_id is not None:
            held = ", ".join(sorted(map(repr, self._shared_keys))) or "none"
            return f"signed with shared key {_short(key_id)}, which the keyring lacks ({held})"
        else:
            candidates = tuple(self._shared_keys.values())
            if not candidates:
                return "signed with a shared key, and the keyring holds none"
        reason = "the signature does not match"
        for validator in candidates:
            reason_here = validator.failure(url, params, signature, algorithm)
            if reason_here is None:
                return None
            reason = reason_here
        if len(candidates) > 1 and reason == "the signature does not match":
            reason = f"the signature matches none of the {len(candidates)} secrets"
        return reason

    def __repr__(self) -> str:
        keys = sorted(self._shared_keys)
        return f"{type(self).__name__}(auth_tokens={len(self._auth_tokens)}, shared_keys={keys})"


def as_keyring(secrets: str | WebhookKeyring) -> WebhookKeyring:
    """The keyring for what a caller passed: a keyring as is, a string as its only secret."""
    if isinstance(secrets, WebhookKeyring):
        return secrets
    return WebhookKeyring._single_secret(secrets)


def _validator(what: str, secret: object) -> RequestValidator:
    if not isinstance(secret, str):
        raise TypeError(f"the {what} must be a str, not {type(secret).__name__}")
    if not secret:
        raise ValueError(f"the {what} must not be empty")
    return RequestValidator(secret)


def _short(text: str) -> str:
    # Header values reach log lines and error messages: keep a hostile one short.
    return repr(text if len(text) <= _SHOWN else text[:_SHOWN] + "...")
