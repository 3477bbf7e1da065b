"""Hand-made corrections for the fake Twilio's table (:mod:`codegen.fake`), by operation id.

Everything else the fake knows comes from the spec. Keep entries few and sourced.
"""

from __future__ import annotations

#: Twilio's own error codes for a missing required parameter, where it documents one
#: (elsewhere the fake answers 20001, "Missing required parameter X in the post body",
#: as Twilio's v1+ APIs do). Messages have their own handler and codes (21604, 21603, ...).
#: Calls: https://www.twilio.com/docs/api/errors/21201 and /21213.
MISSING_PARAMETER_CODES: dict[str, dict[str, list[object]]] = {
    "api.v2010.accounts.calls.create": {
        "To": [21201, "No 'To' number specified"],
        "From": [21213, "Caller phone number is required"],
    },
}

#: Field values a created record starts with where the spec's example shows a later state
#: (the example call has ended; a call Twilio has just accepted is ``queued``).
CREATED_FIELDS: dict[str, dict[str, object]] = {
    "api.v2010.accounts.calls.create": {"status": "queued", "duration": None, "end_time": None},
}

#: Operations the fake answers 501 for, with the reason (beyond any the client cannot send).
REFUSED: dict[str, str] = {}

#: Why the OAuth2-only organization operations (``preview_iam``, 11) are refused: their
#: records carry SIDs of other organizations' accounts, users and roles (``US``, ``IX``,
#: SCIM e-mails) that the generic store cannot fill to the spec's patterns yet. The fake
#: accepts their bearer token, then answers 501 naming the operation.
BEARER_REFUSAL = (
    "OAuth2 organization operations are not emulated yet (their SCIM and role-assignment "
    "records need values the generic store cannot make up)"
)
