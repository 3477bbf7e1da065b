"""Hand-made corrections to the spec, applied by the generator (the one override file).

The spec types some numeric fields as strings; Twilio's answers carry digits there. Each
entry names the record schema and the JSON field. Keep entries few and justified: the
example-decoding test checks every one of them against the spec's own examples.
"""

from __future__ import annotations

#: Record field types that differ from the spec, by schema name, then JSON key.
FIELD_TYPES: dict[str, dict[str, str]] = {
    "api.v2010.account.message": {"num_segments": "int", "num_media": "int", "price": "Decimal"},
    "api.v2010.account.call": {"duration": "int", "queue_time": "int", "price": "Decimal"},
    "api.v2010.account.call.call_recording": {"duration": "int", "price": "Decimal"},
    "api.v2010.account.recording": {"duration": "int", "price": "Decimal"},
    "api.v2010.account.conference.conference_recording": {"duration": "int", "price": "Decimal"},
    # A mapping of capability name to flag, as the SDK and today's users read it.
    "api.v2010.account.incoming_phone_number": {"capabilities": "dict[str, Any]"},
    # One channel enum for verifications and their checks (Verify sends the same values).
    "verify.v2.service.verification_check": {
        "channel": "twilio_async.rest.verify.v2.services_verifications.VerificationChannel"
    },
}

#: JSON fields that hold secrets whatever the spec's ``pii`` says: kept out of ``repr``.
SECRET_FIELDS: frozenset[str] = frozenset(
    {
        "auth_token",
        "secret",
        "api_key_secret",
        "password",
        "token",
        "access_token",
        "refresh_token",
        "id_token",
        "client_secret",
        "secondary_auth_token",
    }
)

#: Operations twilio_async cannot send yet, by operationId prefix match, with the reason.
UNSUPPORTED_SECURITY = (
    "this operation authenticates with an OAuth2 bearer token, which twilio_async does not "
    "obtain yet; use Basic-authenticated operations or the official SDK for it"
)

#: Creates whose ``create_many`` takes a campaign ``journal`` (and ``key``), with the strategy
#: (module, instance) that says what an item is and how an earlier attempt is found
#: (messages: recipient, sender, keyed body digest; looked up by recipient).
CAMPAIGN_STRATEGIES: dict[str, tuple[str, str]] = {
    "api.v2010.accounts.messages.create": ("twilio_async._campaign_messages", "MESSAGES"),
}

#: Method docstrings written by hand (first line), by operation id; the spec's summary
#: is used for every other operation.
DOCSTRINGS: dict[str, str] = {
    "api.v2010.accounts.messages.create": (
        "Send a message: ``to``, plus ``from_`` or ``messaging_service_sid``, plus ``body``, "
        "``media_url`` or ``content_sid``."
    ),
    "api.v2010.accounts.messages.update": (
        'Redact the body (``body=""``) or cancel a scheduled message (``status="canceled"``).'
    ),
    "api.v2010.accounts.calls.create": (
        "Place a call: ``to``, ``from_``, and ``url``, ``twiml`` or ``application_sid``."
    ),
}
