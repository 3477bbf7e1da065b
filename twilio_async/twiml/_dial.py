"""``<Dial>`` and the nouns it calls: numbers, clients, conferences, queues, SIP, SIMs, apps."""

from __future__ import annotations

from twilio_async.twiml._common import _HasParameters
from twilio_async.twiml._element import AttributeValue, TwiML
from twilio_async.twiml._sip import Sip

__all__ = [
    "Application",
    "ApplicationSid",
    "Client",
    "Conference",
    "Dial",
    "Identity",
    "Number",
    "Queue",
    "Sim",
    "WhatsApp",
]


class Number(TwiML):
    """``<Number>``: a phone number to dial."""

    __slots__ = ()
    TAG = "Number"

    def __init__(self, phone_number: str, **attrs: AttributeValue) -> None:
        """Build a ``<Number>`` whose text is ``phone_number``."""
        self._setup(self.TAG, phone_number, attrs)


class Identity(TwiML):
    """``<Identity>``: the identity of a ``<Client>``."""

    __slots__ = ()
    TAG = "Identity"

    def __init__(self, client_identity: str, **attrs: AttributeValue) -> None:
        """Build a ``<Identity>`` whose text is ``client_identity``."""
        self._setup(self.TAG, client_identity, attrs)


class Conference(TwiML):
    """``<Conference>``: a conference room to join."""

    __slots__ = ()
    TAG = "Conference"

    def __init__(self, name: str, **attrs: AttributeValue) -> None:
        """Build a ``<Conference>`` whose text is ``name``."""
        self._setup(self.TAG, name, attrs)


class Queue(TwiML):
    """``<Queue>``: a call queue to dial into."""

    __slots__ = ()
    TAG = "Queue"

    def __init__(self, name: str, **attrs: AttributeValue) -> None:
        """Build a ``<Queue>`` whose text is ``name``."""
        self._setup(self.TAG, name, attrs)


class Sim(TwiML):
    """``<Sim>``: a Programmable Wireless SIM to dial."""

    __slots__ = ()
    TAG = "Sim"

    def __init__(self, sim_sid: str, **attrs: AttributeValue) -> None:
        """Build a ``<Sim>`` whose text is ``sim_sid``."""
        self._setup(self.TAG, sim_sid, attrs)


class ApplicationSid(TwiML):
    """``<ApplicationSid>``: the SID of the TwiML Application to dial."""

    __slots__ = ()
    TAG = "ApplicationSid"

    def __init__(self, sid: str, **attrs: AttributeValue) -> None:
        """Build a ``<ApplicationSid>`` whose text is ``sid``."""
        self._setup(self.TAG, sid, attrs)


class WhatsApp(TwiML):
    """``<WhatsApp>``: a WhatsApp number to dial."""

    __slots__ = ()
    TAG = "WhatsApp"

    def __init__(self, phone_number: str, **attrs: AttributeValue) -> None:
        """Build a ``<WhatsApp>`` whose text is ``phone_number``."""
        self._setup(self.TAG, phone_number, attrs)


class Client(_HasParameters):
    """``<Client>``: a Voice SDK client to dial (not the REST client)."""

    __slots__ = ()
    TAG = "Client"

    def __init__(self, identity: str | None = None, **attrs: AttributeValue) -> None:
        """Build a ``<Client>`` whose text is ``identity``."""
        self._setup(self.TAG, identity, attrs)

    def identity(
        self,
        client_identity: str,
        **extra: AttributeValue,
    ) -> Identity:
        """Add a ``<Identity>`` and return it."""
        return self.nest(Identity(client_identity, **extra))


class Application(_HasParameters):
    """``<Application>``: a TwiML Application to dial."""

    __slots__ = ()
    TAG = "Application"

    def __init__(self, application_sid: str | None = None, **attrs: AttributeValue) -> None:
        """Build a ``<Application>`` whose text is ``application_sid``."""
        self._setup(self.TAG, application_sid, attrs)

    def application_sid(
        self,
        sid: str,
        **extra: AttributeValue,
    ) -> ApplicationSid:
        """Add a ``<ApplicationSid>`` and return it."""
        return self.nest(ApplicationSid(sid, **extra))


class _QueueVerb(TwiML):
    """The ``queue`` method of ``<Dial>`` (and of ``<Response>``, as in the SDK)."""

    __slots__ = ()

    def queue(
        self,
        name: str,
        url: AttributeValue = None,
        method: AttributeValue = None,
        reservation_sid: AttributeValue = None,
        post_work_activity_sid: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Queue:
        """Add a ``<Queue>`` and return it."""
        return self.nest(
            Queue(
                name,
                url=url,
                method=method,
                reservation_sid=reservation_sid,
                post_work_activity_sid=post_work_activity_sid,
                **extra,
            )
        )


class Dial(_QueueVerb):
    """``<Dial>``: a call to another party, bridged to the current caller."""

    __slots__ = ()
    TAG = "Dial"

    def __init__(self, number: str | None = None, **attrs: AttributeValue) -> None:
        """Build a ``<Dial>`` whose text is ``number``."""
        self._setup(self.TAG, number, attrs)

    def number(
        self,
        phone_number: str,
        send_digits: AttributeValue = None,
        url: AttributeValue = None,
        method: AttributeValue = None,
        status_callback_event: AttributeValue = None,
        status_callback: AttributeValue = None,
        status_callback_method: AttributeValue = None,
        byoc: AttributeValue = None,
        machine_detection: AttributeValue = None,
        amd_status_callback_method: AttributeValue = None,
        amd_status_callback: AttributeValue = None,
        machine_detection_timeout: AttributeValue = None,
        machine_detection_speech_threshold: AttributeValue = None,
        machine_detection_speech_end_threshold: AttributeValue = None,
        machine_detection_silence_timeout: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Number:
        """Add a ``<Number>`` and return it."""
        return self.nest(
            Number(
                phone_number,
                send_digits=send_digits,
                url=url,
                method=method,
                status_callback_event=status_callback_event,
                status_callback=status_callback,
                status_callback_method=status_callback_method,
                byoc=byoc,
                machine_detection=machine_detection,
                amd_status_callback_method=amd_status_callback_method,
                amd_status_callback=amd_status_callback,
                machine_detection_timeout=machine_detection_timeout,
                machine_detection_speech_threshold=machine_detection_speech_threshold,
                machine_detection_speech_end_threshold=machine_detection_speech_end_threshold,
                machine_detection_silence_timeout=machine_detection_silence_timeout,
                **extra,
            )
        )

    def client(
        self,
        identity: str | None = None,
        url: AttributeValue = None,
        method: AttributeValue = None,
        status_callback_event: AttributeValue = None,
        status_callback: AttributeValue = None,
        status_callback_method: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Client:
        """Add a ``<Client>`` and return it."""
        return self.nest(
            Client(
                identity,
                url=url,
                method=method,
                status_callback_event=status_callback_event,
                status_callback=status_callback,
                status_callback_method=status_callback_method,
                **extra,
            )
        )

    def conference(
        self,
        name: str,
        muted: AttributeValue = None,
        beep: AttributeValue = None,
        start_conference_on_enter: AttributeValue = None,
        end_conference_on_exit: AttributeValue = None,
        wait_url: AttributeValue = None,
        wait_method: AttributeValue = None,
        max_participants: AttributeValue = None,
        record: AttributeValue = None,
        region: AttributeValue = None,
        coach: AttributeValue = None,
        trim: AttributeValue = None,
        status_callback_event: AttributeValue = None,
        status_callback: AttributeValue = None,
        status_callback_method: AttributeValue = None,
        recording_status_callback: AttributeValue = None,
        recording_status_callback_method: AttributeValue = None,
        recording_status_callback_event: AttributeValue = None,
        event_callback_url: AttributeValue = None,
        jitter_buffer_size: AttributeValue = None,
        participant_label: AttributeValue = None,
        recording_configuration_id: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Conference:
        """Add a ``<Conference>`` and return it."""
        return self.nest(
            Conference(
                name,
                muted=muted,
                beep=beep,
                start_conference_on_enter=start_conference_on_enter,
                end_conference_on_exit=end_conference_on_exit,
                wait_url=wait_url,
                wait_method=wait_method,
                max_participants=max_participants,
                record=record,
                recording_configuration_id=recording_configuration_id,
                region=region,
                coach=coach,
                trim=trim,
                status_callback_event=status_callback_event,
                status_callback=status_callback,
                status_callback_method=status_callback_method,
                recording_status_callback=recording_status_callback,
                recording_status_callback_method=recording_status_callback_method,
                recording_status_callback_event=recording_status_callback_event,
                event_callback_url=event_callback_url,
                jitter_buffer_size=jitter_buffer_size,
                participant_label=participant_label,
                **extra,
            )
        )

    def sim(
        self,
        sim_sid: str,
        **extra: AttributeValue,
    ) -> Sim:
        """Add a ``<Sim>`` and return it."""
        return self.nest(Sim(sim_sid, **extra))

    def sip(
        self,
        sip_url: str | None = None,
        username: AttributeValue = None,
        password: AttributeValue = None,
        url: AttributeValue = None,
        method: AttributeValue = None,
        status_callback_event: AttributeValue = None,
        status_callback: AttributeValue = None,
        status_callback_method: AttributeValue = None,
        machine_detection: AttributeValue = None,
        amd_status_callback_method: AttributeValue = None,
        amd_status_callback: AttributeValue = None,
        machine_detection_timeout: AttributeValue = None,
        machine_detection_speech_threshold: AttributeValue = None,
        machine_detection_speech_end_threshold: AttributeValue = None,
        machine_detection_silence_timeout: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Sip:
        """Add a ``<Sip>`` and return it."""
        return self.nest(
            Sip(
                sip_url,
                username=username,
                password=password,
                url=url,
                method=method,
                status_callback_event=status_callback_event,
                status_callback=status_callback,
                status_callback_method=status_callback_method,
                machine_detection=machine_detection,
                amd_status_callback_method=amd_status_callback_method,
                amd_status_callback=amd_status_callback,
                machine_detection_timeout=machine_detection_timeout,
                machine_detection_speech_threshold=machine_detection_speech_threshold,
                machine_detection_speech_end_threshold=machine_detection_speech_end_threshold,
                machine_detection_silence_timeout=machine_detection_silence_timeout,
                **extra,
            )
        )

    def application(
        self,
        application_sid: str | None = None,
        url: AttributeValue = None,
        method: AttributeValue = None,
        status_callback_event: AttributeValue = None,
        status_callback: AttributeValue = None,
        status_callback_method: AttributeValue = None,
        customer_id: AttributeValue = None,
        copy_parent_to: AttributeValue = None,
        **extra: AttributeValue,
    ) -> Application:
        """Add a ``<Application>`` and return it."""
        return self.nest(
            Application(
                application_sid,
                url=url,
                method=method,
                status_callback_event=status_callback_event,
                status_callback=status_callback,
                status_callback_method=status_callback_method,
                customer_id=customer_id,
                copy_parent_to=copy_parent_to,
                **extra,
            )
        )

    def whats_app(
        self,
        phone_number: str,
        url: AttributeValue = None,
        method: AttributeValue = None,
        status_callback_event: AttributeValue = None,
        status_callback: AttributeValue = None,
        status_callback_method: AttributeValue = None,
        **extra: AttributeValue,
    ) -> WhatsApp:
        """Add a ``<WhatsApp>`` and return it."""
        return self.nest(
            WhatsApp(
                phone_number,
                url=url,
                method=method,
                status_callback_event=status_callback_event,
                status_callback=status_callback,
                status_callback_method=status_callback_method,
                **extra,
            )
        )
