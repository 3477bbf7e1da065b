"""TwiML parity with the official SDK: every class, every builder method, every keyword.

Each builder method is called on our element and on the SDK's element of the same name with
the same arguments; the documents must parse to the same tree (attribute order aside). The
SDK (the pinned release) is the oracle for names and attributes; the signature test keeps
ported code running: its parameters must open ours in the same order (parameters newer
releases added come after them).
"""

from __future__ import annotations

import inspect
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from twilio.twiml import TwiML as OfficialTwiML
from twilio.twiml import messaging_response as official_messaging
from twilio.twiml import voice_response as official_voice

from twilio_async import twiml
from twilio_async.twiml import MessagingResponse, TwiML, VoiceResponse

OFFICIAL_MODULES = (official_voice, official_messaging)
# Builder methods of our base class, not TwiML verbs.
BASE_METHODS = {"nest", "append", "add_child", "to_xml", "xml"}


def official_classes() -> dict[str, type[OfficialTwiML]]:
    found: dict[str, type[OfficialTwiML]] = {}
    for module in OFFICIAL_MODULES:
        for name, cls in vars(module).items():
            if (
                isinstance(cls, type)
                and issubclass(cls, OfficialTwiML)
                and cls.__module__ == module.__name__
            ):
                found.setdefault(name, cls)
    return found


OFFICIAL = official_classes()


def builder_methods(cls: type[Any]) -> list[str]:
    return sorted(
        name
        for name, member in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_") and name not in BASE_METHODS
    )


def value_params(function: Callable[..., Any]) -> list[inspect.Parameter]:
    return [
        parameter
        for parameter in inspect.signature(function).parameters.values()
        if parameter.name != "self" and parameter.kind is not inspect.Parameter.VAR_KEYWORD
    ]


CASES = [
    (class_name, method)
    for class_name, cls in sorted(OFFICIAL.items())
    for method in builder_methods(cls)
]


def tree(element: ET.Element) -> tuple[Any, ...]:
    """A comparable form: tag, attributes as a dict, text, tail, children."""
    return (
        element.tag,
        dict(element.attrib),
        element.text or "",
        element.tail or "",
        [tree(child) for child in element],
    )


def parsed(xml: str) -> tuple[Any, ...]:
    return tree(ET.fromstring(xml.encode("utf-8")))


def construct(cls: type[Any]) -> Any:
    """An instance with every required constructor argument given."""
    required = {
        parameter.name: f"text-{parameter.name}"
        for parameter in value_params(cls.__init__)
        if parameter.default is inspect.Parameter.empty
    }
    return cls(**required)


def test_every_official_class_exists_with_the_same_name() -> None:
    missing = sorted(set(OFFICIAL) - set(twiml.__all__))
    assert missing == []
    assert len(OFFICIAL) >= 60


@pytest.mark.parametrize("class_name", sorted(OFFICIAL))
def test_constructors_take_the_same_parameters(class_name: str) -> None:
    ours, official = getattr(twiml, class_name), OFFICIAL[class_name]
    official_names = [p.name for p in value_params(official.__init__)]
    assert [p.name for p in value_params(ours.__init__)][: len(official_names)] == official_names
    assert parsed(construct(ours).to_xml()) == parsed(construct(official).to_xml())


@pytest.mark.parametrize(("class_name", "method"), CASES, ids=[f"{c}.{m}" for c, m in CASES])
def test_builder_method_matches_official(class_name: str, method: str) -> None:
    ours_cls, official_cls = getattr(twiml, class_name), OFFICIAL[class_name]
    ours_method = getattr(ours_cls, method, None)
    assert ours_method is not None, f"{class_name}.{method} is missing"
    official_method = getattr(official_cls, method)
    # Same names in the same order, so positional and keyword calls port unchanged.
    params = value_params(official_method)
    official_names = [p.name for p in params]
    assert [p.name for p in value_params(ours_method)][: len(official_names)] == official_names

    # Every parameter given: each lands as the text or as its attribute, as in the SDK.
    arguments = {p.name: f"{p.name}-value" for p in params}
    ours_parent, official_parent = construct(ours_cls), construct(official_cls)
    ours_child = getattr(ours_parent, method)(**arguments, extra_keyword="x")
    official_child = getattr(official_parent, method)(**arguments, extra_keyword="x")
    assert isinstance(ours_child, TwiML)
    assert type(ours_child).__name__ == type(official_child).__name__
    assert parsed(ours_parent.to_xml()) == parsed(official_parent.to_xml())

    # Only what is required: the smallest element.
    required = {p.name: f"{p.name}-value" for p in params if p.default is inspect.Parameter.empty}
    ours_parent, official_parent = construct(ours_cls), construct(official_cls)
    getattr(ours_parent, method)(**required)
    getattr(official_parent, method)(**required)
    assert parsed(ours_parent.to_xml()) == parsed(official_parent.to_xml())


def test_a_full_voice_document_matches_official() -> None:
    documents = []
    for module in (twiml, official_voice):
        response = module.VoiceResponse()
        say = response.say("Welcome", voice="Polly.Joanna", language="en-US", loop=2)
        say.break_(strength="x-strong", time="100ms")
        say.nest(" to ")
        say.say_as("12345", interpret_as="digits")
        say.lang("Bonjour", xml_lang="fr-FR")
        say.prosody("slowly", rate="slow").emphasis("really", level="strong")
        gather = response.gather(input="dtmf speech", num_digits=1, action="/menu", timeout=5)
        gather.say("Press 1")
        gather.play("https://example.com/a.mp3", loop=1)
        gather.pause(length=2)
        dial = response.dial(caller_id="+15017122661", answer_on_bridge=True, timeout=20)
        dial.number("+15558675310", send_digits="wwww1928")
        dial.conference("Room 1", start_conference_on_enter=True, beep="onEnter")
        dial.sip().uri("sip:a@example.com", priority=1, weight=2)
        dial.application("AP123").parameter(name="k", value="v")
        dial.client().identity("alice")
        connect = response.connect(action="/after")
        connect.stream(url="wss://example.com/s").parameter(name="a", value="b")
        relay = connect.conversation_relay(url="wss://example.com/r", welcome_greeting="Hi")
        relay.language(code="fr-FR", voice="x")
        start = response.start()
        start.transcription(name="t", track="both_tracks").config(name="c", value="d")
        start.recording(track="both", channels="dual")
        response.stop().stream(name="s1")
        pay = response.pay(charge_amount="10.00", currency="usd", max_attempts=3)
        pay.prompt(for_="payment-card-number", attempt="1 2").say("Card number, please")
        response.enqueue("support", wait_url="/wait").task('{"skill": "billing"}', priority=5)
        response.record(max_length=30, play_beep=False, transcribe=True)
        response.refer(action="/refer").sip("sip:transfer@example.com")
        response.reject(reason="busy")
        response.echo()
        response.leave()
        response.sms("Sent during the call", to="+15558675310", from_="+15017122661")
        response.redirect("/next", method="POST")
        response.hangup()
        documents.append(parsed(response.to_xml()))
    assert documents[0] == documents[1]


def test_list_values_join_as_twilio_documents_them() -> None:
    # The SDK writes a list as Python's repr; we join it, so compare with the joined string.
    ours = VoiceResponse()
    ours.dial().number("+15558675310", status_callback_event=["initiated", "ringing"])
    ours.pay().prompt(attempt=[1, 2], card_type=["visa", "amex"])
    ours.gather(hints=["sales", "support"], input=["dtmf", "speech"])
    official = official_voice.VoiceResponse()
    official.dial().number("+15558675310", status_callback_event="initiated ringing")
    official.pay().prompt(attempt="1 2", card_type="visa amex")
    official.gather(hints="sales,support", input="dtmf speech")
    assert parsed(ours.to_xml()) == parsed(official.to_xml())


def test_messaging_matches_official() -> None:
    documents = []
    for module in (twiml, official_messaging):
        reply = module.MessagingResponse()
        message = reply.message(to="+15558675310", from_="+15017122661", action="/status")
        message.body("Hello & welcome")
        message.media("https://example.com/a.png")
        reply.message("Plain")
        reply.redirect("/next", method="GET")
        documents.append(parsed(reply.to_xml()))
    assert documents[0] == documents[1]
    assert isinstance(MessagingResponse().message("x"), twiml.Message)


def is_xml_char(char: str) -> bool:
    code = ord(char)
    return code in (0x9, 0xA) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD


xml_text = st.text(st.characters(codec="utf-8").filter(is_xml_char), min_size=1, max_size=30)


@given(message=xml_text, voice=xml_text, url=xml_text, digits=xml_text)
def test_property_any_text_and_values_match_official(
    message: str, voice: str, url: str, digits: str
) -> None:
    documents = []
    for module in (twiml, official_voice):
        response = module.VoiceResponse()
        response.say(message, voice=voice).w(message, role=voice)
        response.dial(caller_id=digits).number(message, url=url, send_digits=digits)
        response.redirect(url)
        documents.append(parsed(response.to_xml()))
    assert documents[0] == documents[1]
