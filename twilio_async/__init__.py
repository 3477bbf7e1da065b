"""An asyncio-native, typed client for Twilio's REST API."""

from twilio_async._version import __version__

__all__ = ["__version__"]
