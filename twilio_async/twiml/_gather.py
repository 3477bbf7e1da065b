"""``<Gather>``, and the prompts it and ``<Response>`` share: ``<Play>``, ``<Pause>``, ``say``."""

from __future__ import annotations

from twilio_async.twiml._element import AttributeValue, TwiML
from twilio_async.twiml._ssml import Say

__all__ = ["Gather", "Pause", "Play"]


class Play(TwiML):
    """``<Play>``: an audio file played to the caller, or DTMF ``digits``."""

    __slots__ = ()
    TAG = "Play"

    def __init__(self, url: str | None = None, **attrs: AttributeValue) -> None:
        """Build a ``<Play>`` whose text is ``url``."""
        self._setup(self.TAG, url, attrs)


class Pause(TwiML):
    """``<Pause>``: silence for ``length`` seconds."""

    __slots__ = ()
    TAG = "Pause"


class _SpeechVerbs(TwiML):
    """The prompts ``<Response>``, ``<Gather>`` and ``<Prompt>`` may hold."""

    __slots__ = ()

    def say(
        self,
        message: str | None = None,
        voice: AttributeValue = None,
        loop: AttributeValue = None,
        language: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Say:
        """Add a ``<Say>`` and return it."""
        return self.nest(Say(message, voice=voice, loop=loop, language=language, **extra))

    def play(
        self,
        url: str | None = None,
        loop: AttributeValue = None,
        digits: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Play:
        """Add a ``<Play>`` and return it."""
        return self.nest(Play(url, loop=loop, digits=digits, **extra))

    def pause(
        self,
        length: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Pause:
        """Add a ``<Pause>`` and return it."""
        return self.nest(Pause(length=length, **extra))


class Gather(_SpeechVerbs):
    """``<Gather>``: digits or speech collected from the caller."""

    __slots__ = ()
    TAG = "Gather"
