"""Verbs that end, refuse, record, queue or transfer a call, and ``<Sms>``."""

from __future__ import annotations

from twilio_async.twiml._common import _HasParameters
from twilio_async.twiml._element import AttributeValue, TwiML

__all__ = [
    "Echo",
    "Enqueue",
    "Hangup",
    "Leave",
    "Record",
    "Refer",
    "ReferSip",
    "Reject",
    "Sms",
    "Task",
]


class Hangup(_HasParameters):
    """``<Hangup>``: the end of the call."""

    __slots__ = ()
    TAG = "Hangup"


class Reject(_HasParameters):
    """``<Reject>``: an incoming call rejected without answering (``reason``: busy or rejected)."""

    __slots__ = ()
    TAG = "Reject"


class Leave(TwiML):
    """``<Leave>``: the caller taken out of the queue, on to the next verb."""

    __slots__ = ()
    TAG = "Leave"


class Echo(TwiML):
    """``<Echo>``: the caller's audio played back to them (for testing)."""

    __slots__ = ()
    TAG = "Echo"


class Record(TwiML):
    """``<Record>``: the caller's voice recorded."""

    __slots__ = ()
    TAG = "Record"


class Task(TwiML):
    """``<Task>``: the TaskRouter task ``<Enqueue>`` creates, as JSON."""

    __slots__ = ()
    TAG = "Task"

    def __init__(self, body: str, **attrs: AttributeValue) -> None:
        """Build a ``<Task>`` whose text is ``body``."""
        self._setup(self.TAG, body, attrs)


class Enqueue(TwiML):
    """``<Enqueue>``: the caller placed in a queue."""

    __slots__ = ()
    TAG = "Enqueue"

    def __init__(self, name: str | None = None, **attrs: AttributeValue) -> None:
        """Build a ``<Enqueue>`` whose text is ``name``."""
        self._setup(self.TAG, name, attrs)

    def task(
        self,
        body: str,
        priority: AttributeValue = None,
        timeout: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Task:
        """Add a ``<Task>`` and return it."""
        return self.nest(Task(body, priority=priority, timeout=timeout, **extra))


class ReferSip(TwiML):
    """``<Sip>``: the SIP URI ``<Refer>`` transfers to."""

    __slots__ = ()
    TAG = "Sip"

    def __init__(self, sip_url: str, **attrs: AttributeValue) -> None:
        """Build a ``<Sip>`` whose text is ``sip_url``."""
        self._setup(self.TAG, sip_url, attrs)


class Refer(TwiML):
    """``<Refer>``: the call transferred away with a SIP REFER."""

    __slots__ = ()
    TAG = "Refer"

    def sip(
        self,
        sip_url: str,
        **extra: AttributeValue,
    ) -> ReferSip:
        """Add a ``<Sip>`` and return it."""
        return self.nest(ReferSip(sip_url, **extra))


class Sms(TwiML):
    """``<Sms>``: an SMS sent during a call (deprecated by Twilio: prefer the REST API)."""

    __slots__ = ()
    TAG = "Sms"

    def __init__(self, message: str, **attrs: AttributeValue) -> None:
        """Build a ``<Sms>`` whose text is ``message``."""
        self._setup(self.TAG, message, attrs)
