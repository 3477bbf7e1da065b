"""``<Sip>``: a SIP endpoint for ``<Dial>``, with its URIs and custom headers."""

from __future__ import annotations

from twilio_async.twiml._element import AttributeValue, TwiML

__all__ = ["Header", "Headers", "Sip", "SipUri"]


class SipUri(TwiML):
    """``<Uri>``: one SIP URI of a ``<Sip>``, with its priority and weight."""

    __slots__ = ()
    TAG = "Uri"

    def __init__(self, sip_url: str | None = None, **attrs: AttributeValue) -> None:
        """Build a ``<Uri>`` whose text is ``sip_url``."""
        self._setup(self.TAG, sip_url, attrs)


class Header(TwiML):
    """``<Header>``: one custom SIP header."""

    __slots__ = ()
    TAG = "Header"


class Headers(TwiML):
    """``<Headers>``: the custom SIP headers of a ``<Sip>``."""

    __slots__ = ()
    TAG = "Headers"

    def header(
        self,
        name: AttributeValue = None,
        value: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Header:
        """Add a ``<Header>`` and return it."""
        return self.nest(Header(name=name, value=value, **extra))


class Sip(TwiML):
    """``<Sip>``: a SIP endpoint to dial."""

    __slots__ = ()
    TAG = "Sip"

    def __init__(self, sip_url: str | None = None, **attrs: AttributeValue) -> None:
        """Build a ``<Sip>`` whose text is ``sip_url``."""
        self._setup(self.TAG, sip_url, attrs)

    def uri(
        self,
        sip_url: str | None = None,
        priority: AttributeValue = None,
        weight: AttributeValue = None,
        username: AttributeValue = None,
        password: AttributeValue = None,
        **extra: AttributeValue,
    ) -> SipUri:
        """Add a ``<Uri>`` and return it."""
        return self.nest(
            SipUri(
                sip_url,
                priority=priority,
                weight=weight,
                username=username,
                password=password,
                **extra,
            )
        )

    def headers(
        self,
        **extra: AttributeValue,
    ) -> Headers:
        """Add a ``<Headers>`` and return it."""
        return self.nest(Headers(**extra))
