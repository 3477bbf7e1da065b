"""Importing the package loads what sending SMS needs, and the rest on first use."""

from __future__ import annotations

import json

import pytest

import twilio_async
from twilio_async import Client

from .conftest import HTTP_STACK, run_python

LAZY_MODULES = (
    "anyio",
    "cattrs",
    "httptools",
    "twilio_async._transports",
    "twilio_async.twiml",
    "twilio_async.rest.api.v2010.accounts_calls",
    "twilio_async.rest.api.v2010.accounts",
    "twilio_async.rest.verify",
    "twilio_async.rest.verify.v2.services",
    "twilio_async.rest.api.v2010.accounts_incoming_phone_numbers",
    "twilio_async.rest.conversations",
)

PROBE = """
import json, sys
from twilio_async import Client, Message
before = sorted(m for m in {modules} if m in sys.modules)
client = Client("AC" + "0" * 32, "x" * 32)
client.messages
after_client = sorted(m for m in {modules} if m in sys.modules)
client.calls
from twilio_async import VerifyService
after_calls = sorted(m for m in {modules} if m in sys.modules)
rest = sorted(m for m in sys.modules if m.startswith("twilio_async.rest"))
print(json.dumps([before, after_client, after_calls, rest]))
"""


def test_sending_sms_never_imports_the_other_resources() -> None:
    code = PROBE.format(modules=repr(LAZY_MODULES))
    out = run_python(code)
    before, after_client, after_calls, rest = json.loads(out)
    assert before == []
    # The transport comes with the client; the converter with the first answer decoded.
    assert after_client == ["httptools", "twilio_async._transports"]
    assert set(after_calls) >= {
        "twilio_async.rest.api.v2010.accounts_calls",
        "twilio_async.rest.verify.v2.services",
    }
    assert "twilio_async.rest.conversations" not in after_calls
    # Only the Messages path of the generated tree is loaded up front.
    assert set(rest) <= {
        "twilio_async.rest",
        "twilio_async.rest.api",
        "twilio_async.rest.api.v2010",
        "twilio_async.rest.api.v2010.accounts",
        "twilio_async.rest.api.v2010.accounts_calls",
        "twilio_async.rest.api.v2010.accounts_messages",
        "twilio_async.rest.api.v2010.accounts_messages_media",
        "twilio_async.rest.verify",
        "twilio_async.rest.verify.v2",
        "twilio_async.rest.verify.v2.services",
        "twilio_async.rest.verify.v2.services_verifications",
    }


def test_lazy_names_resolve_like_ordinary_attributes() -> None:
    from twilio_async import Call, VerificationChannel
    from twilio_async.rest.api.v2010.accounts_calls import Call as Home

    assert Call is Home
    assert twilio_async.Call is Call
    assert VerificationChannel.SMS == "sms"
    assert {"Call", "VerifyService", "Client"} <= set(dir(twilio_async))
    assert set(twilio_async.__all__) <= set(dir(twilio_async))
    with pytest.raises(AttributeError, match="no attribute 'Calls'"):
        _ = twilio_async.Calls  # type: ignore[attr-defined]
    with pytest.raises(ImportError):
        from twilio_async import Nope  # type: ignore[attr-defined]  # noqa: F401


def test_resource_namespaces_are_built_once_per_client() -> None:
    client = Client("AC" + "0" * 32, "x" * 32)
    assert client.calls is client.calls
    assert client.verify is client.verify
    assert client.api is client.api
    assert client.incoming_phone_numbers is client.incoming_phone_numbers
    assert client.calls._values == (client.account_sid,)


# --- records, enums and operations without the HTTP stack ---------------------------------

LOADED_HTTP_STACK = """
import json, sys
{statement}
print(json.dumps(sorted(m for m in {stack} if m in sys.modules)))
"""


@pytest.mark.parametrize(
    "statement",
    [
        "from twilio_async.rest.api.v2010.accounts_messages import Message",
        "from twilio_async.rest.api.v2010.accounts_calls import CallStatus",
        "from twilio_async.rest.verify.v2.services import Service",
        "import twilio_async._operation",  # (the package alone: the test after these)
        "from twilio_async import Message, MessageStatus, OpenEnum, RetryPolicy, TwilioError",
        # A record decoded on its own, as a worker reading stored JSON does.
        "from twilio_async import Message, structure\n"
        "m = structure({'sid': 'SM' + '0' * 32, 'account_sid': 'AC' + '0' * 32,"
        " 'date_created': '2023-08-24T05:01:45Z', 'status': 'sent', 'num_segments': '2'},"
        " Message)\n"
        "assert m.num_segments == 2 and m.status == 'sent'",
    ],
)
def test_records_enums_and_operations_load_without_the_http_stack(statement: str) -> None:
    code = LOADED_HTTP_STACK.format(statement=statement, stack=repr(HTTP_STACK))
    out = run_python(code)
    assert json.loads(out) == []


def test_the_client_brings_the_http_stack_when_asked_for() -> None:
    code = LOADED_HTTP_STACK.format(statement="from twilio_async import Client", stack=HTTP_STACK)
    out = run_python(code)
    assert {"httpx", "twilio_async._client", "twilio_async._transport"} <= set(json.loads(out))


def test_importing_the_package_loads_only_the_exceptions() -> None:
    # Everything else (attrs and the records, the bulk engine, the client) loads on first use.
    code = "import sys, json, twilio_async; print(json.dumps(sorted(sys.modules)))"
    out = run_python(code)
    loaded = set(json.loads(out))
    ours = {name for name in loaded if name.startswith("twilio_async")}
    # The typed code errors are exceptions too, and _logs reads TWILIO_LOG at import.
    assert ours == {
        "twilio_async",
        "twilio_async._enums",
        "twilio_async._error_codes",
        "twilio_async._exceptions",
        "twilio_async._logs",
        "twilio_async._version",
    }
    assert not {"attrs", "attr", "httpx", "anyio", "orjson", "email.utils", "logging"} & loaded


def test_create_many_results_load_with_their_first_use() -> None:
    code = (
        "import sys, twilio_async\n"
        "before = 'twilio_async._bulk' in sys.modules\n"
        "from twilio_async import BulkResult\n"
        "print(before, BulkResult.__module__)"
    )
    out = run_python(code)
    assert out.split() == ["False", "twilio_async._bulk"]
