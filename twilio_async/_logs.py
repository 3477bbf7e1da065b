"""``TWILIO_LOG=debug|info``: switch on the ``twilio_async`` logger without code.

Like ``OPENAI_LOG`` and ``STRIPE_LOG``: read once when the package is imported. ``info``
logs one line per HTTP response (method, URL without secrets or personal data, status,
Twilio's request id, duration, attempt) and OAuth2 token fetches; ``debug`` adds retries
and failures with structured ``extra`` fields. The handler writes to stderr; an application
that configures logging itself needs none of this (the records go to the ``twilio_async``
logger either way).
"""

from __future__ import annotations

import logging
import os
import sys

__all__ = ["LOGGER_NAME", "setup_from_env"]

LOGGER_NAME = "twilio_async"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_FORMAT = "[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"


class _EnvHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler ``TWILIO_LOG`` installs (a marker type, so it is installed once)."""


def setup_from_env(environ: dict[str, str] | os._Environ[str] | None = None) -> int | None:
    """Configure the logger from ``TWILIO_LOG``; return the level set, or ``None``."""
    value = (environ if environ is not None else os.environ).get("TWILIO_LOG", "")
    value = value.strip().lower()
    if not value:
        return None
    level = _LEVELS.get(value)
    if level is None:
        print(
            f"twilio_async: ignoring TWILIO_LOG={value!r}: expected 'debug' or 'info'",
            file=sys.stderr,
        )
        return None
    logger = logging.getLogger(LOGGER_NAME)
    if not any(isinstance(handler, _EnvHandler) for handler in logger.handlers):
        handler = _EnvHandler()
        handler.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(handler)
    logger.setLevel(level)
    return level
