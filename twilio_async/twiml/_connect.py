"""``<Connect>``: hand the call to a stream, a video room, a virtual agent or a relay."""

from __future__ import annotations

from twilio_async.twiml._common import _HasConfig, _HasParameters
from twilio_async.twiml._element import AttributeValue, TwiML
from twilio_async.twiml._streams import _StreamNoun

__all__ = [
    "Assistant",
    "AiSession",
    "Autopilot",
    "Connect",
    "Conversation",
    "ConversationRelay",
    "ConversationRelaySession",
    "Language",
    "Room",
    "VirtualAgent",
]


class Room(TwiML):
    """``<Room>``: a Programmable Video room."""

    __slots__ = ()
    TAG = "Room"

    def __init__(self, name: str, **attrs: AttributeValue) -> None:
        """Build a ``<Room>`` whose text is ``name``."""
        self._setup(self.TAG, name, attrs)


class Autopilot(TwiML):
    """``<Autopilot>``: an Autopilot assistant."""

    __slots__ = ()
    TAG = "Autopilot"

    def __init__(self, name: str, **attrs: AttributeValue) -> None:
        """Build a ``<Autopilot>`` whose text is ``name``."""
        self._setup(self.TAG, name, attrs)


class Conversation(TwiML):
    """``<Conversation>``: a Conversations conversation."""

    __slots__ = ()
    TAG = "Conversation"


class Language(TwiML):
    """``<Language>``: a language ``<ConversationRelay>`` may switch to."""

    __slots__ = ()
    TAG = "Language"


class AiSession(TwiML):
    """``<AiSession>``: an AI session through an AI connector."""

    __slots__ = ()
    TAG = "AiSession"


class ConversationRelaySession(TwiML):
    """``<ConversationRelaySession>``: a Conversation Relay session through a connector."""

    __slots__ = ()
    TAG = "ConversationRelaySession"


class VirtualAgent(_HasConfig, _HasParameters):
    """``<VirtualAgent>``: a virtual agent (e.g. Dialogflow CX) through a connector."""

    __slots__ = ()
    TAG = "VirtualAgent"


class _HasLanguages(TwiML):
    """The ``language`` method of ``<ConversationRelay>`` and ``<Assistant>``."""

    __slots__ = ()

    def language(
        self,
        code: AttributeValue = None,
        tts_provider: AttributeValue = None,
        voice: AttributeValue = None,
        transcription_provider: AttributeValue = None,
        speech_model: AttributeValue = None,
        hints: AttributeValue = None,
        asr_smart_format: AttributeValue = None,
        tts_text_normalization: AttributeValue = None,
        tts_language_text_normalization: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Language:
        """Add a ``<Language>`` and return it."""
        return self.nest(
            Language(
                code=code,
                tts_provider=tts_provider,
                voice=voice,
                transcription_provider=transcription_provider,
                speech_model=speech_model,
                hints=hints,
                asr_smart_format=asr_smart_format,
                tts_text_normalization=tts_text_normalization,
                tts_language_text_normalization=tts_language_text_normalization,
                **extra,
            )
        )


class Assistant(_HasLanguages, _HasParameters):
    """``<Assistant>``: a real-time voice session with an AI assistant (SDK 9.10 and earlier)."""

    __slots__ = ()
    TAG = "Assistant"


class ConversationRelay(_HasLanguages, _HasParameters):
    """``<ConversationRelay>``: a real-time voice session relayed to your WebSocket server."""

    __slots__ = ()
    TAG = "ConversationRelay"


class Connect(_StreamNoun):
    """``<Connect>``: the call connected to another service (a stream, a room, an agent, ...)."""

    __slots__ = ()
    TAG = "Connect"

    def room(
        self,
        name: str,
        participant_identity: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Room:
        """Add a ``<Room>`` and return it."""
        return self.nest(Room(name, participant_identity=participant_identity, **extra))

    def autopilot(
        self,
        name: str,
        **extra: AttributeValue,
    ) -> Autopilot:
        """Add a ``<Autopilot>`` and return it."""
        return self.nest(Autopilot(name, **extra))

    def virtual_agent(
        self,
        connector_name: AttributeValue = None,
        language: AttributeValue = None,
        sentiment_analysis: AttributeValue = None,
        status_callback: AttributeValue = None,
        status_callback_method: AttributeValue = None,
        **extra: AttributeValue,
    ) -> VirtualAgent:
        """Add a ``<VirtualAgent>`` and return it."""
        return self.nest(
            VirtualAgent(
                connector_name=connector_name,
                language=language,
                sentiment_analysis=sentiment_analysis,
                status_callback=status_callback,
                status_callback_method=status_callback_method,
                **extra,
            )
        )

    def conversation(
        self,
        service_instance_sid: AttributeValue = None,
        inbound_autocreation: AttributeValue = None,
        routing_assignment_timeout: AttributeValue = None,
        inbound_timeout: AttributeValue = None,
        url: AttributeValue = None,
        method: AttributeValue = None,
        record: AttributeValue = None,
        trim: AttributeValue = None,
        recording_status_callback: AttributeValue = None,
        recording_status_callback_method: AttributeValue = None,
        recording_status_callback_event: AttributeValue = None,
        status_callback: AttributeValue = None,
        status_callback_method: AttributeValue = None,
        status_callback_event: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Conversation:
        """Add a ``<Conversation>`` and return it."""
        return self.nest(
            Conversation(
                service_instance_sid=service_instance_sid,
                inbound_autocreation=inbound_autocreation,
                routing_assignment_timeout=routing_assignment_timeout,
                inbound_timeout=inbound_timeout,
                url=url,
                method=method,
                record=record,
                trim=trim,
                recording_status_callback=recording_status_callback,
                recording_status_callback_method=recording_status_callback_method,
                recording_status_callback_event=recording_status_callback_event,
                status_callback=status_callback,
                status_callback_method=status_callback_method,
                status_callback_event=status_callback_event,
                **extra,
            )
        )

    def conversation_relay(
        self,
        url: AttributeValue = None,
        language: AttributeValue = None,
        tts_language: AttributeValue = None,
        transcription_language: AttributeValue = None,
        tts_provider: AttributeValue = None,
        voice: AttributeValue = None,
        transcription_provider: AttributeValue = None,
        speech_model: AttributeValue = None,
        profanity_filter: AttributeValue = None,
        dtmf_detection: AttributeValue = None,
        welcome_greeting: AttributeValue = None,
        partial_prompts: AttributeValue = None,
        welcome_greeting_interruptible: AttributeValue = None,
        interruptible: AttributeValue = None,
        preemptible: AttributeValue = None,
        hints: AttributeValue = None,
        intelligence_service: AttributeValue = None,
        report_input_during_agent_speech: AttributeValue = None,
        elevenlabs_text_normalization: AttributeValue = None,
        interrupt_sensitivity: AttributeValue = None,
        debug: AttributeValue = None,
        backgroundNoiseReduction: AttributeValue = None,
        speechTimeout: AttributeValue = None,
        deepgramSmartFormat: AttributeValue = None,
        ignoreBackchannel: AttributeValue = None,
        events: AttributeValue = None,
        partial_prompt_on_hangup: AttributeValue = None,
        eager_eot_threshold: AttributeValue = None,
        asr_smart_format: AttributeValue = None,
        tts_text_normalization: AttributeValue = None,
        tts_language_text_normalization: AttributeValue = None,
        elevenlabs_language_text_normalization: AttributeValue = None,
        include_in_prompt: AttributeValue = None,
        customer_name: AttributeValue = None,
        application_reconnect: AttributeValue = None,
        echo_prompt_filtering: AttributeValue = None,
        turn_detection: AttributeValue = None,
        **extra: AttributeValue,
    ) -> ConversationRelay:
        """Add a ``<ConversationRelay>`` and return it."""
        return self.nest(
            ConversationRelay(
                url=url,
                language=language,
                tts_language=tts_language,
                transcription_language=transcription_language,
                tts_provider=tts_provider,
                voice=voice,
                transcription_provider=transcription_provider,
                speech_model=speech_model,
                profanity_filter=profanity_filter,
                dtmf_detection=dtmf_detection,
                welcome_greeting=welcome_greeting,
                partial_prompts=partial_prompts,
                welcome_greeting_interruptible=welcome_greeting_interruptible,
                interruptible=interruptible,
                preemptible=preemptible,
                hints=hints,
                intelligence_service=intelligence_service,
                report_input_during_agent_speech=report_input_during_agent_speech,
                elevenlabs_text_normalization=elevenlabs_text_normalization,
                interrupt_sensitivity=interrupt_sensitivity,
                debug=debug,
                backgroundNoiseReduction=backgroundNoiseReduction,
                speechTimeout=speechTimeout,
                deepgramSmartFormat=deepgramSmartFormat,
                ignoreBackchannel=ignoreBackchannel,
                events=events,
                partial_prompt_on_hangup=partial_prompt_on_hangup,
                eager_eot_threshold=eager_eot_threshold,
                asr_smart_format=asr_smart_format,
                tts_text_normalization=tts_text_normalization,
                tts_language_text_normalization=tts_language_text_normalization,
                elevenlabs_language_text_normalization=elevenlabs_language_text_normalization,
                include_in_prompt=include_in_prompt,
                customer_name=customer_name,
                application_reconnect=application_reconnect,
                echo_prompt_filtering=echo_prompt_filtering,
                turn_detection=turn_detection,
                **extra,
            )
        )

    def ai_session(
        self,
        ai_connector: AttributeValue = None,
        ai_session_configuration: AttributeValue = None,
        **extra: AttributeValue,
    ) -> AiSession:
        """Add a ``<AiSession>`` and return it."""
        return self.nest(
            AiSession(
                ai_connector=ai_connector,
                ai_session_configuration=ai_session_configuration,
                **extra,
            )
        )

    def conversation_relay_session(
        self,
        connector: AttributeValue = None,
        session_configuration: AttributeValue = None,
        **extra: AttributeValue,
    ) -> ConversationRelaySession:
        """Add a ``<ConversationRelaySession>`` and return it."""
        return self.nest(
            ConversationRelaySession(
                connector=connector, session_configuration=session_configuration, **extra
            )
        )

    def assistant(
        self,
        id: AttributeValue = None,
        language: AttributeValue = None,
        tts_language: AttributeValue = None,
        transcription_language: AttributeValue = None,
        tts_provider: AttributeValue = None,
        voice: AttributeValue = None,
        transcription_provider: AttributeValue = None,
        speech_model: AttributeValue = None,
        profanity_filter: AttributeValue = None,
        dtmf_detection: AttributeValue = None,
        welcome_greeting: AttributeValue = None,
        partial_prompts: AttributeValue = None,
        welcome_greeting_interruptible: AttributeValue = None,
        interruptible: AttributeValue = None,
        preemptible: AttributeValue = None,
        hints: AttributeValue = None,
        intelligence_service: AttributeValue = None,
        report_input_during_agent_speech: AttributeValue = None,
        elevenlabs_text_normalization: AttributeValue = None,
        interrupt_sensitivity: AttributeValue = None,
        debug: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Assistant:
        """Add a ``<Assistant>`` and return it."""
        return self.nest(
            Assistant(
                id=id,
                language=language,
                tts_language=tts_language,
                transcription_language=transcription_language,
                tts_provider=tts_provider,
                voice=voice,
                transcription_provider=transcription_provider,
                speech_model=speech_model,
                profanity_filter=profanity_filter,
                dtmf_detection=dtmf_detection,
                welcome_greeting=welcome_greeting,
                partial_prompts=partial_prompts,
                welcome_greeting_interruptible=welcome_greeting_interruptible,
                interruptible=interruptible,
                preemptible=preemptible,
                hints=hints,
                intelligence_service=intelligence_service,
                report_input_during_agent_speech=report_input_during_agent_speech,
                elevenlabs_text_normalization=elevenlabs_text_normalization,
                interrupt_sensitivity=interrupt_sensitivity,
                debug=debug,
                **extra,
            )
        )
