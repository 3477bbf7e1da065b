"""Typed exceptions for the Twilio error codes that applications branch on.

Each class is a subclass of the status family Twilio answers the code with
(:class:`InvalidRequestError` for 400, :class:`RateLimitError` for 429, ...), so an existing
``except InvalidRequestError`` keeps catching it, and says with :attr:`RETRYABLE` whether the
same request can succeed later. A code arriving with an unexpected status keeps the status
family's class: the status decides first, the code refines.

Which codes: the ones a sender of messages and verifications meets daily and must handle
differently from "some 400": authentication (20003), missing resources (20404), the
concurrency limit (20429), service trouble (20500, 20503), the recipient checks of the
Messages API (21211, 21212, 21408, 21602, 21606, 21608, 21610, 21614, 21617) and Verify's
parameter and attempt limits (60200, 60202, 60203, the last two being 429s that no retry
fixes). Delivery failures such as 30007 (carrier filtering) are deliberately not
exceptions: Twilio reports them in a message's ``error_code`` and status callbacks, never as
an HTTP answer, so :data:`DELIVERY_ERRORS` describes them for code reading a record instead.
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from twilio_async._exceptions import (
    AuthenticationError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TwilioAPIError,
)

__all__ = [
    "CODE_ERRORS",
    "DELIVERY_ERRORS",
    "AuthenticationFailedError",
    "DeliveryError",
    "FromNumberNotCapableError",
    "InvalidFromNumberError",
    "InvalidToNumberError",
    "MessageBodyRequiredError",
    "MessageTooLongError",
    "NotMobileNumberError",
    "RegionPermissionError",
    "ResourceNotFoundError",
    "ServiceUnavailableError",
    "TwilioInternalError",
    "TooManyRequestsError",
    "UnsubscribedRecipientError",
    "UnverifiedNumberError",
    "VerifyInvalidParameterError",
    "VerifyMaxCheckAttemptsError",
    "VerifyMaxSendAttemptsError",
    "error_class",
]


class AuthenticationFailedError(AuthenticationError):
    """20003: the credentials were refused, or lack permission for this resource."""

    CODE: ClassVar[int] = 20003
    RETRYABLE: ClassVar[bool | None] = False


class ResourceNotFoundError(NotFoundError):
    """20404: no such resource (a wrong SID, or one deleted)."""

    CODE: ClassVar[int] = 20404
    RETRYABLE: ClassVar[bool | None] = False


class TooManyRequestsError(RateLimitError):
    """20429: the account's concurrency limit; Twilio did not process the request."""

    CODE: ClassVar[int] = 20429
    RETRYABLE: ClassVar[bool | None] = True


class TwilioInternalError(ServerError):
    """20500: an internal error at Twilio. Transient, but a POST may have been acted on."""

    CODE: ClassVar[int] = 20500
    RETRYABLE: ClassVar[bool | None] = True


class ServiceUnavailableError(ServerError):
    """20503: Twilio is temporarily unable to serve the request; it was not processed."""

    CODE: ClassVar[int] = 20503
    RETRYABLE: ClassVar[bool | None] = True


class InvalidToNumberError(InvalidRequestError):
    """21211: the ``To`` number is not a valid phone number."""

    CODE: ClassVar[int] = 21211
    RETRYABLE: ClassVar[bool | None] = False


class InvalidFromNumberError(InvalidRequestError):
    """21212: the ``From`` number is not a valid phone number, short code or sender id."""

    CODE: ClassVar[int] = 21212
    RETRYABLE: ClassVar[bool | None] = False


class RegionPermissionError(InvalidRequestError):
    """21408: sending to the ``To`` number's region is not enabled (geo permissions)."""

    CODE: ClassVar[int] = 21408
    RETRYABLE: ClassVar[bool | None] = False


class MessageBodyRequiredError(InvalidRequestError):
    """21602: a message needs a ``body``, ``media_url`` or ``content_sid``."""

    CODE: ClassVar[int] = 21602
    RETRYABLE: ClassVar[bool | None] = False


class FromNumberNotCapableError(InvalidRequestError):
    """21606: the ``From`` number cannot send messages to this destination."""

    CODE: ClassVar[int] = 21606
    RETRYABLE: ClassVar[bool | None] = False


class UnverifiedNumberError(InvalidRequestError):
    """21608: a trial account can only send to verified numbers."""

    CODE: ClassVar[int] = 21608
    RETRYABLE: ClassVar[bool | None] = False


class UnsubscribedRecipientError(InvalidRequestError):
    """21610: the recipient opted out (replied STOP); do not send again until they opt in."""

    CODE: ClassVar[int] = 21610
    RETRYABLE: ClassVar[bool | None] = False


class NotMobileNumberError(InvalidRequestError):
    """21614: the ``To`` number is not a mobile number (a landline cannot receive SMS)."""

    CODE: ClassVar[int] = 21614
    RETRYABLE: ClassVar[bool | None] = False


class MessageTooLongError(InvalidRequestError):
    """21617: the body exceeds 1,600 characters."""

    CODE: ClassVar[int] = 21617
    RETRYABLE: ClassVar[bool | None] = False


class VerifyInvalidParameterError(InvalidRequestError):
    """60200: Verify rejected a parameter (a malformed number or channel)."""

    CODE: ClassVar[int] = 60200
    RETRYABLE: ClassVar[bool | None] = False


class VerifyMaxCheckAttemptsError(RateLimitError):
    """60202: too many checks of this verification; start a new one later."""

    CODE: ClassVar[int] = 60202
    RETRYABLE: ClassVar[bool | None] = False


class VerifyMaxSendAttemptsError(RateLimitError):
    """60203: too many sends to this number; a retry now fails again."""

    CODE: ClassVar[int] = 60203
    RETRYABLE: ClassVar[bool | None] = False


#: The typed class of each code above.
CODE_ERRORS: dict[int, type[TwilioAPIError]] = {
    cls.CODE: cls
    for cls in (
        AuthenticationFailedError,
        ResourceNotFoundError,
        TooManyRequestsError,
        TwilioInternalError,
        ServiceUnavailableError,
        InvalidToNumberError,
        InvalidFromNumberError,
        RegionPermissionError,
        MessageBodyRequiredError,
        FromNumberNotCapableError,
        UnverifiedNumberError,
        UnsubscribedRecipientError,
        NotMobileNumberError,
        MessageTooLongError,
        VerifyInvalidParameterError,
        VerifyMaxCheckAttemptsError,
        VerifyMaxSendAttemptsError,
    )
}

_STATUS_ERRORS: dict[int, type[TwilioAPIError]] = {
    400: InvalidRequestError,
    422: InvalidRequestError,
    401: AuthenticationError,
    403: AuthenticationError,
    404: NotFoundError,
    429: RateLimitError,
}


def error_class(status: int, code: int | None) -> type[TwilioAPIError]:
    """The exception class for an HTTP error status and Twilio code.

    The status picks the family; the code's typed class is used only when it belongs to that
    family, so ``except NotFoundError`` never misses a 404 whatever its code.
    """
    family = ServerError if status >= 500 else _STATUS_ERRORS.get(status, TwilioAPIError)
    if code is not None:
        typed = CODE_ERRORS.get(code)
        if typed is not None and issubclass(typed, family):
            return typed
    return family


class DeliveryError(NamedTuple):
    """What a delivery error code (a message's ``error_code``) means for the sender.

    (A named tuple, not an attrs class: the typed errors load with the package, attrs
    does not.)
    """

    code: int
    name: str
    retryable: bool
    """Whether sending the same message again later may be delivered."""


#: Delivery failures reported in ``Message.error_code`` and status callbacks (never as an
#: HTTP error): what each means, and whether resending later may help.
DELIVERY_ERRORS: dict[int, DeliveryError] = {
    error.code: error
    for error in (
        DeliveryError(30001, "Queue overflow", retryable=True),
        DeliveryError(30002, "Account suspended", retryable=False),
        DeliveryError(30003, "Unreachable destination handset", retryable=True),
        DeliveryError(30004, "Message blocked", retryable=False),
        DeliveryError(30005, "Unknown destination handset", retryable=False),
        DeliveryError(30006, "Landline or unreachable carrier", retryable=False),
        DeliveryError(30007, "Message filtered (carrier violation)", retryable=False),
        DeliveryError(30008, "Unknown error", retryable=True),
    )
}
