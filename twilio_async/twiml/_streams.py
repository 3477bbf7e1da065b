"""``<Start>`` and ``<Stop>``: media streams, SIPREC, real-time transcription and recording."""

from __future__ import annotations

from twilio_async.twiml._common import _HasConfig, _HasParameters
from twilio_async.twiml._element import AttributeValue, TwiML

__all__ = ["Recording", "Siprec", "Start", "Stop", "Stream", "Transcription"]


class Stream(_HasParameters):
    """``<Stream>``: the call's audio streamed to a WebSocket."""

    __slots__ = ()
    TAG = "Stream"


class Siprec(_HasParameters):
    """``<Siprec>``: the call's audio forked to a SIPREC recorder."""

    __slots__ = ()
    TAG = "Siprec"


class Transcription(_HasConfig, _HasParameters):
    """``<Transcription>``: a real-time transcription of the call."""

    __slots__ = ()
    TAG = "Transcription"


class Recording(TwiML):
    """``<Recording>``: a recording of the call, started without interrupting it."""

    __slots__ = ()
    TAG = "Recording"


class _StreamNoun(TwiML):
    """The ``stream`` method of ``<Connect>``, ``<Start>`` and ``<Stop>``."""

    __slots__ = ()

    def stream(
        self,
        name: AttributeValue = None,
        connector_name: AttributeValue = None,
        url: AttributeValue = None,
        track: AttributeValue = None,
        status_callback: AttributeValue = None,
        status_callback_method: AttributeValue = None,
        audio_format: AttributeValue = None,
        sample_rate: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Stream:
        """Add a ``<Stream>`` and return it."""
        return self.nest(
            Stream(
                name=name,
                connector_name=connector_name,
                url=url,
                track=track,
                status_callback=status_callback,
                status_callback_method=status_callback_method,
                audio_format=audio_format,
                sample_rate=sample_rate,
                **extra,
            )
        )


class _RealTimeNouns(_StreamNoun):
    """The nouns ``<Start>`` and ``<Stop>`` share."""

    __slots__ = ()

    def siprec(
        self,
        name: AttributeValue = None,
        connector_name: AttributeValue = None,
        track: AttributeValue = None,
        status_callback: AttributeValue = None,
        status_callback_method: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Siprec:
        """Add a ``<Siprec>`` and return it."""
        return self.nest(
            Siprec(
                name=name,
                connector_name=connector_name,
                track=track,
                status_callback=status_callback,
                status_callback_method=status_callback_method,
                **extra,
            )
        )

    def transcription(
        self,
        name: AttributeValue = None,
        track: AttributeValue = None,
        status_callback_url: AttributeValue = None,
        status_callback_method: AttributeValue = None,
        inbound_track_label: AttributeValue = None,
        outbound_track_label: AttributeValue = None,
        partial_results: AttributeValue = None,
        language_code: AttributeValue = None,
        transcription_engine: AttributeValue = None,
        profanity_filter: AttributeValue = None,
        speech_model: AttributeValue = None,
        hints: AttributeValue = None,
        enable_automatic_punctuation: AttributeValue = None,
        intelligence_service: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Transcription:
        """Add a ``<Transcription>`` and return it."""
        return self.nest(
            Transcription(
                name=name,
                track=track,
                status_callback_url=status_callback_url,
                status_callback_method=status_callback_method,
                inbound_track_label=inbound_track_label,
                outbound_track_label=outbound_track_label,
                partial_results=partial_results,
                language_code=language_code,
                transcription_engine=transcription_engine,
                profanity_filter=profanity_filter,
                speech_model=speech_model,
                hints=hints,
                enable_automatic_punctuation=enable_automatic_punctuation,
                intelligence_service=intelligence_service,
                **extra,
            )
        )


class Start(_RealTimeNouns):
    """``<Start>``: start a stream, SIPREC, transcription or recording beside the call."""

    __slots__ = ()
    TAG = "Start"

    def recording(
        self,
        recording_status_callback: AttributeValue = None,
        recording_status_callback_method: AttributeValue = None,
        recording_status_callback_event: AttributeValue = None,
        trim: AttributeValue = None,
        track: AttributeValue = None,
        channels: AttributeValue = None,
        recording_configuration_id: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Recording:
        """Add a ``<Recording>`` and return it."""
        return self.nest(
            Recording(
                recording_status_callback=recording_status_callback,
                recording_status_callback_method=recording_status_callback_method,
                recording_status_callback_event=recording_status_callback_event,
                trim=trim,
                track=track,
                channels=channels,
                recording_configuration_id=recording_configuration_id,
                **extra,
            )
        )


class Stop(_RealTimeNouns):
    """``<Stop>``: a stream, SIPREC session or transcription stopped."""

    __slots__ = ()
    TAG = "Stop"
