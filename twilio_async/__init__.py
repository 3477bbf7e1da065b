"""twilio_async: an asyncio-native, typed client for Twilio's REST API.

>>> from twilio_async import Client
>>> async with Client() as client:  # doctest: +SKIP
...     msg = await client.messages.create(to="+15558675310", from_="+15017122661", body="Hi")
"""

import importlib
from typing import TYPE_CHECKING, Any

from twilio_async._bulk import BulkResult, BulkSummary
from twilio_async._client import DEFAULT_MAX_CONCURRENCY, DEFAULT_TIMEOUT, Client
from twilio_async._converter import structure
from twilio_async._enums import OpenEnum
from twilio_async._exceptions import (
    AuthenticationError,
    ClientClosedError,
    ConfigurationError,
    InvalidRequestError,
    InvalidResponseError,
    NotFoundError,
    RateLimitError,
    RecordDecodeError,
    ServerError,
    TwilioAPIError,
    TwilioConnectionError,
    TwilioError,
    TwilioOutcomeUnknownError,
    TwilioRestException,
    TwilioTimeoutError,
)
from twilio_async._models import Media, Message, MessageDirection, MessageStatus
from twilio_async._resource import Page
from twilio_async._retry import RetryEvent, RetryPolicy
from twilio_async._version import __version__

if TYPE_CHECKING:
    from twilio_async._models_account import (
        Account,
        AccountStatus,
        AccountType,
        HttpMethod,
        IncomingPhoneNumber,
        IncomingPhoneNumberAddressRequirement,
        IncomingPhoneNumberEmergencyAddressStatus,
        IncomingPhoneNumberEmergencyStatus,
        IncomingPhoneNumberVoiceReceiveMode,
    )
    from twilio_async._models_verify import (
        Verification,
        VerificationChannel,
        VerificationCheck,
        VerifyService,
    )
    from twilio_async._models_voice import Call, CallStatus

# Records of the resources beyond Messages load on first use, so that importing the
# package (and sending SMS) does not pay for modules it never touches.
_LAZY = {
    "twilio_async._models_account": (
        "Account",
        "AccountStatus",
        "AccountType",
        "HttpMethod",
        "IncomingPhoneNumber",
        "IncomingPhoneNumberAddressRequirement",
        "IncomingPhoneNumberEmergencyAddressStatus",
        "IncomingPhoneNumberEmergencyStatus",
        "IncomingPhoneNumberVoiceReceiveMode",
    ),
    "twilio_async._models_verify": (
        "Verification",
        "VerificationChannel",
        "VerificationCheck",
        "VerifyService",
    ),
    "twilio_async._models_voice": ("Call", "CallStatus"),
}
_LAZY_HOME = {name: module for module, names in _LAZY.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _LAZY_HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'twilio_async' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "DEFAULT_MAX_CONCURRENCY",
    "DEFAULT_TIMEOUT",
    "Account",
    "AccountStatus",
    "AccountType",
    "AuthenticationError",
    "BulkResult",
    "BulkSummary",
    "Call",
    "CallStatus",
    "Client",
    "ClientClosedError",
    "ConfigurationError",
    "HttpMethod",
    "IncomingPhoneNumber",
    "IncomingPhoneNumberAddressRequirement",
    "IncomingPhoneNumberEmergencyAddressStatus",
    "IncomingPhoneNumberEmergencyStatus",
    "IncomingPhoneNumberVoiceReceiveMode",
    "InvalidRequestError",
    "InvalidResponseError",
    "Media",
    "Message",
    "MessageDirection",
    "MessageStatus",
    "NotFoundError",
    "OpenEnum",
    "Page",
    "RateLimitError",
    "RecordDecodeError",
    "RetryEvent",
    "RetryPolicy",
    "ServerError",
    "TwilioAPIError",
    "TwilioConnectionError",
    "TwilioError",
    "TwilioOutcomeUnknownError",
    "TwilioRestException",
    "TwilioTimeoutError",
    "Verification",
    "VerificationChannel",
    "VerificationCheck",
    "VerifyService",
    "__version__",
    "structure",
]
