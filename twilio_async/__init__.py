"""twilio_async: an asyncio-native, typed client for Twilio's REST API.

>>> from twilio_async import Client
>>> async with Client() as client:  # doctest: +SKIP
...     msg = await client.messages.create(to="+15558675310", from_="+15017122661", body="Hi")
"""

import importlib
from typing import TYPE_CHECKING, Any

from twilio_async._bulk import BulkResult, BulkSummary
from twilio_async._converter import structure
from twilio_async._enums import HttpMethod, OpenEnum
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
from twilio_async._limiter import AdaptiveLimiter, Limiter
from twilio_async._operation import HttpInfo, Redirect, UnsupportedOperationError
from twilio_async._paging import Page
from twilio_async._retry import RetryEvent, RetryPolicy
from twilio_async._version import __version__
from twilio_async.rest.api.v2010.accounts_messages import Message, MessageDirection, MessageStatus
from twilio_async.rest.api.v2010.accounts_messages_media import Media

if TYPE_CHECKING:
    from twilio_async._client import DEFAULT_MAX_CONCURRENCY, DEFAULT_TIMEOUT, Client
    from twilio_async._journal import (
        CampaignBusyError,
        CampaignLeaseLostError,
        CampaignMismatchError,
        CampaignUnsettledError,
        Held,
        Journal,
        JournalEntry,
        JournalError,
        Lease,
        Skipped,
    )
    from twilio_async._journal_sqlite import SQLiteJournal
    from twilio_async.rest.api.v2010.accounts import Account, AccountStatus, AccountType
    from twilio_async.rest.api.v2010.accounts_calls import Call, CallStatus
    from twilio_async.rest.api.v2010.accounts_incoming_phone_numbers import (
        IncomingPhoneNumber,
        IncomingPhoneNumberAddressRequirement,
        IncomingPhoneNumberEmergencyAddressStatus,
        IncomingPhoneNumberEmergencyStatus,
        IncomingPhoneNumberVoiceReceiveMode,
    )
    from twilio_async.rest.verify.v2.services import Service as VerifyService
    from twilio_async.rest.verify.v2.services_verification_check import VerificationCheck
    from twilio_async.rest.verify.v2.services_verifications import (
        Verification,
        VerificationChannel,
    )

# Records beyond Messages load on first use, from their generated modules, so that
# importing the package (and sending SMS) does not pay for modules it never touches.
_LAZY = {
    # The client brings httpx and the transport; records and webhook parsing do not need them.
    "twilio_async._client": ("Client", "DEFAULT_MAX_CONCURRENCY", "DEFAULT_TIMEOUT"),
    "twilio_async.rest.api.v2010.accounts": ("Account", "AccountStatus", "AccountType"),
    "twilio_async.rest.api.v2010.accounts_incoming_phone_numbers": (
        "IncomingPhoneNumber",
        "IncomingPhoneNumberAddressRequirement",
        "IncomingPhoneNumberEmergencyAddressStatus",
        "IncomingPhoneNumberEmergencyStatus",
        "IncomingPhoneNumberVoiceReceiveMode",
    ),
    "twilio_async.rest.verify.v2.services_verifications": ("Verification", "VerificationChannel"),
    "twilio_async.rest.verify.v2.services_verification_check": ("VerificationCheck",),
    "twilio_async.rest.api.v2010.accounts_calls": ("Call", "CallStatus"),
    "twilio_async._journal": (
        "CampaignBusyError",
        "CampaignLeaseLostError",
        "CampaignMismatchError",
        "CampaignUnsettledError",
        "Held",
        "Journal",
        "JournalEntry",
        "JournalError",
        "Lease",
        "Skipped",
    ),
    "twilio_async._journal_sqlite": ("SQLiteJournal",),
}
#: Public names whose generated class has another name there.
_RENAMED = {"VerifyService": ("twilio_async.rest.verify.v2.services", "Service")}
_LAZY_HOME = {name: (module, name) for module, names in _LAZY.items() for name in names}
_LAZY_HOME.update(_RENAMED)


def __getattr__(name: str) -> Any:
    home = _LAZY_HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'twilio_async' has no attribute {name!r}")
    module, attribute = home
    value = getattr(importlib.import_module(module), attribute)
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
    "AdaptiveLimiter",
    "AuthenticationError",
    "BulkResult",
    "BulkSummary",
    "Call",
    "CallStatus",
    "CampaignBusyError",
    "CampaignLeaseLostError",
    "CampaignMismatchError",
    "CampaignUnsettledError",
    "Client",
    "ClientClosedError",
    "ConfigurationError",
    "Held",
    "HttpInfo",
    "HttpMethod",
    "IncomingPhoneNumber",
    "IncomingPhoneNumberAddressRequirement",
    "IncomingPhoneNumberEmergencyAddressStatus",
    "IncomingPhoneNumberEmergencyStatus",
    "IncomingPhoneNumberVoiceReceiveMode",
    "InvalidRequestError",
    "InvalidResponseError",
    "Journal",
    "JournalEntry",
    "JournalError",
    "Lease",
    "Limiter",
    "Media",
    "Message",
    "MessageDirection",
    "MessageStatus",
    "NotFoundError",
    "OpenEnum",
    "Page",
    "RateLimitError",
    "RecordDecodeError",
    "Redirect",
    "RetryEvent",
    "RetryPolicy",
    "SQLiteJournal",
    "ServerError",
    "Skipped",
    "TwilioAPIError",
    "TwilioConnectionError",
    "TwilioError",
    "TwilioOutcomeUnknownError",
    "TwilioRestException",
    "TwilioTimeoutError",
    "UnsupportedOperationError",
    "Verification",
    "VerificationChannel",
    "VerificationCheck",
    "VerifyService",
    "__version__",
    "structure",
]
