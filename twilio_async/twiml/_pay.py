"""``<Pay>``: card and bank payments over a call, with custom ``<Prompt>``s."""

from __future__ import annotations

from twilio_async.twiml._common import _HasParameters
from twilio_async.twiml._element import AttributeValue, TwiML
from twilio_async.twiml._gather import _SpeechVerbs

__all__ = ["Pay", "Prompt"]


class Prompt(_SpeechVerbs):
    """``<Prompt>``: a custom prompt for one step of ``<Pay>``."""

    __slots__ = ()
    TAG = "Prompt"


class _PromptVerb(TwiML):
    """The ``prompt`` method of ``<Pay>`` (and of ``<Response>``, as in the SDK)."""

    __slots__ = ()

    def prompt(
        self,
        for_: AttributeValue = None,
        error_type: AttributeValue = None,
        card_type: AttributeValue = None,
        attempt: AttributeValue = None,
        require_matching_inputs: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Prompt:
        """Add a ``<Prompt>`` and return it."""
        return self.nest(
            Prompt(
                for_=for_,
                error_type=error_type,
                card_type=card_type,
                attempt=attempt,
                require_matching_inputs=require_matching_inputs,
                **extra,
            )
        )


class Pay(_PromptVerb, _HasParameters):
    """``<Pay>``: a card or bank account payment captured over the call."""

    __slots__ = ()
    TAG = "Pay"
