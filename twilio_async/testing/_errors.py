"""Twilio's error bodies, and the exception the fake's handlers raise to produce one."""

from __future__ import annotations

from typing import Any

__all__ = [
    "AUTHENTICATE",
    "NOT_EMULATED_CODE",
    "SERVICE_UNAVAILABLE",
    "TOO_MANY_REQUESTS",
    "ApiError",
    "error_body",
    "invalid_parameter",
    "method_not_allowed",
    "more_info_url",
    "not_emulated",
    "not_found",
]


def more_info_url(code: int) -> str:
    """The documentation link Twilio puts in ``more_info`` for an error code."""
    return f"https://www.twilio.com/docs/errors/{code}"


def error_body(status: int, code: int, message: str) -> dict[str, Any]:
    """Twilio's JSON error body: ``{code, message, more_info, status}``."""
    return {"code": code, "message": message, "more_info": more_info_url(code), "status": status}


class ApiError(Exception):
    """Raised inside a handler to answer with Twilio's error body instead of a resource."""

    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message

    def body(self) -> dict[str, Any]:
        """The JSON body Twilio sends for this error."""
        return error_body(self.status, self.code, self.message)


# Codes and wording follow Twilio's documentation. Where Twilio documents no specific code
# (a malformed PageSize, date filter or PageToken, a non-empty Body on update), the fake
# answers 400 with INVALID_PARAMETER_CODE, a choice of its own: match on the status there.
AUTHENTICATE = (401, 20003, "Authenticate")
TOO_MANY_REQUESTS = (429, 20429, "Too Many Requests")
SERVICE_UNAVAILABLE = (503, 20503, "Service Unavailable")
INVALID_PARAMETER_CODE = 20001


def not_found(path: str) -> ApiError:
    """404 with code 20404, naming the path like Twilio does."""
    return ApiError(404, 20404, f"The requested resource {path} was not found")


def method_not_allowed(method: str) -> ApiError:
    """405 with code 20004."""
    return ApiError(405, 20004, f"Method not allowed: {method}")


def invalid_parameter(message: str) -> ApiError:
    """400 for a malformed query or form parameter the API documents no specific code for."""
    return ApiError(400, INVALID_PARAMETER_CODE, message)


#: The fake's own code for an operation it does not emulate (Twilio has none: it emulates
#: everything). Answered with status 501.
NOT_EMULATED_CODE = 20501


def not_emulated(operation: str, request: str, reason: str) -> ApiError:
    """501 naming the operation the fake cannot emulate, and why."""
    return ApiError(
        501, NOT_EMULATED_CODE, f"FakeTwilio does not emulate {operation} ({request}): {reason}"
    )
