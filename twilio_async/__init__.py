"""twilio_async: an asyncio-native, typed client for Twilio's REST API.

>>> from twilio_async import Client
>>> async with Client() as client:  # doctest: +SKIP
...     msg = await client.messages.create(to="+15558675310", from_="+15017122661", body="Hi")
"""

import importlib
from typing import TYPE_CHECKING, Any

from twilio_async._enums import HttpMethod, OpenEnum
from twilio_async._error_codes import (
    AuthenticationFailedError,
    FromNumberNotCapableError,
    InvalidFromNumberError,
    InvalidToNumberError,
    MessageBodyRequiredError,
    MessageTooLongError,
    NotMobileNumberError,
    RegionPermissionError,
    ResourceNotFoundError,
    ServiceUnavailableError,
    TooManyRequestsError,
    TwilioInternalError,
    UnsubscribedRecipientError,
    UnverifiedNumberError,
    VerifyInvalidParameterError,
    VerifyMaxCheckAttemptsError,
    VerifyMaxSendAttemptsError,
)
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
    TwilioServiceException,
    TwilioTimeoutError,
)
from twilio_async._logs import setup_from_env as _setup_logging
from twilio_async._version import __version__

if TYPE_CHECKING:
    from twilio_async._bulk import BulkResult, BulkSummary
    from twilio_async._client import DEFAULT_MAX_CONCURRENCY, DEFAULT_TIMEOUT, Client
    from twilio_async._converter import structure
    from twilio_async._extra_endpoints import RawResponse
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
    from twilio_async._limiter import AdaptiveLimiter, Limiter
    from twilio_async._media import ConversationMedia
    from twilio_async._operation import HttpInfo, Redirect, UnsupportedOperationError
    from twilio_async._paging import Page
    from twilio_async._retry import RetryEvent, RetryPolicy
    from twilio_async.rest.api.v2010.accounts import Account, AccountStatus, AccountType
    from twilio_async.rest.api.v2010.accounts_calls import Call, CallStatus
    from twilio_async.rest.api.v2010.accounts_incoming_phone_numbers import (
        IncomingPhoneNumber,
        IncomingPhoneNumberAddressRequirement,
        IncomingPhoneNumberEmergencyAddressStatus,
        IncomingPhoneNumberEmergencyStatus,
        IncomingPhoneNumberVoiceReceiveMode,
    )
    from twilio_async.rest.api.v2010.accounts_messages import (
        Message,
        MessageDirection,
        MessageStatus,
    )
    from twilio_async.rest.api.v2010.accounts_messages_media import Media
    from twilio_async.rest.verify.v2.services import Service as VerifyService
    from twilio_async.rest.verify.v2.services_verification_check import VerificationCheck
    from twilio_async.rest.verify.v2.services_verifications import (
        Verification,
        VerificationChannel,
    )

_setup_logging()  # TWILIO_LOG=debug|info

# Only the exceptions (and enums) load with the package; every other name loads on first
# use, so that importing the package pays only for what a program touches: attrs and the
# records with the first record, httpx and the transport with the Client.
_LAZY = {
    "twilio_async._converter": ("structure",),
    "twilio_async._limiter": ("AdaptiveLimiter", "Limiter"),
    "twilio_async._operation": ("HttpInfo", "Redirect", "UnsupportedOperationError"),
    "twilio_async._paging": ("Page",),
    "twilio_async._retry": ("RetryEvent", "RetryPolicy"),
    "twilio_async.rest.api.v2010.accounts_messages": (
        "Message",
        "MessageDirection",
        "MessageStatus",
    ),
    "twilio_async.rest.api.v2010.accounts_messages_media": ("Media",),
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
    # create_many's engine and results: loaded by the first create_many.
    "twilio_async._bulk": ("BulkResult", "BulkSummary"),
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
    "twilio_async._media": ("ConversationMedia",),
    "twilio_async._extra_endpoints": ("RawResponse",),
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
    "AuthenticationFailedError",
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
    "ConversationMedia",
    "FromNumberNotCapableError",
    "Held",
    "HttpInfo",
    "HttpMethod",
    "IncomingPhoneNumber",
    "IncomingPhoneNumberAddressRequirement",
    "IncomingPhoneNumberEmergencyAddressStatus",
    "IncomingPhoneNumberEmergencyStatus",
    "IncomingPhoneNumberVoiceReceiveMode",
    "InvalidFromNumberError",
    "InvalidRequestError",
    "InvalidResponseError",
    "InvalidToNumberError",
    "Journal",
    "JournalEntry",
    "JournalError",
    "Lease",
    "Limiter",
    "Media",
    "Message",
    "MessageBodyRequiredError",
    "MessageDirection",
    "MessageStatus",
    "MessageTooLongError",
    "NotFoundError",
    "NotMobileNumberError",
    "OpenEnum",
    "Page",
    "RateLimitError",
    "RawResponse",
    "RecordDecodeError",
    "Redirect",
    "RegionPermissionError",
    "ResourceNotFoundError",
    "RetryEvent",
    "RetryPolicy",
    "SQLiteJournal",
    "ServerError",
    "ServiceUnavailableError",
    "Skipped",
    "TooManyRequestsError",
    "TwilioAPIError",
    "TwilioConnectionError",
    "TwilioError",
    "TwilioInternalError",
    "TwilioOutcomeUnknownError",
    "TwilioRestException",
    "TwilioServiceException",
    "TwilioTimeoutError",
    "UnsubscribedRecipientError",
    "UnsupportedOperationError",
    "UnverifiedNumberError",
    "Verification",
    "VerificationChannel",
    "VerificationCheck",
    "VerifyInvalidParameterError",
    "VerifyMaxCheckAttemptsError",
    "VerifyMaxSendAttemptsError",
    "VerifyService",
    "structure",
    "__version__",
]
