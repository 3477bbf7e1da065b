"""``<Say>`` and the SSML elements that shape its speech (``<break>``, ``<prosody>``, ...)."""

from __future__ import annotations

from twilio_async.twiml._element import AttributeValue, TwiML

__all__ = [
    "Say",
    "SsmlBreak",
    "SsmlEmphasis",
    "SsmlLang",
    "SsmlP",
    "SsmlPhoneme",
    "SsmlProsody",
    "SsmlS",
    "SsmlSayAs",
    "SsmlSub",
    "SsmlW",
]


class _SsmlWordLevel(TwiML):
    """SSML elements allowed inside a word."""

    __slots__ = ()

    def break_(
        self,
        strength: AttributeValue = None,
        time: AttributeValue = None,
        **extra: AttributeValue,
    ) -> SsmlBreak:
        """Add a ``<break>`` and return it."""
        return self.nest(SsmlBreak(strength=strength, time=time, **extra))

    def emphasis(
        self,
        words: str | None = None,
        level: AttributeValue = None,
        **extra: AttributeValue,
    ) -> SsmlEmphasis:
        """Add a ``<emphasis>`` and return it."""
        return self.nest(SsmlEmphasis(words, level=level, **extra))

    def phoneme(
        self,
        words: str,
        alphabet: AttributeValue = None,
        ph: AttributeValue = None,
        **extra: AttributeValue,
    ) -> SsmlPhoneme:
        """Add a ``<phoneme>`` and return it."""
        return self.nest(SsmlPhoneme(words, alphabet=alphabet, ph=ph, **extra))

    def prosody(
        self,
        words: str | None = None,
        volume: AttributeValue = None,
        rate: AttributeValue = None,
        pitch: AttributeValue = None,
        **extra: AttributeValue,
    ) -> SsmlProsody:
        """Add a ``<prosody>`` and return it."""
        return self.nest(SsmlProsody(words, volume=volume, rate=rate, pitch=pitch, **extra))

    def say_as(
        self,
        words: str,
        interpret_as: AttributeValue = None,
        format: AttributeValue = None,
        **extra: AttributeValue,
    ) -> SsmlSayAs:
        """Add a ``<say-as>`` and return it."""
        return self.nest(SsmlSayAs(words, interpret_as=interpret_as, format=format, **extra))

    def sub(
        self,
        words: str,
        alias: AttributeValue = None,
        **extra: AttributeValue,
    ) -> SsmlSub:
        """Add a ``<sub>`` and return it."""
        return self.nest(SsmlSub(words, alias=alias, **extra))


class _SsmlPhraseLevel(_SsmlWordLevel):
    """SSML elements allowed inside a phrase: adds ``lang`` and ``w``."""

    __slots__ = ()

    def lang(
        self,
        words: str | None = None,
        xml_lang: AttributeValue = None,
        **extra: AttributeValue,
    ) -> SsmlLang:
        """Add a ``<lang>`` and return it."""
        return self.nest(SsmlLang(words, xml_lang=xml_lang, **extra))

    def w(
        self,
        words: str | None = None,
        role: AttributeValue = None,
        **extra: AttributeValue,
    ) -> SsmlW:
        """Add a ``<w>`` and return it."""
        return self.nest(SsmlW(words, role=role, **extra))


class _SsmlSentenceLevel(_SsmlPhraseLevel):
    """SSML elements allowed inside a paragraph: adds ``s``."""

    __slots__ = ()

    def s(
        self,
        words: str | None = None,
        **extra: AttributeValue,
    ) -> SsmlS:
        """Add a ``<s>`` and return it."""
        return self.nest(SsmlS(words, **extra))


class _SsmlParagraphLevel(_SsmlSentenceLevel):
    """SSML elements allowed in ``<Say>``: adds ``p``."""

    __slots__ = ()

    def p(
        self,
        words: str | None = None,
        **extra: AttributeValue,
    ) -> SsmlP:
        """Add a ``<p>`` and return it."""
        return self.nest(SsmlP(words, **extra))


class Say(_SsmlParagraphLevel):
    """``<Say>``: text read aloud with text-to-speech (SSML may be nested)."""

    __slots__ = ()
    TAG = "Say"

    def __init__(self, message: str | None = None, **attrs: AttributeValue) -> None:
        """Build a ``<Say>`` whose text is ``message``."""
        self._setup(self.TAG, message, attrs)


class SsmlBreak(TwiML):
    """SSML ``<break>``: a pause in speech."""

    __slots__ = ()
    TAG = "break"


class SsmlEmphasis(_SsmlPhraseLevel):
    """SSML ``<emphasis>``: words spoken with emphasis."""

    __slots__ = ()
    TAG = "emphasis"

    def __init__(self, words: str | None = None, **attrs: AttributeValue) -> None:
        """Build a ``<emphasis>`` whose text is ``words``."""
        self._setup(self.TAG, words, attrs)


class SsmlLang(_SsmlParagraphLevel):
    """SSML ``<lang>``: words in another language (``xml_lang``)."""

    __slots__ = ()
    TAG = "lang"

    def __init__(self, words: str | None = None, **attrs: AttributeValue) -> None:
        """Build a ``<lang>`` whose text is ``words``."""
        self._setup(self.TAG, words, attrs)


class SsmlP(_SsmlSentenceLevel):
    """SSML ``<p>``: a paragraph."""

    __slots__ = ()
    TAG = "p"

    def __init__(self, words: str | None = None, **attrs: AttributeValue) -> None:
        """Build a ``<p>`` whose text is ``words``."""
        self._setup(self.TAG, words, attrs)


class SsmlPhoneme(TwiML):
    """SSML ``<phoneme>``: a phonetic pronunciation."""

    __slots__ = ()
    TAG = "phoneme"

    def __init__(self, words: str, **attrs: AttributeValue) -> None:
        """Build a ``<phoneme>`` whose text is ``words``."""
        self._setup(self.TAG, words, attrs)


class SsmlProsody(_SsmlParagraphLevel):
    """SSML ``<prosody>``: volume, speaking rate and pitch."""

    __slots__ = ()
    TAG = "prosody"

    def __init__(self, words: str | None = None, **attrs: AttributeValue) -> None:
        """Build a ``<prosody>`` whose text is ``words``."""
        self._setup(self.TAG, words, attrs)


class SsmlS(_SsmlPhraseLevel):
    """SSML ``<s>``: a sentence."""

    __slots__ = ()
    TAG = "s"

    def __init__(self, words: str | None = None, **attrs: AttributeValue) -> None:
        """Build a ``<s>`` whose text is ``words``."""
        self._setup(self.TAG, words, attrs)


class SsmlSayAs(TwiML):
    """SSML ``<say-as>``: how to read the words (``interpret_as``)."""

    __slots__ = ()
    TAG = "say-as"

    def __init__(self, words: str, **attrs: AttributeValue) -> None:
        """Build a ``<say-as>`` whose text is ``words``."""
        self._setup(self.TAG, words, attrs)


class SsmlSub(TwiML):
    """SSML ``<sub>``: an alias read instead of the written words."""

    __slots__ = ()
    TAG = "sub"

    def __init__(self, words: str, **attrs: AttributeValue) -> None:
        """Build a ``<sub>`` whose text is ``words``."""
        self._setup(self.TAG, words, attrs)


class SsmlW(_SsmlWordLevel):
    """SSML ``<w>``: a word and its part of speech."""

    __slots__ = ()
    TAG = "w"

    def __init__(self, words: str | None = None, **attrs: AttributeValue) -> None:
        """Build a ``<w>`` whose text is ``words``."""
        self._setup(self.TAG, words, attrs)
