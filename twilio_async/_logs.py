"""``TWILIO_LOG=debug|info``: switch on the ``twilio_async`` logger without code.

Like ``OPENAI_LOG`` and ``STRIPE_LOG``: read once when the package is imported. ``info``
logs one line per HTTP response (method, URL without secrets or personal data, status,
Twilio's request id, duration, attempt) and OAuth2 token fetches; ``debug`` adds retries
and failures with structured ``extra`` fields. The handler writes to stderr; an application
that configures logging itself needs none of this (the records go to the ``twilio_async``
logger either way).
"""

from __future__ import annotations

import os
import sys

__all__ = ["LOGGER_NAME", "setup_from_env"]

LOGGER_NAME = "twilio_async"
_LEVELS = {"debug": 10, "info": 20}  # logging.DEBUG, logging.INFO
_FORMAT = "[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"
# The marker type of the handler TWILIO_LOG installs, so it is installed once. Made on first
# use: importing the package without TWILIO_LOG does not import logging (~5 ms).
_handler_type: type | None = None


def _env_handler_type() -> type:
    global _handler_type
    if _handler_type is None:
        import logging

        class _EnvHandler(logging.StreamHandler):  # type: ignore[type-arg]
            """The handler ``TWILIO_LOG`` installs."""

        _handler_type = _EnvHandler
    return _handler_type


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
    import logging

    handler_type = _env_handler_type()
    logger = logging.getLogger(LOGGER_NAME)
    if not any(isinstance(handler, handler_type) for handler in logger.handlers):
        handler = handler_type()
        handler.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(handler)
    logger.setLevel(level)
    return level
