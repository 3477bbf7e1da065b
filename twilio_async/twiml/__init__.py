"""Build TwiML, the XML a webhook answers Twilio with.

Shaped like the official SDK's ``twilio.twiml``: the same class, method and keyword names, and
the same document for the same calls, so ported code runs unchanged::

    from twilio_async.twiml import MessagingResponse, VoiceResponse

    reply = MessagingResponse()
    reply.message("Thanks, see you at 7!").media("https://example.com/map.png")
    str(reply)
    # <?xml version="1.0" encoding="UTF-8"?><Response><Message>Thanks, see you at 7!<Media>...

    call = VoiceResponse()
    gather = call.gather(input="dtmf speech", num_digits=1, action="/menu")
    gather.say("Press 1 for sales.", voice="Polly.Joanna")
    call.dial(caller_id="+15017122661").number("+15558675310")

Keyword arguments become attributes (see :class:`TwiML` for the rules); each builder method
takes extra keywords for attributes it does not name, and :meth:`TwiML.add_child` builds any
other element. Every builder returns the element it added, to nest further.

Text and attribute values are escaped, so user text can never add elements, and a carriage
return survives as ``&#13;``. Characters XML 1.0 cannot carry at all (NUL and most other
control characters, lone surrogates, U+FFFE, U+FFFF) raise :class:`ValueError` when the
element is built, rather than producing a document Twilio would reject.
"""

from __future__ import annotations

from twilio_async.twiml._call_control import (
    Echo,
    Enqueue,
    Hangup,
    Leave,
    Record,
    Refer,
    ReferSip,
    Reject,
    Sms,
    Task,
)
from twilio_async.twiml._common import (
    Config,
    Parameter,
    Redirect,
)
from twilio_async.twiml._connect import (
    AiSession,
    Assistant,
    Autopilot,
    Connect,
    Conversation,
    ConversationRelay,
    ConversationRelaySession,
    Language,
    Room,
    VirtualAgent,
)
from twilio_async.twiml._dial import (
    Application,
    ApplicationSid,
    Client,
    Conference,
    Dial,
    Identity,
    Number,
    Queue,
    Sim,
    WhatsApp,
)
from twilio_async.twiml._element import (
    AttributeValue,
    TwiML,
)
from twilio_async.twiml._gather import (
    Gather,
    Pause,
    Play,
)
from twilio_async.twiml._messaging import (
    Body,
    Media,
    Message,
    MessagingResponse,
)
from twilio_async.twiml._pay import (
    Pay,
    Prompt,
)
from twilio_async.twiml._sip import (
    Header,
    Headers,
    Sip,
    SipUri,
)
from twilio_async.twiml._ssml import (
    Say,
    SsmlBreak,
    SsmlEmphasis,
    SsmlLang,
    SsmlP,
    SsmlPhoneme,
    SsmlProsody,
    SsmlS,
    SsmlSayAs,
    SsmlSub,
    SsmlW,
)
from twilio_async.twiml._streams import (
    Recording,
    Siprec,
    Start,
    Stop,
    Stream,
    Transcription,
)
from twilio_async.twiml._voice_response import (
    VoiceResponse,
)

__all__ = [
    "AiSession",
    "Application",
    "Assistant",
    "ApplicationSid",
    "AttributeValue",
    "Autopilot",
    "Body",
    "Client",
    "Conference",
    "Config",
    "Connect",
    "Conversation",
    "ConversationRelay",
    "ConversationRelaySession",
    "Dial",
    "Echo",
    "Enqueue",
    "Gather",
    "Hangup",
    "Header",
    "Headers",
    "Identity",
    "Language",
    "Leave",
    "Media",
    "Message",
    "MessagingResponse",
    "Number",
    "Parameter",
    "Pause",
    "Pay",
    "Play",
    "Prompt",
    "Queue",
    "Record",
    "Recording",
    "Redirect",
    "Refer",
    "ReferSip",
    "Reject",
    "Room",
    "Say",
    "Sim",
    "Sip",
    "SipUri",
    "Siprec",
    "Sms",
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
    "Start",
    "Stop",
    "Stream",
    "Task",
    "Transcription",
    "TwiML",
    "VirtualAgent",
    "VoiceResponse",
    "WhatsApp",
]
