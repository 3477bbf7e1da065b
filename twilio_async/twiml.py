"""Build TwiML, the XML a webhook answers Twilio with.

Shaped like the official SDK's ``twilio.twiml`` so that existing code reads the same::

    from twilio_async.twiml import MessagingResponse, VoiceResponse

    reply = MessagingResponse()
    reply.message("Thanks, see you at 7!").media("https://example.com/map.png")
    str(reply)
    # <?xml version="1.0" encoding="UTF-8"?><Response><Message>Thanks, see you at 7!<Media>...

    call = VoiceResponse()
    gather = call.gather(input="dtmf speech", num_digits=1, action="/menu")
    gather.say("Press 1 for sales.", voice="Polly.Joanna")
    call.dial(caller_id="+15017122661").number("+15558675310")

Keyword arguments become attributes: ``snake_case`` → ``camelCase`` (``caller_id`` →
``callerId``), a trailing underscore is dropped (``from_`` → ``from``), booleans are written
``true``/``false``, a list of strings is joined with spaces, and ``None`` leaves the attribute
out. Keywords already in camelCase are kept as they are. Each element takes extra keywords for
attributes this module does not name, and :meth:`TwiML.add_child` builds any other verb.

Text and attribute values are escaped, so user text can never add elements, and a carriage
return survives as ``&#13;``. Characters XML 1.0 cannot carry at all (NUL and most other
control characters, lone surrogates, U+FFFE, U+FFFF) raise :class:`ValueError` when the
element is built, rather than producing a document Twilio would reject.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType, TracebackType
from typing import ClassVar, Final, TypeAlias, TypeVar

__all__ = [
    "AttributeValue",
    "Body",
    "Client",
    "Dial",
    "Gather",
    "Hangup",
    "Media",
    "Message",
    "MessagingResponse",
    "Number",
    "Pause",
    "Play",
    "Redirect",
    "Say",
    "Sip",
    "TwiML",
    "VoiceResponse",
]

AttributeValue: TypeAlias = str | int | float | bool | Sequence[str] | None
"""What an attribute keyword accepts; ``None`` omits the attribute."""

_XML_DECLARATION: Final = '<?xml version="1.0" encoding="UTF-8"?>'
_NOT_XML_CHAR: Final = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_XML_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9._-]*\Z")
# ">" is escaped too so that "]]>" never appears; "\r" as a reference because parsers turn a
# literal one into "\n". In attributes, tab and newline would be normalised to spaces.
_TEXT_ESCAPES: Final = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTR_ESCAPES: Final = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\r": "&#13;",
        "\n": "&#10;",
        "\t": "&#9;",
    }
)

_E = TypeVar("_E", bound="TwiML")


def _check_chars(value: str, what: str) -> str:
    bad = _NOT_XML_CHAR.search(value)
    if bad is not None:
        raise ValueError(
            f"{what} contains U+{ord(bad.group()):04X} at index {bad.start()}, "
            "which XML 1.0 cannot represent"
        )
    return value


def _attribute_name(keyword: str) -> str:
    words = keyword.removesuffix("_").split("_")
    name = words[0] + "".join(word[:1].upper() + word[1:] for word in words[1:])
    if not _XML_NAME.match(name):
        raise ValueError(f"{keyword!r} is not a valid TwiML attribute name")
    return name


def _attribute_value(keyword: str, value: AttributeValue) -> str:
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, (str, int, float)):
        text = str(value)
    elif isinstance(value, Sequence) and all(isinstance(item, str) for item in value):
        text = " ".join(value)
    else:
        raise TypeError(f"attribute {keyword!r}: unsupported value type {type(value).__name__}")
    return _check_chars(text, f"attribute {keyword!r}")


class TwiML:
    """One TwiML element: a tag, its attributes, its text and its child elements.

    Attributes and text are fixed when the element is built; children are added with the
    builder methods (which return the new child), :meth:`nest` or :meth:`append`. ``str()``
    gives the document with its XML declaration. Subclasses name their tag in ``TAG``.
    """

    __slots__ = ("_attrs", "_children", "_tag", "_text")

    TAG: ClassVar[str] = ""
    """The element name this class writes."""

    def __init__(self, text: str | None = None, /, **attrs: AttributeValue) -> None:
        """Build an element of this class's ``TAG`` with ``text`` and attributes."""
        self._setup(self.TAG, text, attrs)

    def _setup(self, tag: str, text: str | None, attrs: Mapping[str, AttributeValue]) -> None:
        if not _XML_NAME.match(tag):
            raise ValueError(f"{tag!r} is not a valid TwiML element name")
        if text is not None and not isinstance(text, str):
            raise TypeError(f"<{tag}> text must be a str, not {type(text).__name__}")
        self._tag = tag
        self._text = _check_chars(text, f"<{tag}> text") if text else None
        written: dict[str, str] = {}
        for keyword, value in attrs.items():
            if value is None:
                continue
            name = _attribute_name(keyword)
            if name in written:
                raise ValueError(f"<{tag}> attribute {name!r} given twice")
            written[name] = _attribute_value(keyword, value)
        self._attrs: Mapping[str, str] = MappingProxyType(written)
        self._children: list[TwiML] = []

    @property
    def tag(self) -> str:
        """The element name, e.g. ``"Message"``."""
        return self._tag

    @property
    def text(self) -> str | None:
        """The element's text, or ``None``."""
        return self._text

    @property
    def attrs(self) -> Mapping[str, str]:
        """The XML attributes as written (``{"callerId": "+1555..."}``), read-only."""
        return self._attrs

    @property
    def children(self) -> tuple[TwiML, ...]:
        """The child elements, in document order."""
        return tuple(self._children)

    def nest(self, element: _E) -> _E:
        """Add ``element`` as the last child and return it."""
        if not isinstance(element, TwiML):
            raise TypeError(f"only TwiML elements can be nested, not {type(element).__name__}")
        self._children.append(element)
        return element

    def append(self: _E, element: TwiML) -> _E:
        """Add ``element`` as the last child and return this element, for chaining."""
        self.nest(element)
        return self

    def add_child(self, tag: str, text: str | None = None, /, **attrs: AttributeValue) -> TwiML:
        """Add an element this module has no method for, e.g. ``add_child("Reject")``."""
        return self.nest(_GenericElement(tag, text, attrs))

    def to_xml(self, xml_declaration: bool = True) -> str:
        """Return this element as XML, preceded by the XML declaration unless told not to."""
        parts = [_XML_DECLARATION] if xml_declaration else []
        self._write(parts)
        return "".join(parts)

    def _write(self, parts: list[str]) -> None:
        parts.append("<" + self._tag)
        for name in sorted(self._attrs):
            parts.append(f' {name}="{self._attrs[name].translate(_ATTR_ESCAPES)}"')
        if self._text is None and not self._children:
            parts.append(" />")
            return
        parts.append(">")
        if self._text is not None:
            parts.append(self._text.translate(_TEXT_ESCAPES))
        for child in self._children:
            child._write(parts)
        parts.append(f"</{self._tag}>")

    def __str__(self) -> str:
        return self.to_xml()

    def __repr__(self) -> str:
        # Attribute values stay out: a <Sip> carries a password.
        return (
            f"<TwiML {self._tag} attributes={sorted(self._attrs)} children={len(self._children)}>"
        )

    def __enter__(self: _E) -> _E:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        return None


class _GenericElement(TwiML):
    __slots__ = ()

    def __init__(self, tag: str, text: str | None, attrs: Mapping[str, AttributeValue]) -> None:
        self._setup(tag, text, attrs)


# Messaging -----------------------------------------------------------------------------------


class Body(TwiML):
    """``<Body>``: the text of a ``<Message>``."""

    __slots__ = ()
    TAG = "Body"

    def __init__(self, message: str, **extra: AttributeValue) -> None:
        """Build a ``<Body>`` holding ``message``."""
        super().__init__(message, **extra)


class Media(TwiML):
    """``<Media>``: the URL of a picture or file to send with a ``<Message>``."""

    __slots__ = ()
    TAG = "Media"

    def __init__(self, url: str, **extra: AttributeValue) -> None:
        """Build a ``<Media>`` pointing at ``url``."""
        super().__init__(url, **extra)


class Redirect(TwiML):
    """``<Redirect>``: continue with the TwiML at another URL."""

    __slots__ = ()
    TAG = "Redirect"

    def __init__(self, url: str, **attrs: AttributeValue) -> None:
        """Build a ``<Redirect>`` to ``url``."""
        super().__init__(url, **attrs)


class Message(TwiML):
    """``<Message>``: send a reply message. Built with :meth:`MessagingResponse.message`."""

    __slots__ = ()
    TAG = "Message"

    def __init__(self, body: str | None = None, **attrs: AttributeValue) -> None:
        """Build a ``<Message>``; ``body`` becomes its text."""
        super().__init__(body, **attrs)

    def body(self, message: str, **extra: AttributeValue) -> Body:
        """Add a ``<Body>`` and return it."""
        return self.nest(Body(message, **extra))

    def media(self, url: str, **extra: AttributeValue) -> Media:
        """Add a ``<Media>`` and return it."""
        return self.nest(Media(url, **extra))


class MessagingResponse(TwiML):
    """``<Response>`` to a messaging webhook."""

    __slots__ = ()
    TAG = "Response"

    def __init__(self) -> None:
        """Build an empty response; an empty one tells Twilio to send nothing."""
        super().__init__()

    def message(
        self,
        body: str | None = None,
        *,
        to: str | None = None,
        from_: str | None = None,
        action: str | None = None,
        method: str | None = None,
        status_callback: str | None = None,
        **extra: AttributeValue,
    ) -> Message:
        """Add a ``<Message>`` and return it (to add ``media`` or ``body`` to it)."""
        return self.nest(
            Message(
                body,
                to=to,
                from_=from_,
                action=action,
                method=method,
                status_callback=status_callback,
                **extra,
            )
        )

    def redirect(self, url: str, *, method: str | None = None, **extra: AttributeValue) -> Redirect:
        """Add a ``<Redirect>`` and return it."""
        return self.nest(Redirect(url, method=method, **extra))


# Voice ---------------------------------------------------------------------------------------


class Say(TwiML):
    """``<Say>``: read text aloud with text-to-speech."""

    __slots__ = ()
    TAG = "Say"

    def __init__(self, message: str | None = None, **attrs: AttributeValue) -> None:
        """Build a ``<Say>`` of ``message``."""
        super().__init__(message, **attrs)


class Play(TwiML):
    """``<Play>``: play an audio file, or DTMF ``digits``."""

    __slots__ = ()
    TAG = "Play"

    def __init__(self, url: str | None = None, **attrs: AttributeValue) -> None:
        """Build a ``<Play>`` of the audio at ``url``."""
        super().__init__(url, **attrs)


class Pause(TwiML):
    """``<Pause>``: wait silently for ``length`` seconds (Twilio's default is 1)."""

    __slots__ = ()
    TAG = "Pause"


class Hangup(TwiML):
    """``<Hangup>``: end the call."""

    __slots__ = ()
    TAG = "Hangup"


class _SpeechVerbs(TwiML):
    """The verbs both ``<Response>`` and ``<Gather>`` may hold."""

    __slots__ = ()

    def say(
        self,
        message: str | None = None,
        *,
        voice: str | None = None,
        language: str | None = None,
        loop: int | None = None,
        **extra: AttributeValue,
    ) -> Say:
        """Add a ``<Say>`` and return it; ``loop=0`` repeats until the call ends."""
        return self.nest(Say(message, voice=voice, language=language, loop=loop, **extra))

    def play(
        self,
        url: str | None = None,
        *,
        loop: int | None = None,
        digits: str | None = None,
        **extra: AttributeValue,
    ) -> Play:
        """Add a ``<Play>`` and return it."""
        return self.nest(Play(url, loop=loop, digits=digits, **extra))

    def pause(self, *, length: int | None = None, **extra: AttributeValue) -> Pause:
        """Add a ``<Pause>`` and return it."""
        return self.nest(Pause(length=length, **extra))


class Gather(_SpeechVerbs):
    """``<Gather>``: collect digits or speech, optionally while saying or playing prompts.

    Usually built with :meth:`VoiceResponse.gather`, whose keywords name its attributes.
    """

    __slots__ = ()
    TAG = "Gather"

    def __init__(self, **attrs: AttributeValue) -> None:
        """Build a ``<Gather>`` with these attributes."""
        super().__init__(**attrs)


class Number(TwiML):
    """``<Number>``: a phone number for ``<Dial>`` to call."""

    __slots__ = ()
    TAG = "Number"

    def __init__(self, phone_number: str, **attrs: AttributeValue) -> None:
        """Build a ``<Number>`` for ``phone_number``."""
        super().__init__(phone_number, **attrs)


class Client(TwiML):
    """``<Client>``: a Voice SDK client for ``<Dial>`` to call (not the REST client)."""

    __slots__ = ()
    TAG = "Client"

    def __init__(self, identity: str | None = None, **attrs: AttributeValue) -> None:
        """Build a ``<Client>`` for ``identity``."""
        super().__init__(identity, **attrs)


class Sip(TwiML):
    """``<Sip>``: a SIP endpoint for ``<Dial>`` to call."""

    __slots__ = ()
    TAG = "Sip"

    def __init__(self, sip_url: str, **attrs: AttributeValue) -> None:
        """Build a ``<Sip>`` for ``sip_url``."""
        super().__init__(sip_url, **attrs)


class Dial(TwiML):
    """``<Dial>``: connect the caller to a number, client or SIP endpoint.

    Usually built with :meth:`VoiceResponse.dial`, whose keywords name its attributes.
    """

    __slots__ = ()
    TAG = "Dial"

    def __init__(self, number: str | None = None, **attrs: AttributeValue) -> None:
        """Build a ``<Dial>`` of ``number`` (or add nouns with the methods)."""
        super().__init__(number, **attrs)

    def number(
        self,
        phone_number: str,
        *,
        send_digits: str | None = None,
        url: str | None = None,
        method: str | None = None,
        status_callback: str | None = None,
        status_callback_method: str | None = None,
        status_callback_event: str | Sequence[str] | None = None,
        machine_detection: str | None = None,
        **extra: AttributeValue,
    ) -> Number:
        """Add a ``<Number>`` and return it."""
        return self.nest(
            Number(
                phone_number,
                send_digits=send_digits,
                url=url,
                method=method,
                status_callback=status_callback,
                status_callback_method=status_callback_method,
                status_callback_event=status_callback_event,
                machine_detection=machine_detection,
                **extra,
            )
        )

    def client(
        self,
        identity: str | None = None,
        *,
        url: str | None = None,
        method: str | None = None,
        status_callback: str | None = None,
        status_callback_method: str | None = None,
        status_callback_event: str | Sequence[str] | None = None,
        **extra: AttributeValue,
    ) -> Client:
        """Add a ``<Client>`` and return it."""
        return self.nest(
            Client(
                identity,
                url=url,
                method=method,
                status_callback=status_callback,
                status_callback_method=status_callback_method,
                status_callback_event=status_callback_event,
                **extra,
            )
        )

    def sip(
        self,
        sip_url: str,
        *,
        username: str | None = None,
        password: str | None = None,
        url: str | None = None,
        method: str | None = None,
        status_callback: str | None = None,
        status_callback_method: str | None = None,
        status_callback_event: str | Sequence[str] | None = None,
        **extra: AttributeValue,
    ) -> Sip:
        """Add a ``<Sip>`` and return it."""
        return self.nest(
            Sip(
                sip_url,
                username=username,
                password=password,
                url=url,
                method=method,
                status_callback=status_callback,
                status_callback_method=status_callback_method,
                status_callback_event=status_callback_event,
                **extra,
            )
        )


class VoiceResponse(_SpeechVerbs):
    """``<Response>`` to a voice webhook."""

    __slots__ = ()
    TAG = "Response"

    def __init__(self) -> None:
        """Build an empty response."""
        super().__init__()

    def dial(
        self,
        number: str | None = None,
        *,
        action: str | None = None,
        method: str | None = None,
        timeout: int | None = None,
        caller_id: str | None = None,
        hangup_on_star: bool | None = None,
        time_limit: int | None = None,
        record: str | None = None,
        trim: str | None = None,
        recording_status_callback: str | None = None,
        recording_status_callback_method: str | None = None,
        recording_status_callback_event: str | Sequence[str] | None = None,
        answer_on_bridge: bool | None = None,
        ring_tone: str | None = None,
        sequential: bool | None = None,
        **extra: AttributeValue,
    ) -> Dial:
        """Add a ``<Dial>`` and return it (to add ``number``, ``client`` or ``sip`` nouns)."""
        return self.nest(
            Dial(
                number,
                action=action,
                method=method,
                timeout=timeout,
                caller_id=caller_id,
                hangup_on_star=hangup_on_star,
                time_limit=time_limit,
                record=record,
                trim=trim,
                recording_status_callback=recording_status_callback,
                recording_status_callback_method=recording_status_callback_method,
                recording_status_callback_event=recording_status_callback_event,
                answer_on_bridge=answer_on_bridge,
                ring_tone=ring_tone,
                sequential=sequential,
                **extra,
            )
        )

    def gather(
        self,
        *,
        input: str | Sequence[str] | None = None,
        action: str | None = None,
        method: str | None = None,
        timeout: int | None = None,
        num_digits: int | None = None,
        finish_on_key: str | None = None,
        speech_timeout: int | str | None = None,
        max_speech_time: int | None = None,
        profanity_filter: bool | None = None,
        partial_result_callback: str | None = None,
        partial_result_callback_method: str | None = None,
        language: str | None = None,
        hints: str | Sequence[str] | None = None,
        barge_in: bool | None = None,
        action_on_empty_result: bool | None = None,
        speech_model: str | None = None,
        enhanced: bool | None = None,
        **extra: AttributeValue,
    ) -> Gather:
        """Add a ``<Gather>`` and return it (to nest ``say``, ``play`` and ``pause``).

        ``input`` is ``"dtmf"``, ``"speech"`` or both (a string or a list); ``hints`` is a
        comma-separated string or a list of words and phrases.
        """
        if hints is not None and not isinstance(hints, str):
            hints = ",".join(hints)  # Twilio separates hints with commas, not spaces.
        return self.nest(
            Gather(
                input=input,
                action=action,
                method=method,
                timeout=timeout,
                num_digits=num_digits,
                finish_on_key=finish_on_key,
                speech_timeout=speech_timeout,
                max_speech_time=max_speech_time,
                profanity_filter=profanity_filter,
                partial_result_callback=partial_result_callback,
                partial_result_callback_method=partial_result_callback_method,
                language=language,
                hints=hints,
                barge_in=barge_in,
                action_on_empty_result=action_on_empty_result,
                speech_model=speech_model,
                enhanced=enhanced,
                **extra,
            )
        )

    def hangup(self, **extra: AttributeValue) -> Hangup:
        """Add a ``<Hangup>`` and return it."""
        return self.nest(Hangup(**extra))

    def redirect(self, url: str, *, method: str | None = None, **extra: AttributeValue) -> Redirect:
        """Add a ``<Redirect>`` and return it."""
        return self.nest(Redirect(url, method=method, **extra))
