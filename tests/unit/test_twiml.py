"""TwiML builders: structure, attribute names, escaping, injection, SDK parity, round trips."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from twilio.twiml.messaging_response import MessagingResponse as OfficialMessagingResponse
from twilio.twiml.voice_response import VoiceResponse as OfficialVoiceResponse

from twilio_async.twiml import (
    Dial,
    Media,
    Message,
    MessagingResponse,
    Say,
    TwiML,
    VoiceResponse,
)

DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'


def parse(document: TwiML) -> ET.Element:
    xml = document.to_xml()
    assert xml.startswith(DECLARATION)
    return ET.fromstring(xml.encode("utf-8"))


def is_xml_char(char: str) -> bool:
    """XML 1.0's Char production, written out independently of the module."""
    code = ord(char)
    return (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )


xml_text = st.text(st.characters(codec="utf-8").filter(is_xml_char), max_size=40)


# Structure ---------------------------------------------------------------------------------


def test_messaging_document_exact() -> None:
    reply = MessagingResponse()
    message = reply.message("Hello", to="+15558675310", from_="+15017122661")
    message.media("https://example.com/a.png")
    reply.redirect("https://example.com/next", method="POST")
    assert str(reply) == (
        DECLARATION + "<Response>"
        '<Message from="+15017122661" to="+15558675310">Hello'
        "<Media>https://example.com/a.png</Media></Message>"
        '<Redirect method="POST">https://example.com/next</Redirect>'
        "</Response>"
    )
    assert reply.to_xml(xml_declaration=False) == str(reply).removeprefix(DECLARATION)


def test_empty_responses() -> None:
    assert str(MessagingResponse()) == DECLARATION + "<Response />"
    assert VoiceResponse().to_xml(xml_declaration=False) == "<Response />"


def test_message_with_body_and_media_nouns() -> None:
    reply = MessagingResponse()
    message = reply.message(action="https://example.com/status", method="GET")
    body = message.body("Your code is 1234")
    media = message.media("https://example.com/1.jpg")
    assert isinstance(message, Message)
    assert isinstance(media, Media)
    (element,) = parse(reply)
    assert element.tag == "Message"
    assert element.attrib == {"action": "https://example.com/status", "method": "GET"}
    assert [(child.tag, child.text) for child in element] == [
        ("Body", "Your code is 1234"),
        ("Media", "https://example.com/1.jpg"),
    ]
    assert message.children == (body, media)
    assert body.text == "Your code is 1234"


def test_voice_document_structure() -> None:
    call = VoiceResponse()
    call.say("Welcome", voice="Polly.Joanna", language="en-US", loop=2)
    call.play("https://example.com/hold.mp3", loop=0)
    call.play(digits="wwww3")
    with call.gather(input=["dtmf", "speech"], num_digits=1, action="/menu") as gather:
        gather.say("Press 1 for sales")
        gather.pause(length=2)
        gather.play("https://example.com/beep.mp3")
    dial = call.dial(caller_id="+15017122661", timeout=20, answer_on_bridge=True)
    dial.number("+15558675310", send_digits="ww1")
    dial.client("alice")
    dial.sip("sip:bob@example.com", username="bob", password="hunter2")
    call.pause(length=1)
    call.redirect("https://example.com/again", method="POST")
    call.hangup()

    root = parse(call)
    assert [child.tag for child in root] == [
        "Say",
        "Play",
        "Play",
        "Gather",
        "Dial",
        "Pause",
        "Redirect",
        "Hangup",
    ]
    say, play, tones, gather_el, dial_el, pause, redirect, hangup = root
    assert say.attrib == {"voice": "Polly.Joanna", "language": "en-US", "loop": "2"}
    assert say.text == "Welcome"
    assert play.attrib == {"loop": "0"}
    assert tones.attrib == {"digits": "wwww3"}
    assert tones.text is None
    assert gather_el.attrib == {"input": "dtmf speech", "numDigits": "1", "action": "/menu"}
    assert [child.tag for child in gather_el] == ["Say", "Pause", "Play"]
    assert dial_el.attrib == {
        "callerId": "+15017122661",
        "timeout": "20",
        "answerOnBridge": "true",
    }
    assert [(child.tag, child.text) for child in dial_el] == [
        ("Number", "+15558675310"),
        ("Client", "alice"),
        ("Sip", "sip:bob@example.com"),
    ]
    assert dial_el[0].attrib == {"sendDigits": "ww1"}
    assert dial_el[2].attrib == {"username": "bob", "password": "hunter2"}
    assert pause.attrib == {"length": "1"}
    assert (redirect.text, redirect.attrib) == ("https://example.com/again", {"method": "POST"})
    assert hangup.attrib == {}
    assert hangup.text is None


def test_dial_with_number_as_text() -> None:
    call = VoiceResponse()
    dial = call.dial("+15558675310", record="record-from-answer", hangup_on_star=False)
    assert isinstance(dial, Dial)
    (element,) = parse(call)
    assert element.text == "+15558675310"
    assert element.attrib == {"record": "record-from-answer", "hangupOnStar": "false"}


def test_nest_append_and_add_child() -> None:
    call = VoiceResponse()
    say = Say("hi")
    assert call.nest(say) is say
    assert call.append(Say("again")) is call
    reject = call.add_child("Reject", reason="busy")
    assert reject.tag == "Reject"
    assert str(call).endswith('<Say>hi</Say><Say>again</Say><Reject reason="busy" /></Response>')
    # Text may be nested, as in the official SDK (SSML mixes words and tags); it is escaped.
    assert call.nest("<Hangup/>") == "<Hangup/>"
    assert str(call).endswith("&lt;Hangup/&gt;</Response>")
    assert len(call.children) == 3
    with pytest.raises(TypeError):
        call.nest(42)  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="element name"):
        call.add_child("Bad Tag")
    with pytest.raises(ValueError, match="element name"):
        call.add_child("</Response><Evil")


def test_elements_are_read_only_views() -> None:
    message = MessagingResponse().message("hi", to="+1")
    assert message.tag == "Message"
    assert message.text == "hi"
    assert message.attrs == {"to": "+1"}
    with pytest.raises(TypeError):
        message.attrs["to"] = "+2"  # type: ignore[index]
    with pytest.raises(AttributeError):
        message.extra = 1  # type: ignore[attr-defined]
    assert isinstance(message.children, tuple)


def test_repr_leaves_attribute_values_out() -> None:
    sip = VoiceResponse().dial().sip("sip:a@example.com", username="u", password="s3cr3t-pw")
    assert "s3cr3t-pw" not in repr(sip)
    assert "password" in repr(sip)


# Attribute naming --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("keyword", "attribute"),
    [
        ("caller_id", "callerId"),
        ("num_digits", "numDigits"),
        ("from_", "from"),
        ("finish_on_key", "finishOnKey"),
        ("speech_timeout", "speechTimeout"),
        ("recording_status_callback_event", "recordingStatusCallbackEvent"),
        ("amd_status_callback", "amdStatusCallback"),
        ("statusCallback", "statusCallback"),
        ("method", "method"),
    ],
)
def test_keyword_to_attribute_name(keyword: str, attribute: str) -> None:
    element = MessagingResponse().add_child("X", **{keyword: "v"})
    assert element.attrs == {attribute: "v"}


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (True, "true"),
        (False, "false"),
        (0, "0"),
        (2.5, "2.5"),
        ("auto", "auto"),
        (["initiated", "ringing", "answered"], "initiated ringing answered"),
        (("dtmf",), "dtmf"),
    ],
)
def test_attribute_values(value: Any, written: str) -> None:
    assert MessagingResponse().add_child("X", v=value).attrs == {"v": written}


def test_none_attributes_are_left_out() -> None:
    call = VoiceResponse()
    call.gather(action=None, timeout=None, num_digits=4)
    assert parse(call)[0].attrib == {"numDigits": "4"}


def test_gather_hints_list_is_comma_separated() -> None:
    call = VoiceResponse()
    call.gather(input="speech", hints=["sales", "customer support"])
    assert parse(call)[0].attrib["hints"] == "sales,customer support"


def test_same_attribute_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="callerId"):
        VoiceResponse().dial(caller_id="+1", callerId="+2")


@pytest.mark.parametrize("value", [{"a": 1}, b"bytes", [1.5, 2], [True], object()])
def test_unsupported_attribute_values(value: Any) -> None:
    with pytest.raises(TypeError, match="attribute 'v'"):
        MessagingResponse().add_child("X", v=value)


def test_text_must_be_a_string() -> None:
    with pytest.raises(TypeError, match="Say"):
        VoiceResponse().say(1234)  # type: ignore[arg-type]


# Escaping and injection ---------------------------------------------------------------------


def test_body_cannot_inject_elements() -> None:
    hostile = "</Message><Redirect>http://evil</Redirect>"
    reply = MessagingResponse()
    reply.message(hostile)
    root = parse(reply)
    assert len(root) == 1
    assert root[0].tag == "Message"
    assert root[0].text == hostile
    assert root.find(".//Redirect") is None


def test_attribute_cannot_inject_attributes_or_elements() -> None:
    hostile = 'https://x" method="GET"><Hangup/><Redirect x="'
    reply = MessagingResponse()
    reply.redirect(hostile)
    reply.message("hi", action=hostile)
    root = parse(reply)
    assert [child.tag for child in root] == ["Redirect", "Message"]
    assert root[0].attrib == {}
    assert root[0].text == hostile
    assert root[1].attrib == {"action": hostile}
    assert root.find(".//Hangup") is None


@pytest.mark.parametrize(
    "text",
    [
        "a < b > c & d \"quoted\" 'single'",
        "]]> <![CDATA[ x ]]>",
        "&amp; &lt; &#60; already escaped",
        "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e 'boom'>]>&e;",
        "line one\r\nline two\rline three\n\ttabbed",
        "Ünïcödé — 日本語 — عربى — 🎉👍🏽",
    ],
)
def test_text_and_attributes_round_trip(text: str) -> None:
    reply = MessagingResponse()
    reply.message(text, action=text)
    (message,) = parse(reply)
    assert message.text == text
    assert message.attrib == {"action": text}


def test_non_ascii_is_written_as_characters() -> None:
    reply = MessagingResponse()
    reply.message("café 🎉")
    assert "café 🎉" in str(reply)


@pytest.mark.parametrize("char", ["\x00", "\x08", "\x0b", "\x1f", "\ufffe", "\uffff", "\ud800"])
def test_characters_xml_cannot_carry_are_refused(char: str) -> None:
    with pytest.raises(ValueError, match=f"U\\+{ord(char):04X} at index 3"):
        MessagingResponse().message("abc" + char)
    with pytest.raises(ValueError, match="attribute 'action'"):
        MessagingResponse().message("ok", action="abc" + char)


# Parity with the official SDK ----------------------------------------------------------------


def test_same_xml_as_official_sdk_for_messaging() -> None:
    ours, official = MessagingResponse(), OfficialMessagingResponse()
    for reply in (ours, official):
        message = reply.message(
            "Tom & Jerry <3", to="+1555", from_="+1666", action="/status", method="POST"
        )
        message.media("https://example.com/a.png")
        reply.redirect("https://example.com/next", method="GET")
    assert str(ours) == str(official)


def test_same_xml_as_official_sdk_for_voice() -> None:
    ours, official = VoiceResponse(), OfficialVoiceResponse()
    for call in (ours, official):
        call.say("Bonjour", voice="Polly.Celine", language="fr-FR", loop=1)
        gather = call.gather(
            input="dtmf speech",
            action="/menu",
            method="POST",
            timeout=5,
            num_digits=2,
            finish_on_key="#",
            speech_timeout="auto",
            barge_in=True,
        )
        gather.say("Choose")
        gather.pause(length=1)
        gather.play("https://example.com/x.mp3", loop=2)
        dial = call.dial(caller_id="+1555", timeout=30, action="/after", record="do-not-record")
        dial.number("+1666", send_digits="w1", status_callback="/s")
        dial.client("agent", url="/c")
        dial.sip("sip:a@example.com", username="u", password="p")
        call.pause(length=3)
        call.play(digits="1234")
        call.redirect("/loop", method="POST")
        call.hangup()
    assert str(ours) == str(official)


# Properties ---------------------------------------------------------------------------------


@given(text=xml_text, attribute=xml_text)
def test_property_any_legal_text_round_trips(text: str, attribute: str) -> None:
    reply = MessagingResponse()
    message = reply.message(text, action=attribute)
    message.media(text)
    root = parse(reply)
    assert len(root) == 1
    (element,) = root
    assert element.tag == "Message"
    assert (element.text or "") == text
    assert element.attrib == {"action": attribute}
    assert [child.tag for child in element] == ["Media"]
    assert (element[0].text or "") == text


@given(
    before=xml_text,
    after=xml_text,
    bad=st.one_of(
        st.integers(0x0, 0x8),
        st.integers(0xB, 0xC),
        st.integers(0xE, 0x1F),
        st.integers(0xD800, 0xDFFF),
        st.sampled_from([0xFFFE, 0xFFFF]),
    ).map(chr),
)
def test_property_any_illegal_character_is_refused(before: str, after: str, bad: str) -> None:
    with pytest.raises(ValueError, match=r"XML 1\.0"):
        VoiceResponse().say(before + bad + after)
