"""Elements several verbs share: ``<Parameter>``, ``<Config>``, ``<Redirect>``."""

from __future__ import annotations

from twilio_async.twiml._element import AttributeValue, TwiML

__all__ = ["Config", "Parameter", "Redirect"]


class Parameter(TwiML):
    """``<Parameter>``: a custom name/value pair handed on to the element it is in."""

    __slots__ = ()
    TAG = "Parameter"


class Config(TwiML):
    """``<Config>``: a configuration name/value pair for a connector."""

    __slots__ = ()
    TAG = "Config"


class Redirect(TwiML):
    """``<Redirect>``: continue with the TwiML at another URL."""

    __slots__ = ()
    TAG = "Redirect"

    def __init__(self, url: str, **attrs: AttributeValue) -> None:
        """Build a ``<Redirect>`` whose text is ``url``."""
        self._setup(self.TAG, url, attrs)


class _HasParameters(TwiML):
    """The ``parameter`` method of elements that take custom parameters."""

    __slots__ = ()

    def parameter(
        self,
        name: AttributeValue = None,
        value: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Parameter:
        """Add a ``<Parameter>`` and return it."""
        return self.nest(Parameter(name=name, value=value, **extra))


class _HasConfig(TwiML):
    """The ``config`` method of elements that take connector configuration."""

    __slots__ = ()

    def config(
        self,
        name: AttributeValue = None,
        value: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Config:
        """Add a ``<Config>`` and return it."""
        return self.nest(Config(name=name, value=value, **extra))


class _RedirectVerb(TwiML):
    """The ``redirect`` method both responses share."""

    __slots__ = ()

    def redirect(
        self,
        url: str,
        method: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Redirect:
        """Add a ``<Redirect>`` and return it."""
        return self.nest(Redirect(url, method=method, **extra))
