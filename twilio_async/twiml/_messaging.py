"""Messaging TwiML: the ``<Response>`` to an incoming message and its ``<Message>``."""

from __future__ import annotations

from twilio_async.twiml._common import _RedirectVerb
from twilio_async.twiml._element import AttributeValue, TwiML

__all__ = ["Body", "Media", "Message", "MessagingResponse"]


class Body(TwiML):
    """``<Body>``: the text of a ``<Message>``."""

    __slots__ = ()
    TAG = "Body"

    def __init__(self, message: str, **attrs: AttributeValue) -> None:
        """Build a ``<Body>`` whose text is ``message``."""
        self._setup(self.TAG, message, attrs)


class Media(TwiML):
    """``<Media>``: the URL of a picture or file sent with a ``<Message>``."""

    __slots__ = ()
    TAG = "Media"

    def __init__(self, url: str, **attrs: AttributeValue) -> None:
        """Build a ``<Media>`` whose text is ``url``."""
        self._setup(self.TAG, url, attrs)


class Message(TwiML):
    """``<Message>``: a reply message."""

    __slots__ = ()
    TAG = "Message"

    def __init__(self, body: str | None = None, **attrs: AttributeValue) -> None:
        """Build a ``<Message>`` whose text is ``body``."""
        self._setup(self.TAG, body, attrs)

    def body(
        self,
        message: str,
        **extra: AttributeValue,
    ) -> Body:
        """Add a ``<Body>`` and return it."""
        return self.nest(Body(message, **extra))

    def media(
        self,
        url: str,
        **extra: AttributeValue,
    ) -> Media:
        """Add a ``<Media>`` and return it."""
        return self.nest(Media(url, **extra))


class MessagingResponse(_RedirectVerb):
    """``<Response>``: the answer to a messaging webhook."""

    __slots__ = ()
    TAG = "Response"

    def message(
        self,
        body: str | None = None,
        to: AttributeValue = None,
        from_: AttributeValue = None,
        action: AttributeValue = None,
        method: AttributeValue = None,
        status_callback: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Message:
        """Add a ``<Message>`` and return it."""
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
