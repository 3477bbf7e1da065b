"""The generator's own rules: names as the official SDK spells them, and the tree's shape."""

from __future__ import annotations

import pytest

from codegen.model import build, load_specs
from codegen.names import camelize, param_name, singular, snake
from codegen.schema import enum_name, field_name, record_name


@pytest.mark.parametrize(
    ("api", "python"),
    [
        ("From", "from_"),
        ("DateSent<", "date_sent_before"),
        ("DateCreated>", "date_created_after"),
        ("X-Twilio-Webhook-Enabled", "x_twilio_webhook_enabled"),
        ("If-Match", "if_match"),
        ("Timers.Inactive", "timers_inactive"),
        ("AddressLine1", "address_line1"),
        ("A2PProfileBundleSid", "a2p_profile_bundle_sid"),
        ("AwsS3Url", "aws_s3_url"),
        ("AuthorizedRepresentative1FirstName", "authorized_representative1_first_name"),
        ("PageSize", "page_size"),
        ("version", "version"),
    ],
)
def test_parameter_names_follow_the_sdk(api: str, python: str) -> None:
    assert param_name(api) == python


def test_mount_and_class_names() -> None:
    assert camelize("SIP") == "sip"
    assert camelize("IpAddresses") == "ipAddresses"
    assert snake(camelize("IncomingPhoneNumbers")) == "incoming_phone_numbers"
    assert singular("Addresses") == "Address"
    assert singular("Policies") == "Policy"
    assert singular("Status") == "Status"


def test_record_enum_and_field_names() -> None:
    assert record_name("api.v2010.account.message") == "Message"
    assert record_name("api.v2010.account.notification-instance") == "Notification"
    assert enum_name("message_enum_status") == "MessageStatus"
    assert field_name("from") == "from_"
    assert field_name("accountSid") == "account_sid"
    assert field_name("twilio/text") == "twilio_text"


def test_the_tree_mirrors_the_sdk() -> None:
    domains = build(load_specs())
    assert len(domains) == 38
    assert sum(len(d.versions) for d in domains.values()) == 56
    v2010 = domains["api"].versions["v2010"]
    accounts = next(r for r in v2010.mounts if r.mount == "accounts")
    children = {c.mount for c in accounts.context_children}
    assert {"messages", "calls", "sip", "usage", "new_keys", "balance"} <= children
    lookups = domains["lookups"].versions["v2"]
    bucket = next(r for r in lookups.mounts if r.mount == "bucket")
    assert bucket.keys == ["field", "bucket"]  # a version mount: no x-twilio parent
    conversations = domains["conversations"].versions["v1"]
    configuration = next(r for r in conversations.mounts if r.mount == "configuration")
    # A singleton's children hang on its list, as in the SDK.
    assert {c.mount for c in configuration.list_children} >= {"webhooks"}
    assert "address_configurations" in {r.mount for r in conversations.mounts}
