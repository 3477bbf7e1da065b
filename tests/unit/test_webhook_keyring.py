"""SharedKey signatures (HMAC-SHA1 and HMAC-SHA256) and a keyring that rotates keys."""

# No "from __future__ import annotations": FastAPI reads the endpoints' annotations at
# runtime, and they name dependencies local to the app builders.
import hashlib
import logging
from typing import Annotated, Any

import pytest
from fastapi import Depends, FastAPI
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient
from twilio.request_validator import RequestValidator as OfficialValidator

from twilio_async.webhooks import (
    HMAC_SHA1,
    HMAC_SHA256,
    MessageStatusCallback,
    RequestValidator,
    WebhookKeyring,
    twilio_webhook,
)

# Computed once with the official Node helper library, twilio 6.3.1 (npm), whose
# webhooks.getExpectedTwilioSignature(secret, url, params, algorithm) signs SharedKey
# webhooks (the pinned Python SDK, 9.10.5, only knows HMAC-SHA1), and checked there with
# validateRequest / validateRequestWithBody. Inputs: (secret, url, params, algorithm).
NODE_VECTORS = [
    (
        "shared-key-secret-1",
        "https://mycompany.com/myapp.php?foo=1&bar=2",
        {
            "CallSid": "CA1234567890ABCDE",
            "Caller": "+12349013030",
            "Digits": "1234",
            "From": "+12349013030",
            "To": "+18005551212",
        },
        HMAC_SHA256,
        "QmXT0AHir5jGLyBQwEewBfHU+v62KGL9czZv7UuF6KQ=",
    ),
    (
        "shared-key-secret-2",
        "https://example.com/sms",
        {
            "Body": "Ünïcödé 🎉 <&>",
            "From": "+15017122661",
            "MediaUrl": ["https://b.example/2.png", "https://a.example/1.png"],
        },
        HMAC_SHA256,
        "0C02vKxUhbRpB34uuXTzNpNvN2NY/xNpPYMpWpIcyv8=",
    ),
    (
        "shared-key-secret-2",
        "https://example.com/status?x=1",
        {},
        HMAC_SHA256,
        "NdwG02oUsw5sL0lfRxCaStmVLvy7yU4yT83PXjNanv8=",
    ),
    (
        "shared-key-secret-3",
        "https://example.com/sms",
        {"Body": "hi", "From": "+1"},
        HMAC_SHA1,
        "0NP07dNDE03HkMvxZbm9uGegTks=",
    ),
]
NODE_JSON_BODY = (
    b'[{"specversion":"1.0","type":"com.twilio.messaging.message.delivered","id":"EZ1"}]'
)
NODE_JSON_URL = (
    "https://example.com/events?bodySHA256="
    "2eb1bc5a1da14ae953c4e2316228a52ed804339f582ea46996c74ee099cffd80"
)
NODE_JSON_SIGNATURE = "3yuauKEpEqw4usVxyEGMW5jd7Jq2wpk0VGuO86EaGUw="


@pytest.mark.parametrize(("secret", "url", "params", "algorithm", "expected"), NODE_VECTORS)
def test_signatures_agree_with_the_official_node_helper(
    secret: str, url: str, params: dict[str, Any], algorithm: str, expected: str
) -> None:
    validator = RequestValidator(secret)
    assert validator.compute_signature(url, params, algorithm) == expected
    assert validator.validate(url, params, expected, algorithm)
    keyring = WebhookKeyring(shared_keys={"webhooks_sharedkey_1": secret})
    header = f"key=webhooks_sharedkey_1,algorithm={algorithm}"
    assert keyring.validate(url, params, expected, header)


def test_json_body_signature_agrees_with_the_official_node_helper() -> None:
    keyring = WebhookKeyring(shared_keys={"k": "shared-key-secret-2"})
    header = "key=k,algorithm=HMAC_SHA256"
    assert NODE_JSON_URL.endswith(hashlib.sha256(NODE_JSON_BODY).hexdigest())
    assert keyring.validate(NODE_JSON_URL, NODE_JSON_BODY, NODE_JSON_SIGNATURE, header)
    assert not keyring.validate(NODE_JSON_URL, NODE_JSON_BODY + b" ", NODE_JSON_SIGNATURE, header)


def test_auth_token_signatures_agree_with_the_pinned_python_sdk() -> None:
    url, params = "https://example.com/sms", {"Body": "hi", "From": "+15017122661"}
    old, new = "a" * 32, "b" * 32
    keyring = WebhookKeyring([old, new])
    for token in (old, new):
        signature = OfficialValidator(token).compute_signature(url, params)
        assert keyring.validate(url, params, signature)
    other = OfficialValidator("c" * 32).compute_signature(url, params)
    assert keyring.failure(url, params, other) == "the signature matches none of the 2 secrets"


def sign(secret: str, url: str, params: dict[str, str], algorithm: str = HMAC_SHA256) -> str:
    return RequestValidator(secret).compute_signature(url, params, algorithm)


URL = "https://example.com/status"
PARAMS = {"MessageSid": "SM1", "MessageStatus": "sent", "AccountSid": "AC1"}


def test_the_header_names_the_key_and_only_that_secret_is_used() -> None:
    keyring = WebhookKeyring("auth-token", shared_keys={"k1": "secret-1", "k2": "secret-2"})
    by_k1 = sign("secret-1", URL, PARAMS)
    assert keyring.validate(URL, PARAMS, by_k1, "key=k1,algorithm=HMAC_SHA256")
    # The same signature presented as k2's, or as an Auth Token signature, is refused.
    assert keyring.failure(URL, PARAMS, by_k1, "key=k2,algorithm=HMAC_SHA256") == (
        "the signature does not match"
    )
    assert not keyring.validate(URL, PARAMS, by_k1)
    # The algorithm comes from the header: an HMAC-SHA1 signature by k1 needs HMAC_SHA1.
    sha1_by_k1 = sign("secret-1", URL, PARAMS, HMAC_SHA1)
    assert keyring.validate(URL, PARAMS, sha1_by_k1, "key=k1,algorithm=HMAC_SHA1")
    assert not keyring.validate(URL, PARAMS, sha1_by_k1, "key=k1,algorithm=HMAC_SHA256")


def test_unknown_keys_and_algorithms_are_refused_with_a_reason() -> None:
    keyring = WebhookKeyring(shared_keys={"k1": "secret-1"})
    signature = sign("secret-1", URL, PARAMS)
    assert keyring.failure(URL, PARAMS, signature, "key=k9,algorithm=HMAC_SHA256") == (
        "signed with shared key 'k9', which the keyring lacks ('k1')"
    )
    assert keyring.failure(URL, PARAMS, signature, "key=k1,algorithm=HMAC_MD5") == (
        "unsupported signature algorithm 'HMAC_MD5'"
    )
    assert keyring.failure(URL, PARAMS, signature) == (
        "no auth token to check a webhook without X-Twilio-Webhooks-Signature-Settings"
    )
    # A header naming no key: any shared key of the keyring may have signed.
    assert keyring.validate(URL, PARAMS, signature, "algorithm=HMAC_SHA256")


def test_rotation_add_the_new_key_then_remove_the_old_one() -> None:
    keyring = WebhookKeyring(shared_keys={"old": "old-secret"})
    by_old = sign("old-secret", URL, PARAMS)
    by_new = sign("new-secret", URL, PARAMS)
    assert keyring.validate(URL, PARAMS, by_old, "key=old,algorithm=HMAC_SHA256")
    assert not keyring.validate(URL, PARAMS, by_new, "key=new,algorithm=HMAC_SHA256")
    keyring.add_shared_key("new", "new-secret")  # deployed before Twilio switches
    assert keyring.validate(URL, PARAMS, by_old, "key=old,algorithm=HMAC_SHA256")
    assert keyring.validate(URL, PARAMS, by_new, "key=new,algorithm=HMAC_SHA256")
    keyring.remove_shared_key("old")  # once no webhook names it
    assert not keyring.validate(URL, PARAMS, by_old, "key=old,algorithm=HMAC_SHA256")
    assert keyring.validate(URL, PARAMS, by_new, "key=new,algorithm=HMAC_SHA256")
    assert keyring.shared_key_ids == {"new"}
    with pytest.raises(KeyError, match="old"):
        keyring.remove_shared_key("old")


def test_secrets_never_show_and_bad_ones_are_refused() -> None:
    keyring = WebhookKeyring("auth-token-value", shared_keys={"k1": "shared-secret-value"})
    assert repr(keyring) == "WebhookKeyring(auth_tokens=1, shared_keys=['k1'])"
    with pytest.raises(ValueError, match="at least one"):
        WebhookKeyring()
    with pytest.raises(ValueError, match="empty"):
        WebhookKeyring(shared_keys={"k1": ""})
    with pytest.raises(TypeError, match="str"):
        WebhookKeyring([b"bytes"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="id"):
        keyring.add_shared_key("a,b", "x")


# Under Starlette and FastAPI, a keyring goes where the Auth Token went.


def starlette_app(secrets: Any) -> Starlette:
    status = twilio_webhook(MessageStatusCallback, secrets)

    async def endpoint(request: Request) -> PlainTextResponse:
        callback = await status(request)
        return PlainTextResponse(str(callback.message_status))

    return Starlette(routes=[Route("/status", endpoint, methods=["POST"])])


def fastapi_app(secrets: Any) -> FastAPI:
    app = FastAPI()
    status = twilio_webhook(MessageStatusCallback, secrets)

    @app.post("/status", response_class=PlainTextResponse)
    async def record(callback: Annotated[MessageStatusCallback, Depends(status)]) -> str:
        return str(callback.message_status)

    return app


@pytest.mark.parametrize("make_app", [starlette_app, fastapi_app], ids=["starlette", "fastapi"])
def test_a_keyring_in_the_dependency_during_a_rotation(
    make_app: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="twilio_async.webhooks")
    keyring = WebhookKeyring("auth-token", shared_keys={"old": "old-secret", "new": "new-secret"})
    url = "http://testserver/status"
    with TestClient(make_app(keyring)) as http:

        def post(secret: str, settings: str | None, algorithm: str = HMAC_SHA256) -> int:
            headers = {"X-Twilio-Signature": sign(secret, url, PARAMS, algorithm)}
            if settings is not None:
                headers["X-Twilio-Webhooks-Signature-Settings"] = settings
            return http.post("/status", data=PARAMS, headers=headers).status_code

        assert post("auth-token", None, HMAC_SHA1) == 200
        assert post("old-secret", "key=old,algorithm=HMAC_SHA256") == 200
        assert post("new-secret", "key=new,algorithm=HMAC_SHA256") == 200
        keyring.remove_shared_key("old")
        assert post("old-secret", "key=old,algorithm=HMAC_SHA256") == 403
        assert post("new-secret", "key=old,algorithm=HMAC_SHA256") == 403
    reasons = [r.__dict__["twilio.webhook.reason"] for r in caplog.records]
    assert reasons == [
        "signed with shared key 'old', which the keyring lacks ('new')",
        "signed with shared key 'old', which the keyring lacks ('new')",
    ]
    logged = " ".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    for secret in ("old-secret", "new-secret", "auth-token"):
        assert secret not in logged
