"""``<Response>`` to a voice webhook: every verb a call can be given."""

from __future__ import annotations

from twilio_async.twiml._call_control import (
    Echo,
    Enqueue,
    Hangup,
    Leave,
    Record,
    Refer,
    Reject,
    Sms,
)
from twilio_async.twiml._common import _RedirectVerb
from twilio_async.twiml._connect import Connect
from twilio_async.twiml._dial import Dial, _QueueVerb
from twilio_async.twiml._element import AttributeValue
from twilio_async.twiml._gather import Gather, _SpeechVerbs
from twilio_async.twiml._pay import Pay, _PromptVerb
from twilio_async.twiml._streams import Start, Stop

__all__ = ["VoiceResponse"]


class VoiceResponse(_SpeechVerbs, _PromptVerb, _RedirectVerb, _QueueVerb):
    """``<Response>``: the answer to a voice webhook."""

    __slots__ = ()
    TAG = "Response"

    def connect(
        self,
        action: AttributeValue = None,
        method: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Connect:
        """Add a ``<Connect>`` and return it."""
        return self.nest(Connect(action=action, method=method, **extra))

    def dial(
        self,
        number: str | None = None,
        action: AttributeValue = None,
        method: AttributeValue = None,
        timeout: AttributeValue = None,
        hangup_on_star: AttributeValue = None,
        time_limit: AttributeValue = None,
        caller_id: AttributeValue = None,
        record: AttributeValue = None,
        trim: AttributeValue = None,
        recording_status_callback: AttributeValue = None,
        recording_status_callback_method: AttributeValue = None,
        recording_status_callback_event: AttributeValue = None,
        answer_on_bridge: AttributeValue = None,
        ring_tone: AttributeValue = None,
        recording_track: AttributeValue = None,
        sequential: AttributeValue = None,
        refer_url: AttributeValue = None,
        refer_method: AttributeValue = None,
        events: AttributeValue = None,
        passports: AttributeValue = None,
        recording_configuration_id: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Dial:
        """Add a ``<Dial>`` and return it."""
        return self.nest(
            Dial(
                number,
                action=action,
                method=method,
                timeout=timeout,
                hangup_on_star=hangup_on_star,
                time_limit=time_limit,
                caller_id=caller_id,
                record=record,
                trim=trim,
                recording_status_callback=recording_status_callback,
                recording_configuration_id=recording_configuration_id,
                recording_status_callback_method=recording_status_callback_method,
                recording_status_callback_event=recording_status_callback_event,
                answer_on_bridge=answer_on_bridge,
                ring_tone=ring_tone,
                recording_track=recording_track,
                sequential=sequential,
                refer_url=refer_url,
                refer_method=refer_method,
                events=events,
                passports=passports,
                **extra,
            )
        )

    def echo(
        self,
        **extra: AttributeValue,
    ) -> Echo:
        """Add a ``<Echo>`` and return it."""
        return self.nest(Echo(**extra))

    def enqueue(
        self,
        name: str | None = None,
        action: AttributeValue = None,
        max_queue_size: AttributeValue = None,
        method: AttributeValue = None,
        wait_url: AttributeValue = None,
        wait_url_method: AttributeValue = None,
        workflow_sid: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Enqueue:
        """Add a ``<Enqueue>`` and return it."""
        return self.nest(
            Enqueue(
                name,
                action=action,
                max_queue_size=max_queue_size,
                method=method,
                wait_url=wait_url,
                wait_url_method=wait_url_method,
                workflow_sid=workflow_sid,
                **extra,
            )
        )

    def gather(
        self,
        input: AttributeValue = None,
        action: AttributeValue = None,
        method: AttributeValue = None,
        timeout: AttributeValue = None,
        speech_timeout: AttributeValue = None,
        max_speech_time: AttributeValue = None,
        profanity_filter: AttributeValue = None,
        finish_on_key: AttributeValue = None,
        num_digits: AttributeValue = None,
        partial_result_callback: AttributeValue = None,
        partial_result_callback_method: AttributeValue = None,
        language: AttributeValue = None,
        hints: AttributeValue = None,
        barge_in: AttributeValue = None,
        debug: AttributeValue = None,
        action_on_empty_result: AttributeValue = None,
        speech_model: AttributeValue = None,
        enhanced: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Gather:
        """Add a ``<Gather>`` and return it."""
        return self.nest(
            Gather(
                input=input,
                action=action,
                method=method,
                timeout=timeout,
                speech_timeout=speech_timeout,
                max_speech_time=max_speech_time,
                profanity_filter=profanity_filter,
                finish_on_key=finish_on_key,
                num_digits=num_digits,
                partial_result_callback=partial_result_callback,
                partial_result_callback_method=partial_result_callback_method,
                language=language,
                hints=hints,
                barge_in=barge_in,
                debug=debug,
                action_on_empty_result=action_on_empty_result,
                speech_model=speech_model,
                enhanced=enhanced,
                **extra,
            )
        )

    def hangup(
        self,
        **extra: AttributeValue,
    ) -> Hangup:
        """Add a ``<Hangup>`` and return it."""
        return self.nest(Hangup(**extra))

    def leave(
        self,
        **extra: AttributeValue,
    ) -> Leave:
        """Add a ``<Leave>`` and return it."""
        return self.nest(Leave(**extra))

    def record(
        self,
        action: AttributeValue = None,
        method: AttributeValue = None,
        timeout: AttributeValue = None,
        finish_on_key: AttributeValue = None,
        max_length: AttributeValue = None,
        play_beep: AttributeValue = None,
        trim: AttributeValue = None,
        recording_status_callback: AttributeValue = None,
        recording_status_callback_method: AttributeValue = None,
        recording_status_callback_event: AttributeValue = None,
        transcribe: AttributeValue = None,
        transcribe_callback: AttributeValue = None,
        recording_configuration_id: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Record:
        """Add a ``<Record>`` and return it."""
        return self.nest(
            Record(
                action=action,
                method=method,
                timeout=timeout,
                finish_on_key=finish_on_key,
                max_length=max_length,
                play_beep=play_beep,
                trim=trim,
                recording_status_callback=recording_status_callback,
                recording_status_callback_method=recording_status_callback_method,
                recording_status_callback_event=recording_status_callback_event,
                transcribe=transcribe,
                transcribe_callback=transcribe_callback,
                recording_configuration_id=recording_configuration_id,
                **extra,
            )
        )

    def reject(
        self,
        reason: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Reject:
        """Add a ``<Reject>`` and return it."""
        return self.nest(Reject(reason=reason, **extra))

    def sms(
        self,
        message: str,
        to: AttributeValue = None,
        from_: AttributeValue = None,
        action: AttributeValue = None,
        method: AttributeValue = None,
        status_callback: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Sms:
        """Add a ``<Sms>`` and return it."""
        return self.nest(
            Sms(
                message,
                to=to,
                from_=from_,
                action=action,
                method=method,
                status_callback=status_callback,
                **extra,
            )
        )

    def pay(
        self,
        input: AttributeValue = None,
        action: AttributeValue = None,
        bank_account_type: AttributeValue = None,
        status_callback: AttributeValue = None,
        status_callback_method: AttributeValue = None,
        timeout: AttributeValue = None,
        max_attempts: AttributeValue = None,
        security_code: AttributeValue = None,
        postal_code: AttributeValue = None,
        min_postal_code_length: AttributeValue = None,
        payment_connector: AttributeValue = None,
        payment_method: AttributeValue = None,
        token_type: AttributeValue = None,
        charge_amount: AttributeValue = None,
        currency: AttributeValue = None,
        description: AttributeValue = None,
        valid_card_types: AttributeValue = None,
        language: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Pay:
        """Add a ``<Pay>`` and return it."""
        return self.nest(
            Pay(
                input=input,
                action=action,
                bank_account_type=bank_account_type,
                status_callback=status_callback,
                status_callback_method=status_callback_method,
                timeout=timeout,
                max_attempts=max_attempts,
                security_code=security_code,
                postal_code=postal_code,
                min_postal_code_length=min_postal_code_length,
                payment_connector=payment_connector,
                payment_method=payment_method,
                token_type=token_type,
                charge_amount=charge_amount,
                currency=currency,
                description=description,
                valid_card_types=valid_card_types,
                language=language,
                **extra,
            )
        )

    def start(
        self,
        action: AttributeValue = None,
        method: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Start:
        """Add a ``<Start>`` and return it."""
        return self.nest(Start(action=action, method=method, **extra))

    def stop(
        self,
        **extra: AttributeValue,
    ) -> Stop:
        """Add a ``<Stop>`` and return it."""
        return self.nest(Stop(**extra))

    def refer(
        self,
        action: AttributeValue = None,
        method: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Refer:
        """Add a ``<Refer>`` and return it."""
        return self.nest(Refer(action=action, method=method, **extra))
