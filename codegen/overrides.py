"""Hand-made corrections to the spec, applied by the generator (the one override file).

The spec types some numeric fields as strings; Twilio's answers carry digits there. Each
entry names the record schema and the JSON field. Keep entries few and justified: the
example-decoding test checks every one of them against the spec's own examples.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

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


def _load_redaction() -> ModuleType:
    # By path, not by import: importing twilio_async runs its __init__, which imports the
    # generated code this generator may be about to rewrite. The module is stdlib-only.
    path = Path(__file__).resolve().parent.parent / "twilio_async" / "_redaction.py"
    spec = importlib.util.spec_from_file_location("_codegen_redaction", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_REDACTION = _load_redaction()


def is_secret_field(json_key: str) -> bool:
    """Whether a record field holds a secret, kept out of ``repr`` (besides the spec's own
    ``pii`` marks): twilio_async's redaction module decides, the one list the transport,
    telemetry and error messages use too."""
    return bool(_REDACTION.is_secret_field(json_key))


#: Parents the spec does not declare, by spec stem: its paths start with
#: ``/Organizations/{OrganizationSid}`` but no path is that prefix and none names a parent,
#: so without one ``accounts.list()`` has no organization to send. The official SDK mounts
#: them on ``preview_iam.organization(organization_sid)``; so do we: (prefix, mount, class).
SYNTHETIC_PARENTS: dict[str, tuple[str, str, str]] = {
    "iam_organizations": ("/Organizations/{OrganizationSid}", "organization", "Organization"),
}

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
